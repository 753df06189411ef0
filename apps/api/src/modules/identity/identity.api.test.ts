import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Factories, factories } from '../../../test/factories.js';
import { createTestApp, PASSWORD, type Session, type TestApp, tokenFromLink } from '../../../test/test-app.js';
import { DAY, MINUTE } from '../../lib/clock.js';

// Sign-up and e-mail confirmation are the subject of the first tests, through HTTP; the others make
// their accounts with the factories, each test its own.
let t: TestApp;
let f: Factories;
beforeAll(async () => {
  t = await createTestApp();
  f = factories(t);
});

/** A confirmed account, not signed in: the test signs in through HTTP when that is what it tests. */
const account = (options: Parameters<Factories['user']>[0] = {}) => f.user({ ...options, signedIn: false });
afterAll(() => t.close());

describe('POST /api/v1/auth/signup', () => {
  it('sends a confirmation link in the chosen language and lets the user in only after it is followed', async () => {
    const res = await t.call('POST', '/api/v1/auth/signup', {
      body: { email: 'Olga@Example.RU', password: PASSWORD, displayName: 'Ольга', locale: 'ru' },
    });
    expect(res.statusCode).toBe(202);
    await t.runJobs();
    const [mail] = t.mail.to('olga@example.ru');
    expect(mail?.subject).toBe('Подтвердите адрес электронной почты');
    expect(mail?.text).toContain('Здравствуйте, Ольга!');

    const early = await t.call('POST', '/api/v1/auth/login', {
      body: { email: 'olga@example.ru', password: PASSWORD },
    });
    expect(early.statusCode).toBe(403);
    expect(early.json().code).toBe('email_not_confirmed');

    const token = tokenFromLink(mail, '/confirm-email');
    expect((await t.call('POST', '/api/v1/auth/confirm-email', { body: { token } })).statusCode).toBe(200);
    const again = await t.call('POST', '/api/v1/auth/confirm-email', { body: { token } });
    expect(again.statusCode).toBe(400);
    expect(again.json().code).toBe('token_invalid');

    const login = await t.call('POST', '/api/v1/auth/login', {
      body: { email: 'olga@example.ru', password: PASSWORD },
    });
    expect(login.statusCode).toBe(200);
    expect(login.json()).toMatchObject({
      email: 'olga@example.ru',
      displayName: 'Ольга',
      locale: 'ru',
      emailConfirmed: true,
    });
    const cookie = login.headers['set-cookie'] as string;
    expect(cookie).toMatch(/ib_session=[^;]+;.*HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
  });

  it('answers the same for a registered e-mail, and tells its owner by mail instead', async () => {
    await t.signUp('taken@example.com');
    t.mail.clear();
    const res = await t.call('POST', '/api/v1/auth/signup', {
      body: { email: 'taken@example.com', password: 'another long password', displayName: 'Someone' },
    });
    expect(res.statusCode).toBe(202);
    expect(res.json()).toEqual({ status: 'confirmation_sent' });
    await t.runJobs();
    expect(t.mail.to('taken@example.com').map((m) => m.subject)).toEqual(['You already have an Innobridge account']);

    // Signing up again and again with it answers the same, and mails its owner three times an hour at most.
    for (let i = 0; i < 4; i++) {
      const again = await t.call('POST', '/api/v1/auth/signup', {
        body: { email: 'taken@example.com', password: 'another long password', displayName: 'Someone' },
      });
      expect(again.statusCode).toBe(202);
    }
    await t.runJobs();
    expect(t.mail.to('taken@example.com')).toHaveLength(3);
  });

  it('refuses a short or very common password with a localised field error and stores nothing', async () => {
    const short = await t.call('POST', '/api/v1/auth/signup', {
      locale: 'zh-CN',
      body: { email: 'short@example.com', password: 'abc', displayName: 'Short' },
    });
    expect(short.statusCode).toBe(422);
    expect(short.headers['content-type']).toContain('application/problem+json');
    expect(short.json()).toMatchObject({
      code: 'password_too_short',
      errors: [{ path: 'password', message: '密码长度至少为 10 个字符。' }],
    });

    const common = await t.call('POST', '/api/v1/auth/signup', {
      body: { email: 'common@example.com', password: 'password123', displayName: 'C' },
    });
    expect(common.statusCode).toBe(422);
    expect(common.json().code).toBe('password_too_common');

    const rows = await t.database.query(
      `select count(*)::int as n from users where email in ('short@example.com','common@example.com')`,
    );
    expect(rows.rows[0]?.n).toBe(0);
  });

  it('names each invalid field in the caller language', async () => {
    const res = await t.call('POST', '/api/v1/auth/signup', {
      locale: 'ru',
      body: { email: 'not-an-email', password: PASSWORD },
    });
    expect(res.statusCode).toBe(422);
    const body = res.json();
    expect(body.code).toBe('validation_failed');
    expect(body.errors).toEqual(
      expect.arrayContaining([
        { path: 'email', code: 'invalid_email', message: 'Это не похоже на адрес электронной почты.' },
        { path: 'displayName', code: 'required', message: 'Обязательное поле.' },
      ]),
    );
  });

  it('answers malformed JSON with a 400 problem, not a 500', async () => {
    const res = await t.call('POST', '/api/v1/auth/signup', {
      payload: '{"email":',
      headers: { 'content-type': 'application/json' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('bad_request');
  });
});

describe('POST /api/v1/auth/login', () => {
  it('gives the same answer for an unknown e-mail and a wrong password', async () => {
    await account({ email: 'known@example.com' });
    const unknown = await t.call('POST', '/api/v1/auth/login', {
      body: { email: 'nobody@example.com', password: PASSWORD },
    });
    const wrong = await t.call('POST', '/api/v1/auth/login', {
      body: { email: 'known@example.com', password: 'wrong password!' },
    });
    expect(unknown.statusCode).toBe(401);
    expect(wrong.statusCode).toBe(401);
    expect(unknown.json().detail).toBe(wrong.json().detail);
    expect(unknown.json().code).toBe('invalid_credentials');
  });

  it('locks an account after five failures for the rest of the window, even with the right password, then lets it in again', async () => {
    await account({ email: 'locked@example.com' });
    for (let i = 0; i < 5; i++) {
      const res = await t.call('POST', '/api/v1/auth/login', {
        body: { email: 'locked@example.com', password: `wrong ${i} password` },
      });
      expect(res.statusCode).toBe(401);
    }
    const locked = await t.call('POST', '/api/v1/auth/login', {
      locale: 'en',
      body: { email: 'locked@example.com', password: PASSWORD },
    });
    expect(locked.statusCode).toBe(429);
    expect(locked.json().code).toBe('account_locked');
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);

    t.clock.advance(16 * MINUTE);
    const after = await t.call('POST', '/api/v1/auth/login', {
      body: { email: 'locked@example.com', password: PASSWORD },
    });
    expect(after.statusCode).toBe(200);
  });

  it('limits failures per address across accounts', async () => {
    const known = await account();
    const from = { remoteAddress: '203.0.113.9' };
    for (let i = 0; i < 20; i++) {
      const res = await t.call('POST', '/api/v1/auth/login', {
        ...from,
        body: { email: `spray${i}@example.com`, password: 'whatever password' },
      });
      expect(res.statusCode).toBe(401);
    }
    const blocked = await t.call('POST', '/api/v1/auth/login', {
      ...from,
      body: { email: known.email, password: PASSWORD },
    });
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().code).toBe('rate_limited');
    const elsewhere = await t.call('POST', '/api/v1/auth/login', {
      body: { email: known.email, password: PASSWORD },
    });
    expect(elsewhere.statusCode).toBe(200);
  });
});

describe('sessions', () => {
  it('signs out, and a signed-out cookie no longer works', async () => {
    const known = await account();
    const s = await t.signIn(known.email);
    expect((await t.call('GET', '/api/v1/me', { as: s })).statusCode).toBe(200);
    expect((await t.call('POST', '/api/v1/auth/logout', { as: s })).statusCode).toBe(204);
    const after = await t.call('GET', '/api/v1/me', { as: s });
    expect(after.statusCode).toBe(401);
    expect(after.json().code).toBe('unauthenticated');
  });

  it('lists my sessions and revokes another one', async () => {
    const known = await account();
    const a = await t.signIn(known.email);
    const b = await t.signIn(known.email);
    const list = await t.call('GET', '/api/v1/me/sessions', { as: a });
    const items = list.json().items as { id: string; current: boolean }[];
    expect(items.filter((s) => s.current)).toHaveLength(1);
    const other = items.find((s) => !s.current);
    expect(other).toBeDefined();
    expect((await t.call('DELETE', `/api/v1/me/sessions/${other?.id}`, { as: a })).statusCode).toBe(204);
    const stillA = await t.call('GET', '/api/v1/me', { as: a });
    expect(stillA.statusCode).toBe(200);
    // b is one of the revoked ones unless a's list picked an older session; check it explicitly
    const bList = await t.call('GET', '/api/v1/me/sessions', { as: a });
    expect((bList.json().items as { id: string }[]).some((s) => s.id === other?.id)).toBe(false);
    expect((await t.call('DELETE', `/api/v1/me/sessions/${other?.id}`, { as: a })).statusCode).toBe(404);
    void b;
  });

  it('expires a session after its lifetime', async () => {
    const known = await account();
    const s = await t.signIn(known.email);
    t.clock.advance(31 * 24 * 60 * MINUTE);
    expect((await t.call('GET', '/api/v1/me', { as: s })).statusCode).toBe(401);
  });

  it('refuses an unsafe cookie request from another origin or with no origin at all', async () => {
    const known = await account({ displayName: 'known' });
    const s = await t.signIn(known.email);
    const foreign = await t.call('PATCH', '/api/v1/me', {
      as: s,
      headers: { origin: 'https://evil.example' },
      body: { displayName: 'x' },
    });
    expect(foreign.statusCode).toBe(403);
    expect(foreign.json().code).toBe('csrf_failed');
    const none = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/me',
      headers: { cookie: `ib_session=${s.cookie}` },
      payload: { displayName: 'x' },
    });
    expect(none.statusCode).toBe(403);
    const me = await t.call('GET', '/api/v1/me', { as: s });
    expect(me.json().displayName).toBe('known');
  });
});

