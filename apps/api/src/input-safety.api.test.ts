import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { approvedOrganisation, multipartForm, PDF } from '../test/registry-helpers.js';
import { createTestApp, type Session, type TestApp } from '../test/test-app.js';

/**
 * Input that once answered 500, each refused at the edge with a problem+json answer that changes
 * nothing (ADR 0015).
 */
let t: TestApp;
let owner: { admin: Session; organizationId: string };
let sender: { admin: Session; organizationId: string };
let conversationId: string;

const cursorOf = (key: unknown[]) => Buffer.from(JSON.stringify(key)).toString('base64url');
const SOME_UUID = '0195d0c4-8b6e-7000-8000-000000000000';

beforeAll(async () => {
  t = await createTestApp();
  const admin = await t.createAdmin();
  const operatorRu = await t.userWithRole(admin, 'is.op.ru@example.ru', 'operator', 'RU');
  const operatorCn = await t.userWithRole(admin, 'is.op.cn@example.cn', 'operator', 'CN');
  owner = await approvedOrganisation(t, operatorRu, 'is.owner@example.ru', { name: { ru: 'Владелец' } });
  sender = await approvedOrganisation(t, operatorCn, 'is.sender@example.cn', {
    jurisdiction: 'CN',
    name: { zh: '发送方' },
  });
  const created = await t.call('POST', '/api/v1/opportunities', {
    as: owner.admin,
    body: {
      organizationId: owner.organizationId,
      type: 'technology_offer',
      title: { ru: 'Переработка аккумуляторов' },
      summary: { ru: 'Извлечение лития.' },
    },
  });
  const opportunityId = created.json().id as string;
  await t.call('POST', `/api/v1/opportunities/${opportunityId}/submit`, { as: owner.admin });
  const published = await t.call('POST', `/api/v1/opportunities/${opportunityId}/publish`, { as: operatorRu });
  if (published.statusCode !== 200) throw new Error(published.body);
  const interest = await t.call('POST', `/api/v1/opportunities/${opportunityId}/interests`, {
    as: sender.admin,
    body: { organizationId: sender.organizationId, message: '我们很感兴趣。' },
  });
  const accepted = await t.call('POST', `/api/v1/interests/${interest.json().id}/accept`, { as: owner.admin });
  if (accepted.statusCode !== 200) throw new Error(accepted.body);
  conversationId = accepted.json().conversationId;
});
afterAll(() => t.close());

function expectProblem(res: { statusCode: number; headers: Record<string, unknown> }, status: number) {
  expect(res.statusCode).toBe(status);
  expect(String(res.headers['content-type'])).toMatch(/^application\/problem\+json/);
}

