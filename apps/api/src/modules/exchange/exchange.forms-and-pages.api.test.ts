import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Factories, factories } from '../../../test/factories.js';
import { createTestApp, type Session, type TestApp } from '../../../test/test-app.js';
import { DAY } from '../../lib/clock.js';

// What the opportunity form's rules mean on the server (a past deadline, an over-long text), and the
// operators' and members' lists read a page at a time with keyset cursors.

let t: TestApp;
let f: Factories;
let operatorRu: Session;
let owner: { admin: Session; organizationId: string };
let sender: { admin: Session; organizationId: string };

beforeAll(async () => {
  t = await createTestApp();
  f = factories(t);
  operatorRu = await f.operator('RU', { email: 'fp.op.ru@example.ru' });
  const operatorCn = await f.operator('CN', { email: 'fp.op.cn@example.cn', signedIn: false });
  owner = await f.organizationWithStatus({ owner: { email: 'fp.owner@example.ru' }, operator: operatorRu });
  sender = await f.organizationWithStatus({
    owner: { email: 'fp.sender@example.cn' },
    operator: operatorCn,
    jurisdiction: 'CN',
  });
});
afterAll(() => t.close());

const draftBody = (extra: Record<string, unknown>) => ({
  organizationId: owner.organizationId,
  type: 'technology_offer',
  title: { ru: 'Переработка аккумуляторов' },
  summary: { ru: 'Извлечение лития.' },
  ...extra,
});

const PAST_DEADLINE = {
  ru: 'Срок не может быть в прошлом: выберите сегодняшний или более поздний день.',
  zh: '截止日期不能早于今天：请选择今天或之后的日期。',
  en: 'The deadline cannot be in the past: choose today or a later day.',
};

/** Every row of a list, walked with its cursor `limit` rows at a time; fails on a repeated row. */
async function walk(as: Session, path: string, limit: number) {
  const ids: string[] = [];
  const pages: Record<string, unknown>[] = [];
  let cursor: string | null = null;
  do {
    const separator = path.includes('?') ? '&' : '?';
    const url: string = `${path}${separator}limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`;
    const res = await t.call('GET', url, { as });
    expect(res.statusCode, res.body).toBe(200);
    const page = res.json();
    expect(page.items.length).toBeLessThanOrEqual(limit);
    pages.push(page);
    ids.push(...page.items.map((item: { id: string }) => item.id));
    cursor = page.nextCursor;
  } while (cursor);
  expect(new Set(ids).size, 'no row twice').toBe(ids.length);
  return { ids, pages };
}

describe('the deadline of an opportunity', () => {
  it('is refused in the past with a stable code, on its field, in ru, zh and en; today and later are accepted', async () => {
    // The test clock reads 2026-03-02 09:00 UTC.
    for (const locale of ['ru', 'zh', 'en'] as const) {
      const res = await t.call('POST', '/api/v1/opportunities', {
        as: owner.admin,
        locale,
        body: draftBody({ deadline: '2026-02-27' }),
      });
      expect(res.statusCode).toBe(422);
      expect(res.json()).toMatchObject({
        code: 'deadline_in_past',
        detail: PAST_DEADLINE[locale],
        errors: [{ path: 'deadline', code: 'deadline_in_past', message: PAST_DEADLINE[locale] }],
      });
    }
    const mine = await t.call('GET', `/api/v1/organizations/${owner.organizationId}/opportunities`, {
      as: owner.admin,
    });
    expect(mine.json().items, 'nothing stored').toHaveLength(0);

    for (const deadline of ['2026-03-02', '2026-03-03', '2027-01-31']) {
      const res = await t.call('POST', '/api/v1/opportunities', { as: owner.admin, body: draftBody({ deadline }) });
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json().deadline).toBe(deadline);
    }
  });

  it('lets a draft whose deadline passed meanwhile be saved as it is, but not moved to another past day', async () => {
    const created = await t.call('POST', '/api/v1/opportunities', {
      as: owner.admin,
      body: draftBody({ deadline: '2026-03-05' }),
    });
    const id = created.json().id;
    t.clock.advance(10 * DAY);
    const same = await t.call('PATCH', `/api/v1/opportunities/${id}`, {
      as: owner.admin,
      body: { title: { ru: 'Новое название' }, deadline: '2026-03-05' },
    });
    expect(same.statusCode, same.body).toBe(200);
    const moved = await t.call('PATCH', `/api/v1/opportunities/${id}`, {
      as: owner.admin,
      body: { deadline: '2026-03-06' },
    });
    expect(moved.statusCode).toBe(422);
    expect(moved.json().code).toBe('deadline_in_past');
    const stored = await t.call('GET', `/api/v1/opportunities/${id}`, { as: owner.admin });
    expect(stored.json()).toMatchObject({ deadline: '2026-03-05', title: { ru: 'Новое название' } });
  });
});

