import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Factories, factories } from '../../../test/factories.js';
import { createTestApp, type TestApp } from '../../../test/test-app.js';

let t: TestApp;
let f: Factories;
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  f = factories(t);
  // The registry the searches below read: made once, read by every test, changed by none.
  const operatorRu = await f.operator('RU', { signedIn: false });
  const operatorCn = await f.operator('CN', { signedIn: false });
  ids.batteries = (
    await f.organizationWithStatus({
      owner: { email: 'batteries@example.ru' },
      operator: operatorRu,
      city: 'Москва',
      name: { ru: 'ВторЛитий', en: 'VtorLithium' },
      description: {
        ru: 'Переработка литий-ионных аккумуляторов электромобилей. Восстанавливаем тяговые батареи.',
        en: 'Recycling of electric vehicle batteries.',
      },
      type: 'startup',
    })
  ).organizationId;
  ids.recycling = (
    await f.organizationWithStatus({
      owner: { email: 'recycling@example.cn' },
      operator: operatorCn,
      jurisdiction: 'CN',
      city: '深圳',
      name: { zh: '深圳新能源汽车电池回收技术有限公司' },
      description: { zh: '专注于动力电池梯次利用与材料再生。' },
    })
  ).organizationId;
  ids.robots = (
    await f.organizationWithStatus({
      owner: { email: 'robots@example.ru' },
      operator: operatorRu,
      city: 'Казань',
      name: { ru: 'Роботехника Поволжья', en: 'Volga Robotics' },
      description: { en: 'Industrial robot arms and grippers.' },
    })
  ).organizationId;
  // Registered, but without a status: never in the public registry.
  ids.unlisted = (await f.organization(await f.user(), { name: { ru: 'Аккумуляторный завод без статуса' } })).id;
});
afterAll(() => t.close());

const search = async (query: string) => (await t.call('GET', `/api/v1/registry?${query}`)).json();
const idsOf = (body: { items: { id: string }[] }) => body.items.map((o) => o.id);

describe('GET /api/v1/registry', () => {
  it('lists participants and partners only, with counts by status and jurisdiction', async () => {
    const body = await search('');
    expect(idsOf(body).sort()).toEqual([ids.batteries, ids.recycling, ids.robots].sort());
    expect(body.total).toBe(3);
    expect(body.counts.byStatus).toEqual({ participant: 1, partner: 2 });
    expect(body.counts.byJurisdiction).toEqual({ RU: 2, CN: 1 });
    const card = body.items.find((o: { id: string }) => o.id === ids.batteries);
    expect(card).toMatchObject({ status: 'participant', statusSince: expect.any(String) });
  });

  it('finds a Russian text by a word in another grammatical form', async () => {
    expect(idsOf(await search(`q=${encodeURIComponent('аккумулятор')}`))).toEqual([ids.batteries]);
    expect(idsOf(await search(`q=${encodeURIComponent('переработкой аккумуляторов')}`))).toEqual([ids.batteries]);
    // Forms whose Snowball stems differ: батарея → батаре, батареи → батар.
    expect(idsOf(await search(`q=${encodeURIComponent('батарея')}`))).toEqual([ids.batteries]);
    expect(idsOf(await search(`q=${encodeURIComponent('батареями')}`))).toEqual([ids.batteries]);
  });

  it('finds a Chinese name by a word inside it', async () => {
    expect(idsOf(await search(`q=${encodeURIComponent('电池回收')}`))).toEqual([ids.recycling]);
    expect(idsOf(await search(`q=${encodeURIComponent('新能源')}`))).toEqual([ids.recycling]);
  });

  it('finds an English text by the plural of a singular word', async () => {
    expect(idsOf(await search('q=robot'))).toEqual([ids.robots]);
    expect(idsOf(await search('q=grippers'))).toEqual([ids.robots]);
  });

  it('filters by jurisdiction, type, status and city, with facet counts that agree', async () => {
    const cn = await search('jurisdiction=CN');
    expect(idsOf(cn)).toEqual([ids.recycling]);
    expect(cn.counts.byJurisdiction).toEqual({ RU: 2, CN: 1 }); // a facet ignores its own filter
    expect(idsOf(await search('type=startup'))).toEqual([ids.batteries]);
    const partners = await search('status=partner');
    expect(idsOf(partners).sort()).toEqual([ids.recycling, ids.robots].sort());
    expect(partners.total).toBe(2);
    expect(idsOf(await search(`city=${encodeURIComponent('казань')}`))).toEqual([ids.robots]);
  });

  it('pages with a stable keyset cursor and refuses a forged one', async () => {
    const first = await search('limit=2');
    const second = await search(`limit=2&cursor=${first.nextCursor}`);
    expect(first.items).toHaveLength(2);
    expect(second.items).toHaveLength(1);
    expect(second.nextCursor).toBeNull();
    expect(new Set([...idsOf(first), ...idsOf(second)]).size).toBe(3);
    const forged = await t.call('GET', '/api/v1/registry?cursor=WyJub3QgYSBkYXRlIiwieCJd');
    expect(forged.statusCode).toBe(422);
  });
});

describe('GET /api/v1/registry/export', () => {
  it('exports CSV that a spreadsheet opens as UTF-8, with headers in the caller language', async () => {
    const res = await t.call('GET', '/api/v1/registry/export?format=csv', { locale: 'zh' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="innobridge-registry-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    expect(res.rawPayload.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(true);
    const lines = res.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toContain('"名称"');
    expect(lines).toHaveLength(4);
    expect(res.body).toContain('"深圳新能源汽车电池回收技术有限公司"');
    expect(res.body).toContain('"ВторЛитий"');
    expect(res.body).toContain('"正式成员"');
  });

  it('exports JSON with the same filters', async () => {
    const res = await t.call('GET', '/api/v1/registry/export?format=json&jurisdiction=RU');
    const body = JSON.parse(res.body);
    expect(body.count).toBe(2);
    expect(body.items.map((o: { id: string }) => o.id).sort()).toEqual([ids.batteries, ids.robots].sort());
  });
});

describe('the operator queue', () => {
  it('sorts by deadline, counts by state and flags the overdue', async () => {
    const operator = await f.operator('RU');
    const submitted = async () => {
      const owner = await f.user();
      return f.clusterStatus(await f.organization(owner), owner, { until: 'submitted' });
    };
    const first = await submitted();
    t.clock.advance(24 * 3600_000);
    const second = await submitted();
    const queue = (await t.call('GET', '/api/v1/registry/applications?state=submitted', { as: operator })).json();
    expect(queue.items.map((x: { id: string }) => x.id)).toEqual([first.id, second.id]);
    expect(queue.counts.byState.submitted).toBe(2);
    expect(queue.counts.overdue).toBe(0);

    t.clock.advance(20 * 24 * 3600_000);
    const late = (
      await t.call('GET', '/api/v1/registry/applications?overdue=true', { as: await t.signIn(operator.email) })
    ).json();
    expect(late.items.map((x: { id: string }) => x.id).sort()).toEqual([first.id, second.id].sort());
    expect(late.items.every((x: { overdue: boolean }) => x.overdue)).toBe(true);
    expect(late.counts.overdue).toBe(2);
  });
});
