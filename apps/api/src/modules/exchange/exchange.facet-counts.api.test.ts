import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { approvedOrganisation } from '../../../test/registry-helpers.js';
import { createTestApp, type Session, type TestApp } from '../../../test/test-app.js';
import { compiledSearchQueries } from '../../db/full-text.js';
import { countFacets, facets, roughly, type SearchFilter } from './search/index.js';

// The counts the database keeps for browsing without a search word must always equal the counts
// counted over the opportunities, whatever wrote them: the API's transitions, and statements that
// insert, change and remove many rows at once.
let t: TestApp;
let operator: Session;
let org: { admin: Session; organizationId: string };
let areas: string[];

beforeAll(async () => {
  t = await createTestApp();
  const admin = await t.createAdmin();
  operator = await t.userWithRole(admin, 'counts.op@example.ru', 'operator', 'RU');
  org = await approvedOrganisation(t, operator, 'counts.org@example.ru');
  const taxonomy = (await t.call('GET', '/api/v1/taxonomy')).json().items as { code: string; parent: string | null }[];
  areas = taxonomy.filter((a) => a.parent).map((a) => a.code);
});
afterAll(() => t.close());

async function publish(body: Record<string, unknown>): Promise<string> {
  const created = await t.call('POST', '/api/v1/opportunities', {
    as: org.admin,
    body: { organizationId: org.organizationId, summary: { ru: 'Кратко.' }, ...body },
  });
  if (created.statusCode !== 201) throw new Error(created.body);
  const id = created.json().id as string;
  expect((await t.call('POST', `/api/v1/opportunities/${id}/submit`, { as: org.admin })).statusCode).toBe(200);
  expect((await t.call('POST', `/api/v1/opportunities/${id}/publish`, { as: operator })).statusCode).toBe(200);
  return id;
}

/** Every browse the kept counts serve: none or one filter, including a value nothing has. */
const browses = (): SearchFilter[] => [
  {},
  { type: 'technology_offer' },
  { type: 'pilot_request' },
  { jurisdiction: 'RU' },
  { jurisdiction: 'CN' },
  { area: areas[0] },
  { area: areas[1] },
  { area: 'nothing.here' },
  { trl: 7 },
  { trl: 3 },
  { cooperationForm: 'licence' },
  { cooperationForm: 'joint_rnd' },
];

async function expectKeptEqualCounted() {
  for (const filter of browses()) {
    const counted = await countFacets(t.ctx.db, filter);
    expect({ filter, ...(await facets(t.ctx.db, filter)) }).toEqual({ filter, ...counted });
  }
}

