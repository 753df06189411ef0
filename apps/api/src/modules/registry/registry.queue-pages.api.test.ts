import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Factories, factories } from '../../../test/factories.js';
import { upload } from '../../../test/registry-helpers.js';
import { createTestApp, type Session, type TestApp } from '../../../test/test-app.js';

// The operators' queue read a page at a time (keyset cursors), its view of what waits, and the words
// of a refused upload.

let t: TestApp;
let f: Factories;
let operatorRu: Session;
const byState = { submitted: [] as string[], in_review: [] as string[], approved: [] as string[] };

beforeAll(async () => {
  t = await createTestApp();
  f = factories(t);
  operatorRu = await f.operator('RU', { email: 'qp.op.ru@example.ru' });
  const plan = [
    ['submitted', 'submitted'],
    ['submitted', 'submitted'],
    ['submitted', 'submitted'],
    ['taken', 'in_review'],
    ['taken', 'in_review'],
    ['approved', 'approved'],
    ['approved', 'approved'],
  ] as const;
  for (const [until, state] of plan) {
    const admin = await f.user();
    const organization = await f.organization(admin);
    const application = await f.clusterStatus(organization, admin, { until, operator: operatorRu });
    byState[state].push(application.id);
  }
});
afterAll(() => t.close());

type QueuePage = { items: { id: string; state: string }[]; nextCursor: string | null; counts: unknown };

async function walkQueue(query: string, limit: number) {
  const items: QueuePage['items'] = [];
  const counts: unknown[] = [];
  let cursor: string | null = null;
  do {
    const url: string = `/api/v1/registry/applications?${query}&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`;
    const res = await t.call('GET', url, { as: operatorRu });
    expect(res.statusCode, res.body).toBe(200);
    const page: QueuePage = res.json();
    expect(page.items.length).toBeLessThanOrEqual(limit);
    items.push(...page.items);
    counts.push(page.counts);
    cursor = page.nextCursor;
  } while (cursor);
  const ids = items.map((item) => item.id);
  expect(new Set(ids).size, 'no application twice').toBe(ids.length);
  return { items, ids, counts };
}

describe("the operators' queue", () => {
  it('walks every application once with its cursor, in the order of the whole list, the counts on every page', async () => {
    const all = [...byState.submitted, ...byState.in_review, ...byState.approved];
    for (const limit of [1, 2, 3]) {
      const { ids, counts } = await walkQueue('state=all', limit);
      expect(new Set(ids)).toEqual(new Set(all));
      const whole = (await t.call('GET', '/api/v1/registry/applications?state=all', { as: operatorRu })).json();
      expect(ids).toEqual(whole.items.map((item: { id: string }) => item.id));
      expect(new Set(counts.map((c) => JSON.stringify(c))).size, 'the same counts on every page').toBe(1);
    }
  });

  it('shows what waits for an operator — submitted and in review, answered requests included — without decided ones', async () => {
    const { items } = await walkQueue('state=waiting', 2);
    expect(new Set(items.map((item) => item.id))).toEqual(new Set([...byState.submitted, ...byState.in_review]));
    expect(items.every((item) => item.state === 'submitted' || item.state === 'in_review')).toBe(true);
    const approved = await walkQueue('state=approved', 5);
    expect(new Set(approved.ids)).toEqual(new Set(byState.approved));
  });

  it('refuses a cursor it did not write', async () => {
    const forged = Buffer.from(JSON.stringify(['not a time', '2026-03-02T09:00:00.000Z', 'x'])).toString('base64url');
    for (const cursor of [forged, 'bm9wZQ']) {
      const res = await t.call('GET', `/api/v1/registry/applications?cursor=${cursor}`, { as: operatorRu });
      expect(res.statusCode).toBe(422);
      expect(res.json()).toMatchObject({ code: 'validation_failed', errors: [{ path: 'cursor', code: 'invalid' }] });
    }
  });
});

describe('a file refused by its content', () => {
  it('says why in ru, zh and en, on the file field, instead of "invalid value"', async () => {
    const admin = await f.user();
    const organization = await f.organization(admin);
    const draft = await f.clusterStatus(organization, admin, { until: 'draft' });
    const expected = {
      ru: 'Принимаются только файлы PDF, PNG и JPEG; содержимое этого файла к ним не относится.',
      zh: '仅接受 PDF、PNG 和 JPEG 文件；该文件的内容不属于这些类型。',
      en: 'Only PDF, PNG and JPEG files are accepted; the content of this file is not one of them.',
    };
    for (const locale of ['ru', 'zh', 'en'] as const) {
      const refused = await upload(
        { ...t, call: (m, u, o) => t.call(m, u, { ...o, locale }) },
        admin,
        draft.id,
        'charter',
        {
          name: 'charter.pdf',
          content: Buffer.from('MZ\x90\x00 this is an executable, not a PDF'),
        },
      );
      expect(refused.statusCode).toBe(422);
      expect(refused.json()).toMatchObject({
        code: 'file_type_refused',
        detail: expected[locale],
        errors: [{ path: 'file', code: 'file_type_refused', message: expected[locale] }],
      });
    }
  });
});
