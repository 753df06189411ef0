import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { approvedOrganisation } from '../../test/registry-helpers.js';
import { createTestApp, type Session, type TestApp } from '../../test/test-app.js';

let t: TestApp;
let operator: Session;
let owner: { admin: Session; organizationId: string };

beforeAll(async () => {
  t = await createTestApp();
  operator = await t.userWithRole(await t.createAdmin(), 'cache.op@example.ru', 'operator', 'RU');
  owner = await approvedOrganisation(t, operator, 'cache.owner@example.ru');
});
afterAll(() => t.close());

async function publish(title: string) {
  const created = await t.call('POST', '/api/v1/opportunities', {
    as: owner.admin,
    body: {
      organizationId: owner.organizationId,
      type: 'technology_offer',
      title: { en: title },
      summary: { en: 'x' },
    },
  });
  const id = created.json().id as string;
  await t.call('POST', `/api/v1/opportunities/${id}/submit`, { as: owner.admin });
  expect((await t.call('POST', `/api/v1/opportunities/${id}/publish`, { as: operator })).statusCode).toBe(200);
  return id;
}

const titles = (res: { json(): { items: { title: { en?: string } }[] } }) => res.json().items.map((o) => o.title.en);

describe('public lists for visitors', () => {
  it('serve a visitor the answer another visitor just got, and drop it on any change made through the platform', async () => {
    await publish('Cached turbine');
    const first = await t.call('GET', '/api/v1/opportunities?q=turbine');
    expect(first.headers['x-cache']).toBeUndefined();
    expect(titles(first)).toEqual(['Cached turbine']);
    const second = await t.call('GET', '/api/v1/opportunities?q=turbine');
    expect(second.headers['x-cache']).toBe('hit');
    expect(second.body).toBe(first.body);
    expect(second.headers['content-type']).toBe(first.headers['content-type']);

    // A change: the next visitor sees it at once (a second later, within the two the answer is kept).
    t.clock.advance(1000);
    await publish('Fresh turbine');
    const after = await t.call('GET', '/api/v1/opportunities?q=turbine');
    expect(after.headers['x-cache']).toBeUndefined();
    expect(titles(after)).toEqual(['Fresh turbine', 'Cached turbine']);

    // So does its card.
    const card = `/api/v1/opportunities/${first.json().items[0].id}`;
    await t.call('GET', card);
    expect((await t.call('GET', card)).headers['x-cache']).toBe('hit');

    // A refused request changes nothing, and drops nothing.
    const refused = await t.call('POST', '/api/v1/opportunities', { as: owner.admin, body: {} });
    expect(refused.statusCode).toBe(422);
    expect((await t.call('GET', '/api/v1/opportunities?q=turbine')).headers['x-cache']).toBe('hit');
  });

  it('keep an answer for two seconds at most', async () => {
    await t.call('GET', '/api/v1/registry');
    expect((await t.call('GET', '/api/v1/registry')).headers['x-cache']).toBe('hit');
    // What the platform cannot see (another instance, a background job) shows within two seconds.
    await t.database.query("update organizations set city = 'Zelenograd' where id = $1", [owner.organizationId]);
    t.clock.advance(2000);
    const fresh = await t.call('GET', '/api/v1/registry');
    expect(fresh.headers['x-cache']).toBeUndefined();
    expect(fresh.json().items.find((o: { id: string }) => o.id === owner.organizationId)?.city).toBe('Zelenograd');
  });

  it('always answer a signed-in user afresh, and keep nothing of it for visitors', async () => {
    const member = await t.call('GET', '/api/v1/taxonomy', { as: owner.admin });
    const again = await t.call('GET', '/api/v1/taxonomy', { as: owner.admin });
    expect(member.headers['x-cache']).toBeUndefined();
    expect(again.headers['x-cache']).toBeUndefined();
    expect((await t.call('GET', '/api/v1/taxonomy')).headers['x-cache']).toBeUndefined();
    expect((await t.call('GET', '/api/v1/taxonomy')).headers['x-cache']).toBe('hit');
  });

  it('keep answers apart by the whole address and the reader language', async () => {
    const ru = await t.call('GET', '/api/v1/registry/export?format=csv', { locale: 'ru' });
    const en = await t.call('GET', '/api/v1/registry/export?format=csv', { locale: 'en' });
    expect(en.headers['x-cache']).toBeUndefined();
    expect(en.body).not.toBe(ru.body);
    expect((await t.call('GET', '/api/v1/registry/export?format=csv', { locale: 'ru' })).body).toBe(ru.body);
    expect((await t.call('GET', '/api/v1/registry?limit=1')).headers['x-cache']).toBeUndefined();
  });

  it('read once for visitors who ask the same at the same time, and each is sent that answer', async () => {
    t.clock.advance(2000);
    const path = '/api/v1/opportunities?q=turbine&sort=date';
    const answers = await Promise.all(Array.from({ length: 12 }, () => t.call('GET', path)));
    const read = answers.filter((a) => a.headers['x-cache'] === undefined);
    expect(read).toHaveLength(1);
    for (const answer of answers) {
      expect(answer.statusCode).toBe(200);
      expect(answer.body).toBe(read[0]?.body);
    }
  });

  it('let visitors who waited read their own answer when the one they waited for fails', async () => {
    t.clock.advance(2000);
    const path = '/api/v1/opportunities?cursor=not-a-cursor';
    const answers = await Promise.all(Array.from({ length: 4 }, () => t.call('GET', path)));
    for (const answer of answers) {
      expect(answer.statusCode).toBe(422);
      expect(answer.headers['x-cache']).toBeUndefined();
    }
  });

  it('are never kept with PUBLIC_CACHE_MS=0', async () => {
    const uncached = await createTestApp({ env: { PUBLIC_CACHE_MS: '0' } });
    try {
      await uncached.call('GET', '/api/v1/taxonomy');
      expect((await uncached.call('GET', '/api/v1/taxonomy')).headers['x-cache']).toBeUndefined();
    } finally {
      await uncached.close();
    }
  });
});