describe('the facet counts kept for browsing', () => {
  it('follow publication, closing and renewal through the API, and the endpoint serves them', async () => {
    const [a, b] = areas as [string, string];
    const first = await publish({
      type: 'technology_offer',
      title: { ru: 'Датчики давления' },
      areas: [a, b, a], // a value chosen twice is kept, and counted, once
      trl: 7,
      cooperationForms: ['licence', 'joint_rnd', 'licence'],
    });
    const stored = (await t.call('GET', `/api/v1/opportunities/${first}`)).json();
    expect(stored.areas).toEqual([a, b]);
    expect(stored.cooperationForms).toEqual(['licence', 'joint_rnd']);
    // Likewise when a draft is edited.
    const draft = await t.call('POST', '/api/v1/opportunities', {
      as: org.admin,
      body: {
        organizationId: org.organizationId,
        type: 'business_offer',
        title: { ru: 'Черновик' },
        summary: { ru: 'Кратко.' },
      },
    });
    const edited = await t.call('PATCH', `/api/v1/opportunities/${draft.json().id}`, {
      as: org.admin,
      body: { areas: [b, b], cooperationForms: ['licence', 'licence'], targetCountries: ['CN', 'CN'] },
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({ areas: [b], cooperationForms: ['licence'], targetCountries: ['CN'] });
    const second = await publish({
      type: 'technology_offer',
      title: { ru: 'Датчики газа' },
      areas: [a],
      cooperationForms: ['licence'],
    });
    await publish({ type: 'pilot_request', title: { ru: 'Пилот на заводе' }, areas: [b], trl: 3 });
    await expectKeptEqualCounted();

    const browse = (await t.call('GET', '/api/v1/opportunities')).json();
    expect(browse.total).toBe(3);
    expect(browse.facets.type).toEqual({ technology_offer: 2, pilot_request: 1 });
    expect(browse.facets.area).toEqual({ [a]: 2, [b]: 2 });
    expect(browse.facets.trl).toEqual({ 7: 1, 3: 1 });
    expect(browse.facets.cooperationForm).toEqual({ licence: 2, joint_rnd: 1 });

    const byArea = (await t.call('GET', `/api/v1/opportunities?area=${a}`)).json();
    expect(byArea.total).toBe(2);
    expect(byArea.items).toHaveLength(2);
    expect(byArea.facets.type).toEqual({ technology_offer: 2 });
    expect(byArea.facets.area).toEqual({ [a]: 2, [b]: 2 }); // a facet ignores its own filter

    // A renewal changes the publication's dates, not its values: the counts stay.
    const renewed = await t.call('POST', `/api/v1/opportunities/${second}/renew`, { as: org.admin });
    expect(renewed.statusCode).toBe(200);
    expect((await t.call('GET', '/api/v1/opportunities')).json().facets).toEqual(browse.facets);
    await expectKeptEqualCounted();

    const closed = await t.call('POST', `/api/v1/opportunities/${first}/withdraw`, { as: org.admin });
    expect(closed.statusCode).toBe(200);
    await expectKeptEqualCounted();
    const after = (await t.call('GET', '/api/v1/opportunities')).json();
    expect(after.total).toBe(2);
    expect(after.facets.cooperationForm).toEqual({ licence: 1 });
  });

  it('follow statements that insert, change and remove many rows at once', async () => {
    const now = new Date().toISOString();
    const ids = Array.from({ length: 30 }, () => randomUUID());
    await t.database.query(
      `INSERT INTO opportunities (id, organization_id, jurisdiction, type, state, title, areas, trl, cooperation_forms,
         published_at, expires_at, created_by, created_at, updated_at)
       SELECT id, $2, (ARRAY['RU', 'CN'])[1 + i % 2], (ARRAY['technology_offer', 'pilot_request', 'business_offer'])[1 + i % 3],
         CASE WHEN i % 3 = 2 THEN 'draft' ELSE 'published' END, '{"en": "Generated"}',
         CASE WHEN i % 2 = 0 THEN ARRAY[$3] ELSE ARRAY[$3, $4] END, CASE WHEN i % 4 = 0 THEN NULL ELSE 1 + i % 9 END,
         CASE WHEN i % 2 = 0 THEN ARRAY['licence', 'joint_rnd'] ELSE ARRAY['investment', 'licence'] END,
         $5, $5, $2, $5, $5
       FROM unnest($1::uuid[]) WITH ORDINALITY AS g(id, i)`,
      [ids, org.organizationId, areas[0], areas[1], now],
    );
    await expectKeptEqualCounted();

    // Changes to state and values of some rows, and a change that alters nothing counted.
    await t.database.query(
      `UPDATE opportunities SET state = 'published', areas = ARRAY[$2] WHERE id = ANY($1::uuid[]) AND state = 'draft'`,
      [ids.slice(0, 15), areas[1]],
    );
    await t.database.query(`UPDATE opportunities SET trl = 7, type = 'pilot_request' WHERE id = ANY($1::uuid[])`, [
      ids.slice(10, 20),
    ]);
    await t.database.query(`UPDATE opportunities SET version = version + 1 WHERE id = ANY($1::uuid[])`, [ids]);
    await expectKeptEqualCounted();

    await t.database.query(`DELETE FROM opportunities WHERE id = ANY($1::uuid[])`, [ids.slice(20)]);
    await expectKeptEqualCounted();

    // A statement that fails leaves the counts as they were.
    const before = await facets(t.ctx.db, {});
    await expect(
      t.database.query(
        `UPDATE opportunities SET state = 'published', trl = 1 / (trl - trl) WHERE id = ANY($1::uuid[])`,
        [ids],
      ),
    ).rejects.toThrow();
    expect(await facets(t.ctx.db, {})).toEqual(before);
    await expectKeptEqualCounted();
  });

  it('are cleared with the opportunities when the table is truncated', async () => {
    expect((await facets(t.ctx.db, {})).total).toBeGreaterThan(0);
    await t.database.query('TRUNCATE opportunities CASCADE');
    expect(await facets(t.ctx.db, {})).toEqual(await countFacets(t.ctx.db, {}));
    expect((await facets(t.ctx.db, {})).total).toBe(0);
  });

  it('stay right when two publications of opportunities with shared values commit at once', async () => {
    const submitted = await Promise.all(
      [1, 2, 3, 4].map(async (n) => {
        const created = await t.call('POST', '/api/v1/opportunities', {
          as: org.admin,
          body: {
            organizationId: org.organizationId,
            type: 'technology_offer',
            title: { ru: `Параллельная публикация ${n}` },
            summary: { ru: 'Кратко.' },
            areas: [areas[0], areas[2]],
            cooperationForms: ['licence'],
          },
        });
        const id = created.json().id as string;
        await t.call('POST', `/api/v1/opportunities/${id}/submit`, { as: org.admin });
        return id;
      }),
    );
    const published = await Promise.all(
      submitted.map((id) => t.call('POST', `/api/v1/opportunities/${id}/publish`, { as: operator })),
    );
    expect(published.map((r) => r.statusCode)).toEqual([200, 200, 200, 200]);
    await expectKeptEqualCounted();
  });
});

describe('counts past the exact limit', () => {
  it('are estimated from the first matches in the table, rounded, and said to be estimates', async () => {
    const [a, b] = areas as [string, string];
    // Rows of about a kilobyte, so that the matches spread over pages as a large table's do.
    const filler = Array.from({ length: 120 }, (_, i) => `word${i}`).join(' ');
    for (let i = 0; i < 40; i++) {
      await publish({
        type: i % 4 === 0 ? 'pilot_request' : 'technology_offer',
        title: { en: `Solar inverter ${i}` },
        summary: { en: `Inverters. ${filler}` },
        areas: [i % 2 === 0 ? a : b],
      });
    }
    const [solarWords] = await compiledSearchQueries(t.ctx.db, [{ text: 'solar', segmented: 'solar' }]);
    const solar: SearchFilter = { tsquery: solarWords };

    const exact = await countFacets(t.ctx.db, solar);
    expect(exact).toMatchObject({ total: 40, estimated: false, estimatedFacets: [] });
    expect(exact.facets.type).toEqual({ technology_offer: 30, pilot_request: 10 });

    const estimated = await countFacets(t.ctx.db, solar, { upTo: 10, sample: false });
    expect(estimated.estimated).toBe(true);
    expect(estimated.estimatedFacets.sort()).toEqual(['area', 'cooperationForm', 'jurisdiction', 'trl', 'type']);
    expect(estimated.total).toBeGreaterThan(10);
    expect(estimated.total).toBeGreaterThanOrEqual(20);
    expect(estimated.total).toBeLessThanOrEqual(80);
    expect(Object.keys(estimated.facets.type)).toEqual(expect.arrayContaining(['technology_offer']));
    for (const n of Object.values(estimated.facets.type)) expect(n).toBe(roughly(n));

    // A facet with a filter of its own is estimated over its own matches.
    const ownFiltered = await countFacets(
      t.ctx.db,
      { ...solar, type: 'technology_offer' },
      { upTo: 10, sample: false },
    );
    expect(ownFiltered.estimated).toBe(true);
    expect(ownFiltered.facets.type.technology_offer).toBeGreaterThan(10);

    // Few matches, but a facet with a filter of its own counts many: only that facet is estimated.
    const fewPilots = await countFacets(t.ctx.db, { ...solar, type: 'pilot_request' }, { upTo: 20, sample: false });
    expect(fewPilots).toMatchObject({ total: 10, estimated: false, estimatedFacets: ['type'] });
    expect(fewPilots.facets.area).toEqual({ [a]: 10 });

    // At or under the limit, exact; the sample (an eighth of 40) tells that they are few.
    expect(await countFacets(t.ctx.db, solar, { upTo: 40, sample: false })).toEqual(exact);
    expect(await countFacets(t.ctx.db, solar, { upTo: 1000 })).toEqual(exact);

    // A small exchange is counted whole in one statement, the same; one that grew past the limit since
    // its size was read is estimated as a large one is.
    expect(await countFacets(t.ctx.db, { ...solar, published: 40 })).toEqual(exact);
    const grown = await countFacets(t.ctx.db, { ...solar, published: 4 }, { upTo: 10, sample: false });
    expect({ ...grown, estimatedFacets: grown.estimatedFacets.sort() }).toEqual(estimated);
  });

  it('are estimated from the sample of one opportunity in eight when a word is common', async () => {
    const now = new Date().toISOString();
    const ids = Array.from({ length: 1600 }, () => randomUUID());
    await t.database.query(
      `INSERT INTO opportunities (id, organization_id, jurisdiction, type, state, title, areas, published_at,
         expires_at, created_by, created_at, updated_at)
       SELECT id, $2, 'RU', CASE WHEN i % 4 = 0 THEN 'pilot_request' ELSE 'business_offer' END, 'published',
         '{"en": "Wind turbine blades"}', ARRAY[$3], $4, $4, $2, $4, $4
       FROM unnest($1::uuid[]) WITH ORDINALITY AS g(id, i)`,
      [ids, org.organizationId, areas[0], now],
    );
    const [windWords] = await compiledSearchQueries(t.ctx.db, [{ text: 'wind', segmented: 'wind' }]);
    const wind: SearchFilter = { tsquery: windWords };
    const counts = await countFacets(t.ctx.db, wind, { upTo: 100 });
    // About 200 of the 1,600 are in the sample (binomial, standard deviation 13): far within these bounds.
    expect(counts.estimated).toBe(true);
    expect(counts.total).toBeGreaterThanOrEqual(1200);
    expect(counts.total).toBeLessThanOrEqual(2000);
    expect(counts.facets.type.business_offer).toBeGreaterThan(counts.facets.type.pilot_request ?? 0);
    expect(counts.facets.jurisdiction).toEqual({ RU: counts.total });
    // Exact when asked to count that many.
    expect(await countFacets(t.ctx.db, wind, { upTo: 2000 })).toMatchObject({ total: 1600, estimated: false });
  });

  it('read as people read an estimate: two significant figures, never zero', () => {
    expect([0.3, 7, 56.4, 99.6, 1234, 21_487, 995].map(roughly)).toEqual([1, 7, 56, 100, 1200, 21_000, 1000]);
  });
});