describe('text the database cannot store', () => {
  it('refuses U+0000 in a stored text field with a localised 422 naming the field, and stores nothing', async () => {
    const res = await t.call('PATCH', '/api/v1/me', {
      as: owner.admin,
      locale: 'ru',
      body: { displayName: 'Павел\u0000Контактов' },
    });
    expectProblem(res, 422);
    expect(res.json()).toMatchObject({
      code: 'validation_failed',
      errors: [{ path: 'displayName', code: 'invalid_characters' }],
    });
    expect(res.json().detail).toMatch(/^В тексте есть символы, которые нельзя сохранить/);
    const me = await t.call('GET', '/api/v1/me', { as: owner.admin });
    expect(me.json().displayName).not.toContain('\u0000');
    expect(me.json().displayName).not.toContain('Павел');
  });

  it('refuses U+0000 in a nested field of a new record, creating nothing', async () => {
    const count = async () => (await t.database.query('select count(*)::int as n from opportunities')).rows[0]?.n;
    const before = await count();
    const res = await t.call('POST', '/api/v1/opportunities', {
      as: owner.admin,
      body: {
        organizationId: owner.organizationId,
        type: 'technology_offer',
        title: { ru: 'Литий' },
        summary: { ru: 'Кратко' },
        areas: ['energy', 'bat\u0000teries'],
      },
    });
    expectProblem(res, 422);
    expect(res.json().errors).toEqual([expect.objectContaining({ path: 'areas.1', code: 'invalid_characters' })]);
    expect(await count()).toBe(before);
  });

  it('refuses a lone surrogate in JSON text', async () => {
    const res = await t.call('PATCH', '/api/v1/me', {
      as: owner.admin,
      locale: 'zh',
      headers: { 'content-type': 'application/json' },
      payload: '{"displayName":"\\ud800 broken"}',
    });
    expectProblem(res, 422);
    expect(res.json().errors).toEqual([
      {
        path: 'displayName',
        code: 'invalid_characters',
        message: '此文本包含无法保存的字符（空字符或损坏的字符编码）。请删除后重试。',
      },
    ]);
    const message = await t.call('POST', `/api/v1/conversations/${conversationId}/messages`, {
      as: sender.admin,
      headers: { 'content-type': 'application/json' },
      payload: '{"body":"\\udfff"}',
    });
    expectProblem(message, 422);
    expect(message.json().errors[0]).toMatchObject({ path: 'body', code: 'invalid_characters' });
  });

  it('refuses U+0000 in a query string, also anonymously on public search', async () => {
    for (const url of ['/api/v1/opportunities?q=%00', '/api/v1/registry?q=a%00b', '/api/v1/registry/export?q=%00']) {
      const res = await t.call('GET', url);
      expectProblem(res, 422);
      expect(res.json().errors, url).toEqual([expect.objectContaining({ path: 'q', code: 'invalid_characters' })]);
    }
  });

  it('keeps well-formed text of every script, surrogate pairs included', async () => {
    const name = 'Ли 李 🀄 Lee';
    const res = await t.call('PATCH', '/api/v1/me', { as: sender.admin, body: { displayName: name } });
    expect(res.statusCode).toBe(200);
    expect((await t.call('GET', '/api/v1/me', { as: sender.admin })).json().displayName).toBe(name);
  });
});

describe('cursors', () => {
  // Dates JavaScript reads and PostgreSQL does not, or reads differently.
  const badTimes = ['0', '+275760-09-13T00:00:00.000Z', '-000001-01-01T00:00:00.000Z', '2026-02-30', '1e3'];

  it('refuses a cursor whose time PostgreSQL would not read, on public search and the public registry', async () => {
    for (const time of badTimes) {
      for (const url of [
        `/api/v1/opportunities?sort=date&cursor=${cursorOf([time, SOME_UUID])}`,
        `/api/v1/opportunities?q=lithium&cursor=${cursorOf([1, time, SOME_UUID])}`,
        `/api/v1/registry?cursor=${cursorOf([time, SOME_UUID])}`,
      ]) {
        const res = await t.call('GET', url);
        expectProblem(res, 422);
        expect(res.json().errors, `${time}: ${url}`).toEqual([
          expect.objectContaining({ path: 'cursor', code: 'invalid' }),
        ]);
      }
    }
  });

  it('refuses such a cursor on lists ordered by creation time', async () => {
    for (const time of badTimes) {
      for (const url of ['/api/v1/me/notifications', '/api/v1/organizations']) {
        const res = await t.call('GET', `${url}?cursor=${cursorOf([time, SOME_UUID])}`, { as: owner.admin });
        expectProblem(res, 422);
        expect(res.json().errors[0], `${time}: ${url}`).toMatchObject({ path: 'cursor', code: 'invalid' });
      }
    }
  });

  it('refuses a ranked registry cursor whose rank is not a finite number', async () => {
    const res = await t.call(
      'GET',
      `/api/v1/registry?q=Владелец&cursor=${Buffer.from(`[1e400,"${SOME_UUID}"]`).toString('base64url')}`,
    );
    expectProblem(res, 422);
    expect(res.json().errors[0]).toMatchObject({ path: 'cursor', code: 'invalid' });
  });

  it('follows a cursor the platform wrote', async () => {
    const first = await t.call('GET', '/api/v1/registry?limit=1');
    expect(first.statusCode).toBe(200);
    const cursor = first.json().nextCursor;
    expect(cursor).toEqual(expect.any(String));
    const second = await t.call('GET', `/api/v1/registry?limit=1&cursor=${cursor}`);
    expect(second.statusCode).toBe(200);
    expect(second.json().items[0].id).not.toBe(first.json().items[0].id);
  });
});