describe('passwords', () => {
  it('changes the password, revokes the other sessions and keeps this one', async () => {
    const email = 'changer@example.com';
    const here = await f.user({ email });
    const there = await t.signIn(email);
    const wrong = await t.call('POST', '/api/v1/me/password', {
      as: here,
      body: { currentPassword: 'not it at all', newPassword: 'a brand new passphrase' },
    });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json().errors[0].path).toBe('currentPassword');

    const res = await t.call('POST', '/api/v1/me/password', {
      as: here,
      body: { currentPassword: PASSWORD, newPassword: 'a brand new passphrase' },
    });
    expect(res.statusCode).toBe(204);
    expect((await t.call('GET', '/api/v1/me', { as: here })).statusCode).toBe(200);
    expect((await t.call('GET', '/api/v1/me', { as: there })).statusCode).toBe(401);
    expect((await t.call('POST', '/api/v1/auth/login', { body: { email, password: PASSWORD } })).statusCode).toBe(401);
    expect(
      (await t.call('POST', '/api/v1/auth/login', { body: { email, password: 'a brand new passphrase' } })).statusCode,
    ).toBe(200);
    await t.runJobs();
    expect(t.mail.to(email).at(-1)?.subject).toBe('Your password was changed');
  });

  it('resets a forgotten password once, within the hour, and signs out every session', async () => {
    const email = 'forgetful@example.com';
    const session = await f.user({ email });
    t.mail.clear();
    expect((await t.call('POST', '/api/v1/auth/password-reset/request', { body: { email } })).statusCode).toBe(202);
    expect(
      (await t.call('POST', '/api/v1/auth/password-reset/request', { body: { email: 'ghost@example.com' } }))
        .statusCode,
    ).toBe(202);
    await t.runJobs();
    expect(t.mail.to('ghost@example.com')).toHaveLength(0);
    const token = tokenFromLink(t.mail.to(email).at(-1), '/reset-password');

    const res = await t.call('POST', '/api/v1/auth/password-reset/confirm', {
      body: { token, password: 'reset passphrase 2026' },
    });
    expect(res.statusCode).toBe(204);
    expect((await t.call('GET', '/api/v1/me', { as: session })).statusCode).toBe(401);
    const reuse = await t.call('POST', '/api/v1/auth/password-reset/confirm', {
      body: { token, password: 'another passphrase 2026' },
    });
    expect(reuse.statusCode).toBe(400);
    expect(reuse.json().code).toBe('token_invalid');
    expect(
      (await t.call('POST', '/api/v1/auth/login', { body: { email, password: 'reset passphrase 2026' } })).statusCode,
    ).toBe(200);
  });

  it('refuses an expired reset link and leaves the password unchanged', async () => {
    const email = 'late@example.com';
    await account({ email });
    await t.call('POST', '/api/v1/auth/password-reset/request', { body: { email } });
    await t.runJobs();
    const token = tokenFromLink(t.mail.to(email).at(-1), '/reset-password');
    t.clock.advance(61 * MINUTE);
    const res = await t.call('POST', '/api/v1/auth/password-reset/confirm', {
      body: { token, password: 'too late passphrase' },
    });
    expect(res.statusCode).toBe(400);
    expect((await t.call('POST', '/api/v1/auth/login', { body: { email, password: PASSWORD } })).statusCode).toBe(200);
  });
});