describe('an over-long text', () => {
  it('is refused whole with too_long and its limit, never cut, in ru, zh and en', async () => {
    const description = `${'литий '.repeat(2800)}кобальт`; // 16,807 characters: fine for 20,000
    const fits = await t.call('POST', '/api/v1/opportunities', {
      as: owner.admin,
      body: draftBody({ description: { ru: description } }),
    });
    expect(fits.statusCode, fits.body).toBe(201);
    expect(fits.json().description.ru).toBe(description);

    const tooLong = 'а'.repeat(20_001);
    const expected = {
      ru: 'Текст слишком длинный. Допустимая длина, символов: не более 20000.',
      zh: '内容过长：最多允许 20000 个字符。',
      en: 'Too long: at most 20000 characters are allowed.',
    };
    for (const locale of ['ru', 'zh', 'en'] as const) {
      const res = await t.call('POST', '/api/v1/opportunities', {
        as: owner.admin,
        locale,
        body: draftBody({ description: { ru: tooLong } }),
      });
      expect(res.statusCode).toBe(422);
      expect(res.json().errors).toEqual([{ path: 'description.ru', code: 'too_long', message: expected[locale] }]);
    }
  });
});

describe('the moderation queue', () => {
  it('walks every submitted opportunity once, the longest waiting first, and refuses a forged cursor', async () => {
    const submitted: string[] = [];
    for (let i = 0; i < 7; i++) {
      // Two at each instant: the id breaks the tie.
      if (i % 2 === 0) t.clock.advance(60_000);
      submitted.push((await f.opportunity(owner.admin, owner.organizationId, { state: 'submitted' })).id);
    }
    const { ids } = await walk(operatorRu, '/api/v1/moderation/opportunities', 3);
    expect(ids).toHaveLength(7);
    expect(new Set(ids)).toEqual(new Set(submitted));
    const whole = (await t.call('GET', '/api/v1/moderation/opportunities', { as: operatorRu })).json();
    expect(whole.items.map((o: { id: string }) => o.id)).toEqual(ids);
    expect(whole.nextCursor).toBeNull();

    const forged = await t.call('GET', '/api/v1/moderation/opportunities?cursor=bm90LWEtY3Vyc29y', { as: operatorRu });
    expect(forged.statusCode).toBe(422);
    expect(forged.json()).toMatchObject({ code: 'validation_failed', errors: [{ path: 'cursor', code: 'invalid' }] });
  });
});

describe('the conversations list', () => {
  it('walks every conversation once, newest news first, with the unread total over all of them on every page', async () => {
    const conversationIds: string[] = [];
    for (let i = 0; i < 5; i++) {
      t.clock.advance(60_000);
      const opportunity = await f.opportunity(owner.admin, owner.organizationId, {
        state: 'published',
        operator: operatorRu,
      });
      const interest = await t.call('POST', `/api/v1/opportunities/${opportunity.id}/interests`, {
        as: sender.admin,
        body: { organizationId: sender.organizationId, message: '我们对这项技术很感兴趣。' },
      });
      const accepted = await t.call('POST', `/api/v1/interests/${interest.json().id}/accept`, { as: owner.admin });
      expect(accepted.statusCode, accepted.body).toBe(200);
      conversationIds.push(accepted.json().conversationId);
    }
    // The sender writes in the first three: the owner has three unread messages, wherever they are listed.
    for (const id of conversationIds.slice(0, 3)) {
      t.clock.advance(60_000);
      const sent = await t.call('POST', `/api/v1/conversations/${id}/messages`, {
        as: sender.admin,
        body: { body: '你好' },
      });
      expect(sent.statusCode, sent.body).toBe(201);
    }
    const { ids, pages } = await walk(owner.admin, '/api/v1/conversations', 2);
    expect(pages).toHaveLength(3);
    expect(new Set(ids)).toEqual(new Set(conversationIds));
    // Newest news first: the three with messages (the last written first), then the others, newest opened first.
    expect(ids).toEqual([
      conversationIds[2],
      conversationIds[1],
      conversationIds[0],
      conversationIds[4],
      conversationIds[3],
    ]);
    for (const page of pages) expect(page.unreadTotal).toBe(3);
  });
});