describe('multipart bodies', () => {
  const attachments = () => `/api/v1/conversations/${conversationId}/attachments`;
  const messageCount = async () =>
    (
      await t.database.query('select count(*)::int as n from conversation_messages where conversation_id = $1', [
        conversationId,
      ])
    ).rows[0]?.n;

  it('answers a multipart body without a boundary with a 400 problem', async () => {
    const res = await t.call('POST', attachments(), {
      as: sender.admin,
      headers: { 'content-type': 'multipart/form-data' },
      payload: '--x\r\nContent-Disposition: form-data; name="body"\r\n\r\nhello\r\n--x--\r\n',
    });
    expectProblem(res, 400);
    expect(res.json().code).toBe('bad_request');
  });

  it('answers a truncated multipart body with a 400 problem and stores nothing', async () => {
    const before = await messageCount();
    const form = multipartForm({ body: 'hello' }, { name: 'a.pdf', content: PDF });
    const cut = form.payload.subarray(0, form.payload.length - 40);
    const res = await t.call('POST', attachments(), { as: sender.admin, headers: form.headers, payload: cut });
    expectProblem(res, 400);
    expect(res.json().code).toBe('bad_request');
    expect(await messageCount()).toBe(before);
  });

  it('refuses U+0000 in a multipart text field with a 422 naming it, and stores nothing', async () => {
    const before = await messageCount();
    const form = multipartForm({ body: 'see\u0000attached' }, { name: 'a.pdf', content: PDF });
    const res = await t.call('POST', attachments(), { as: sender.admin, locale: 'en', ...form });
    expectProblem(res, 422);
    expect(res.json().errors).toEqual([
      expect.objectContaining({
        path: 'body',
        code: 'invalid_characters',
        message: expect.stringMatching(/^This text contains/),
      }),
    ]);
    expect(await messageCount()).toBe(before);
  });
});

describe('errors met before a route is found, and the body limit', () => {
  it('answers a malformed percent-encoding in the path with a localised 400 problem', async () => {
    const res = await t.call('GET', '/api/v1/opportunities/%E0%A4%A', { locale: 'zh' });
    expectProblem(res, 400);
    expect(res.json()).toMatchObject({ code: 'bad_request', detail: '无法读取该请求。' });
  });

  it('answers a path parameter longer than the router accepts with a 404 problem', async () => {
    const res = await t.call('GET', `/api/v1/opportunities/${'a'.repeat(500)}`, { locale: 'ru' });
    expectProblem(res, 404);
    expect(res.json()).toMatchObject({ code: 'not_found', detail: 'По этому адресу ничего не найдено.' });
  });

  it('answers a body over the limit with a 413 in the caller language', async () => {
    const body = { displayName: 'x'.repeat(1024 * 1024 + 1) };
    for (const [locale, detail] of [
      ['en', 'The request is too large: at most 1 MB is accepted.'],
      ['ru', 'Запрос слишком большой: принимается не более 1 МБ.'],
      ['zh', '请求过大：最多接受 1 MB。'],
    ] as const) {
      const res = await t.call('PATCH', '/api/v1/me', { as: owner.admin, locale, body });
      expectProblem(res, 413);
      expect(res.json()).toMatchObject({ code: 'payload_too_large', status: 413, detail });
    }
  });
});