describe('POST /api/v1/auth/password-reset/request', () => {
  const request = (email: string, remoteAddress: string) =>
    t.call('POST', '/api/v1/auth/password-reset/request', { remoteAddress, body: { email } });

  it('sends one person at most three links an hour, however many addresses ask, and answers every request the same', async () => {
    const email = 'flooded@example.com';
    await account({ email });
    t.mail.clear();
    const answers = await Promise.all(Array.from({ length: 30 }, (_, i) => request(email, `198.18.0.${i + 1}`)));
    const ghosts = await Promise.all(
      Array.from({ length: 30 }, (_, i) => request('ghost-flood@example.com', `198.18.1.${i + 1}`)),
    );
    for (const res of [...answers, ...ghosts]) {
      expect(res.statusCode).toBe(202);
      expect(res.json()).toEqual({ status: 'sent_if_registered' });
    }
    await t.runJobs();
    expect(t.mail.to(email)).toHaveLength(3);
    expect(t.mail.to('ghost-flood@example.com')).toHaveLength(0);

    t.clock.advance(61 * MINUTE);
    await request(email, '198.18.0.1');
    await t.runJobs();
    expect(t.mail.to(email)).toHaveLength(4);
  });

  it('refuses a twenty-first request an hour from one address, whatever the e-mail', async () => {
    for (let i = 0; i < 20; i++) {
      expect((await request(`someone${i}@example.com`, '198.18.2.1')).statusCode).toBe(202);
    }
    const refused = await request('flooded@example.com', '198.18.2.1');
    expect(refused.statusCode).toBe(429);
    expect(refused.json().code).toBe('rate_limited');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    await t.runJobs();
    expect(t.mail.to('flooded@example.com')).toHaveLength(4);
  });
});

