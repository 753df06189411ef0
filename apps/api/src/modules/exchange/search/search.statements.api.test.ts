import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { approvedOrganisation } from '../../../../test/registry-helpers.js';
import { createTestApp, type TestApp } from '../../../../test/test-app.js';
import { prepareSearch, type SearchAfter, search } from './index.js';

// Each statement is a round trip, whose writes and reads cost the server more than PostgreSQL spends
// on it (ADR 0018). A large exchange — past the thousand published opportunities from which a
// search weighs its tiers, samples its counts and plans through the indexes — is searched in four
// statements at most, BEGIN, COMMIT and settings included. Counted at the driver, on PostgreSQL: the
// embedded database has no round trips to save.
const onPostgres = !!inject('postgresUrl');
let t: TestApp;

beforeAll(async () => {
  // Every request reaches the database: no visitor is answered from another's answer (ADR 0019).
  t = await createTestApp({ env: { PUBLIC_CACHE_MS: '0' } });
  const admin = await t.createAdmin();
  const operator = await t.userWithRole(admin, 'statements.op@example.ru', 'operator', 'RU');
  const org = await approvedOrganisation(t, operator, 'statements.org@example.ru');
  const areas = ((await t.call('GET', '/api/v1/taxonomy')).json().items as { code: string; parent: string | null }[])
    .filter((a) => a.parent)
    .map((a) => a.code);
  const ids = Array.from({ length: 1600 }, () => randomUUID());
  await t.database.query(
    `INSERT INTO opportunities (id, organization_id, jurisdiction, type, state, title, summary, areas,
       cooperation_forms, published_at, expires_at, created_by, created_at, updated_at)
     SELECT id, $2, 'RU', CASE WHEN i % 4 = 0 THEN 'pilot_request' ELSE 'business_offer' END, 'published',
       CASE WHEN i % 3 = 0 THEN '{"en": "Wind turbine blades"}'::jsonb ELSE '{"en": "Composite blades"}'::jsonb END,
       '{"en": "Blades for wind and water turbines."}', ARRAY[$3], ARRAY['joint_rnd'],
       now() - i * interval '1 minute', now() + interval '1 year', $2, now(), now()
     FROM unnest($1::uuid[]) WITH ORDINALITY AS g(id, i)`,
    [ids, org.organizationId, areas[0]],
  );
  await t.database.query('ANALYZE opportunities');
});
afterAll(() => t?.close());

/** The statements the driver sends while `run` runs, by their text. */
async function statementsOf(run: () => Promise<unknown>): Promise<string[]> {
  const sent: string[] = [];
  const original = pg.Client.prototype.query;
  const spy = vi.spyOn(pg.Client.prototype, 'query').mockImplementation(function (this: pg.Client, ...args: unknown[]) {
    const [config] = args as [string | { text: string }];
    sent.push(typeof config === 'string' ? config : config.text);
    return Reflect.apply(original, this, args) as never;
  });
  try {
    await run();
  } finally {
    spy.mockRestore();
  }
  return sent;
}

describe.runIf(onPostgres)('a search of a large exchange', () => {
  it.each([
    ['a word, by relevance', '?q=wind'],
    ['two words, by relevance', '?q=wind%20blades'],
    ['a word past the first page', '?q=turbine&limit=5'],
    ['a word and a filter', '?q=wind&cooperationForm=joint_rnd'],
    ['a word, newest first', '?q=wind&sort=date'],
    ['two filters, no word', '?type=pilot_request&cooperationForm=joint_rnd'],
    ['no word', ''],
  ])('sends four statements at most: %s', async (_, query) => {
    let answer: { statusCode: number; json: () => { total: number; items: unknown[] } } | undefined;
    const sent = await statementsOf(async () => {
      answer = await t.call('GET', `/api/v1/opportunities${query}`);
    });
    expect(answer?.statusCode).toBe(200);
    expect(answer?.json().items.length).toBeGreaterThan(0);
    expect(sent.length, sent.join('\n---\n')).toBeLessThanOrEqual(4);
    expect(sent.filter((s) => /^\s*(begin|commit|set )/i.test(s))).toEqual([]);
  });

  it('weighs the tiers and plans through the indexes in the statement that reads the page', async () => {
    const sent = await statementsOf(() => t.call('GET', '/api/v1/opportunities?q=wind'));
    expect(sent.some((s) => s.includes('rows_by_index('))).toBe(true);
    expect(sent.some((s) => s.includes('rows_in_table_order_by_index('))).toBe(true);
  });
});

describe('a large exchange searched by relevance in one statement', () => {
  it("pages as the small exchange's way does, tier after tier, whether or not it looks among the newest first", async () => {
    for (const q of ['wind', 'wind blades', 'water turbines']) {
      const { stems: _, ...filter } = await prepareSearch(t.ctx.db, q);
      for (const probe of [undefined, { from: 0, rows: 50 }, { from: 0, rows: 5000 }, { from: 1e9, rows: 1 }]) {
        let after: SearchAfter | null = null;
        for (let page = 0; page < 4; page++) {
          const small = await search(t.ctx.db, { ...filter, published: 0 }, 'relevance', after, 201);
          const large = await search(t.ctx.db, { ...filter, published: 5000 }, 'relevance', after, 201, probe);
          const ids = (rows: typeof small) => rows.map((r) => [r.opportunity.id, r.tier]);
          expect(ids(large), `${q}, page ${page}`).toEqual(ids(small));
          const last = small[199];
          if (!last) break;
          after = {
            tier: last.tier ?? 3,
            publishedAt: String(last.opportunity.publishedAt?.toISOString()),
            id: last.opportunity.id,
          };
        }
      }
    }
  });
});

describe('a large exchange searched with words the statements carry as literals', () => {
  it('reads quotes, dollar signs and backslashes as words, never as SQL', async () => {
    const count = async () => Number((await t.database.query('select count(*) as n from opportunities')).rows[0]?.n);
    const before = await count();
    for (const q of [
      'wind $v$); drop table opportunities; --',
      '$v$',
      '$$ wind $$',
      "wind' or '1'='1",
      'wind \\ blades',
      '$vv$ $v$ $ $$$',
    ]) {
      const res = await t.call('GET', `/api/v1/opportunities?q=${encodeURIComponent(q)}&cooperationForm=joint_rnd`);
      expect(res.statusCode, `${q}: ${res.body}`).toBe(200);
      expect(Array.isArray(res.json().items)).toBe(true);
    }
    // A word stays a word: the hostile text around it finds what it alone finds, or nothing.
    const plain = await t.call('GET', '/api/v1/opportunities?q=wind');
    expect(plain.json().total).toBeGreaterThan(0);
    expect(await count()).toBe(before);
  });
});