describe('personal API tokens', () => {
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
  const create = (as: Session, body: Record<string, unknown>) => t.call('POST', '/api/v1/me/api-tokens', { as, body });

  it('shows the secret once, authenticates with it without CSRF checks, and stops working when revoked', async () => {
    const s = await f.user({ email: 'scripter@example.com' });
    const created = await create(s, { name: 'CRM sync', scopes: ['read', 'write:notifications'] });
    expect(created.statusCode).toBe(201);
    const { token, id } = created.json();
    expect(token).toMatch(/^ib_/);
    const list = await t.call('GET', '/api/v1/me/api-tokens', { as: s });
    expect(list.json().items).toEqual([
      expect.objectContaining({
        id,
        name: 'CRM sync',
        prefix: token.slice(0, 10),
        scopes: ['read', 'write:notifications'],
        // 90 days unless asked otherwise
        expiresAt: new Date(t.clock.now().getTime() + 90 * DAY).toISOString(),
      }),
    ]);
    expect(JSON.stringify(list.json())).not.toContain(token);
    const stored = await t.database.query('select token_hash from api_tokens where id = $1', [id]);
    expect(stored.rows[0]?.token_hash).not.toBe(token);

    const viaToken = await t.app.inject({
      method: 'POST',
      url: '/api/v1/me/notifications/read',
      headers: bearer(token),
      payload: {},
    });
    expect(viaToken.statusCode).toBe(204);

    expect((await t.call('DELETE', `/api/v1/me/api-tokens/${id}`, { as: s })).statusCode).toBe(204);
    const after = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: bearer(token) });
    expect(after.statusCode).toBe(401);
  });

  it('lets a read-only token make no change anywhere, and says which scope is missing', async () => {
    const s = await f.user({ email: 'reader@example.com' });
    const { token } = (await create(s, { name: 'reader', scopes: ['read'] })).json();
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: bearer(token) })).statusCode).toBe(200);
    const unsafe: [string, string, object][] = [
      ['POST', '/api/v1/organizations', { type: 'company' }],
      ['POST', '/api/v1/opportunities', {}],
      ['POST', '/api/v1/me/notifications/read', {}],
      ['PATCH', `/api/v1/organizations/${s.userId}`, {}],
      ['POST', `/api/v1/organizations/${s.userId}/applications`, {}],
    ];
    for (const [method, url, payload] of unsafe) {
      const res = await t.app.inject({
        method: method as 'POST',
        url,
        headers: { ...bearer(token), 'accept-language': 'ru' },
        payload,
      });
      expect(res.statusCode, `${method} ${url}`).toBe(403);
      expect(res.json().code).toBe('token_scope_missing');
      expect(res.json().detail).toContain('write:');
    }
    const writer = (await create(s, { name: 'writer', scopes: ['write:exchange'] })).json().token;
    const read = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: bearer(writer) });
    expect(read.statusCode).toBe(403);
    expect(read.json()).toMatchObject({ code: 'token_scope_missing', detail: expect.stringContaining('“read”') });
  });

  it('never changes the account, makes tokens or administers with a token, whatever its scopes', async () => {
    const s = await f.user({ email: 'all-scopes@example.com' });
    const scopes = ['read', 'write:organizations', 'write:registry', 'write:exchange', 'write:notifications'];
    const { token } = (await create(s, { name: 'all', scopes })).json();
    const refused: [string, string, object | undefined][] = [
      ['PATCH', '/api/v1/me', { displayName: 'Bot' }],
      ['POST', '/api/v1/me/api-tokens', { name: 'child', scopes: ['read'] }],
      ['POST', '/api/v1/me/password', { currentPassword: PASSWORD, newPassword: 'another long passphrase' }],
      ['GET', '/api/v1/admin/users', undefined],
      ['POST', `/api/v1/admin/users/${s.userId}/roles`, { role: 'board_member' }],
    ];
    for (const [method, url, payload] of refused) {
      const res = await t.app.inject({ method: method as 'POST', url, headers: bearer(token), payload });
      expect(res.statusCode, `${method} ${url}`).toBe(403);
      expect(res.json().code).toBe('session_required');
    }
    const { rows } = await t.database.query('select count(*)::int as n from api_tokens where user_id = $1', [s.userId]);
    expect(rows[0]?.n).toBe(1);
    expect((await t.call('GET', '/api/v1/me', { as: s })).json().displayName).toBe('all-scopes');
  });

  it('refuses a token past its expiry with 401, and a lifetime over a year', async () => {
    const s = await f.user({ email: 'short-lived@example.com' });
    const { token } = (await create(s, { name: 'week', scopes: ['read'], expiresInDays: 7 })).json();
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: bearer(token) })).statusCode).toBe(200);
    t.clock.advance(7 * DAY + MINUTE);
    const expired = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: bearer(token) });
    expect(expired.statusCode).toBe(401);
    expect(expired.json().code).toBe('api_token_expired');

    const fresh = await t.signIn('short-lived@example.com');
    const tooLong = await create(fresh, { name: 'forever', scopes: ['read'], expiresInDays: 366 });
    expect(tooLong.statusCode).toBe(422);
    expect(tooLong.json().errors[0].path).toBe('expiresInDays');
    const noScopes = await create(fresh, { name: 'none', scopes: [] });
    expect(noScopes.statusCode).toBe(422);
    const unknown = await create(fresh, { name: 'admin', scopes: ['admin'] });
    expect(unknown.statusCode).toBe(422);
  });

  it('revokes every token when the password is changed or reset', async () => {
    const email = 'rotating@example.com';
    const s = await f.user({ email });
    const first = (await create(s, { name: 'one', scopes: ['read'] })).json().token;
    const me = (token: string) => t.app.inject({ method: 'GET', url: '/api/v1/me', headers: bearer(token) });
    expect((await me(first)).statusCode).toBe(200);
    const changed = await t.call('POST', '/api/v1/me/password', {
      as: s,
      body: { currentPassword: PASSWORD, newPassword: 'a rotated passphrase 1' },
    });
    expect(changed.statusCode).toBe(204);
    expect((await me(first)).statusCode).toBe(401);

    const second = (await create(s, { name: 'two', scopes: ['read'] })).json().token;
    expect((await me(second)).statusCode).toBe(200);
    await t.call('POST', '/api/v1/auth/password-reset/request', { body: { email } });
    await t.runJobs();
    const token = tokenFromLink(t.mail.to(email).at(-1), '/reset-password');
    const reset = await t.call('POST', '/api/v1/auth/password-reset/confirm', {
      body: { token, password: 'a rotated passphrase 2' },
    });
    expect(reset.statusCode).toBe(204);
    expect((await me(second)).statusCode).toBe(401);
    expect(
      (await t.call('GET', '/api/v1/me/api-tokens', { as: await t.signIn(email, 'a rotated passphrase 2') })).json()
        .items,
    ).toEqual([]);
  });
});
