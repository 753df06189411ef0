import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Factories, factories } from '../../../test/factories.js';
import { createTestApp, PASSWORD, type Session, type TestApp, tokenFromLink } from '../../../test/test-app.js';
import { MINUTE } from '../../lib/clock.js';
import { provisionUser, totpCodeAt } from './index.js';

// Turning two-factor sign-in on is tested through HTTP below; the other tests make their accounts,
// with it on where they need it, with the factories.
let t: TestApp;
let f: Factories;
beforeAll(async () => {
  t = await createTestApp();
  f = factories(t);
});

/** A signed-in account with two-factor sign-in on: its session, authenticator secret and recovery codes. */
async function withTwoFactor(email: string) {
  const user = await f.user({ email, twoFactor: true });
  return { ...user, ...(user.twoFactor as NonNullable<typeof user.twoFactor>) };
}
afterAll(() => t.close());

/** The code an authenticator app shows `steps` periods of 30 seconds from now. */
const codeAt = (secret: string, steps = 0) => totpCodeAt(secret, new Date(t.clock.now().getTime() + steps * 30_000));

const login = (email: string, password = PASSWORD) =>
  t.call('POST', '/api/v1/auth/login', { body: { email, password } });
const answer = (challengeToken: string, code: string, locale?: string) =>
  t.call('POST', '/api/v1/auth/login/two-factor', { body: { challengeToken, code }, locale });
const me = (as: Session) => t.call('GET', '/api/v1/me', { as });

async function auditActions(userId: string): Promise<string[]> {
  const { rows } = await t.database.query(
    'select action from audit_log where actor_user_id = $1::uuid or subject_id = $1::text order by seq',
    [userId],
  );
  return rows.map((r) => String(r.action));
}

describe('turning two-factor sign-in on', () => {
  it('needs the password, then a code from the app; it returns ten recovery codes and signs other sessions out', async () => {
    const session = await f.user({ email: 'totp-on@example.com' });
    const otherSession = await t.signIn('totp-on@example.com');

    const wrong = await t.call('POST', '/api/v1/me/two-factor/setup', {
      as: session,
      body: { password: 'not my password' },
    });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json().code).toBe('wrong_password');

    const setup = await t.call('POST', '/api/v1/me/two-factor/setup', { as: session, body: { password: PASSWORD } });
    expect(setup.statusCode).toBe(200);
    const { secret, otpauthUri } = setup.json();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(otpauthUri).toContain(`secret=${secret}`);
    expect(otpauthUri).toContain('issuer=Innobridge');
    expect(decodeURIComponent(otpauthUri)).toContain('totp-on@example.com');

    const bad = await t.call('POST', '/api/v1/me/two-factor/enable', { as: session, body: { code: '000000' } });
    expect(bad.statusCode).toBe(422);
    expect(bad.json()).toMatchObject({ code: 'two_factor_code_invalid', errors: [{ path: 'code' }] });
    expect((await me(session)).json().twoFactor).toEqual({ enabled: false, required: false, recoveryCodesLeft: 0 });

    const enable = await t.call('POST', '/api/v1/me/two-factor/enable', {
      as: session,
      body: { code: codeAt(secret) },
    });
    expect(enable.statusCode).toBe(200);
    const codes: string[] = enable.json().recoveryCodes;
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}$/);

    expect((await me(session)).json().twoFactor).toEqual({ enabled: true, required: false, recoveryCodesLeft: 10 });
    expect((await me(otherSession)).statusCode).toBe(401);
    expect(await auditActions(session.userId)).toContain('user.two_factor_enabled');
    await t.runJobs();
    expect(t.mail.to('totp-on@example.com').at(-1)?.subject).toBe('Two-factor sign-in is on');

    const again = await t.call('POST', '/api/v1/me/two-factor/setup', { as: session, body: { password: PASSWORD } });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('two_factor_already_enabled');
  });

  it('refuses to turn on without a setup started first', async () => {
    const session = await f.user({ email: 'totp-nosetup@example.com' });
    const res = await t.call('POST', '/api/v1/me/two-factor/enable', { as: session, body: { code: '123456' } });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('two_factor_setup_not_started');
  });

  it('is changed only in a signed-in session, and revokes the API tokens made before it', async () => {
    const session = await f.user({ email: 'totp-token@example.com' });
    const created = await t.call('POST', '/api/v1/me/api-tokens', {
      as: session,
      body: { name: 'script', scopes: ['read', 'write:organizations'] },
    });
    const token = { token: created.json().token as string, userId: session.userId, email: session.email };
    const byToken = await t.call('POST', '/api/v1/me/two-factor/setup', { as: token, body: { password: PASSWORD } });
    expect(byToken.statusCode).toBe(403);
    expect(byToken.json().code).toBe('session_required');

    await t.enableTwoFactor(session);
    expect((await me(token)).statusCode).toBe(401);
    expect((await me(session)).statusCode).toBe(200);
  });

  it('refuses a code for a setup that was started again meanwhile', async () => {
    const session = await f.user({ email: 'totp-restart@example.com' });
    const first = (
      await t.call('POST', '/api/v1/me/two-factor/setup', { as: session, body: { password: PASSWORD } })
    ).json();
    await t.call('POST', '/api/v1/me/two-factor/setup', { as: session, body: { password: PASSWORD } });
    const stale = await t.call('POST', '/api/v1/me/two-factor/enable', {
      as: session,
      body: { code: codeAt(first.secret) },
    });
    expect(stale.statusCode).toBe(422);
    expect(stale.json().code).toBe('two_factor_code_invalid');
    expect((await me(session)).json().twoFactor.enabled).toBe(false);
  });
});

describe('POST /api/v1/auth/login/two-factor', () => {
  let secret: string;
  let recoveryCodes: string[];
  beforeAll(async () => {
    ({ secret, recoveryCodes } = await withTwoFactor('totp-in@example.com'));
  });

  it('asks for a code after the password, without a session, and opens one for the right code', async () => {
    const first = await login('totp-in@example.com');
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ twoFactorRequired: true, challengeToken: expect.any(String) });
    expect(first.cookies.find((c) => c.name === 'ib_session')).toBeUndefined();

    const done = await answer(first.json().challengeToken, codeAt(secret, 1));
    expect(done.statusCode).toBe(200);
    expect(done.json().email).toBe('totp-in@example.com');
    const cookie = done.cookies.find((c) => c.name === 'ib_session')?.value;
    expect((await me({ cookie, userId: done.json().id, email: 'totp-in@example.com' })).statusCode).toBe(200);
  });

  it('does not take the same code twice, nor answer a challenge twice', async () => {
    t.clock.advance(60_000);
    const code = codeAt(secret);
    const challenge = (await login('totp-in@example.com')).json().challengeToken;
    expect((await answer(challenge, code)).statusCode).toBe(200);

    const replayed = await answer((await login('totp-in@example.com')).json().challengeToken, code);
    expect(replayed.statusCode).toBe(422);
    expect(replayed.json().code).toBe('two_factor_code_invalid');

    const answeredAgain = await answer(challenge, codeAt(secret, 1));
    expect(answeredAgain.statusCode).toBe(401);
    expect(answeredAgain.json().code).toBe('sign_in_challenge_invalid');
  });

  it('takes each recovery code once, in any case and with spaces', async () => {
    const [code] = recoveryCodes.splice(0, 1) as [string];
    const typed = ` ${code.toUpperCase().replace('-', ' ')} `;
    const done = await answer((await login('totp-in@example.com')).json().challengeToken, typed);
    expect(done.statusCode).toBe(200);
    const cookie = done.cookies.find((c) => c.name === 'ib_session')?.value;
    const session = { cookie, userId: done.json().id, email: 'totp-in@example.com' };
    expect((await me(session)).json().twoFactor.recoveryCodesLeft).toBe(9);

    const reused = await answer((await login('totp-in@example.com')).json().challengeToken, code);
    expect(reused.statusCode).toBe(422);
    expect(reused.json().code).toBe('two_factor_code_invalid');
    const { rows } = await t.database.query(
      `select summary->>'secondFactor' as factor from audit_log where action = 'session.created' and actor_user_id = $1 order by seq desc limit 1`,
      [session.userId],
    );
    expect(rows[0]?.factor).toBe('recovery_code');
  });

  it('gives no challenge for a wrong password', async () => {
    const wrong = await login('totp-in@example.com', 'not my password');
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().code).toBe('invalid_credentials');
    expect(wrong.json().challengeToken).toBeUndefined();
  });

  it('opens one session for two simultaneous answers, an app code and a recovery code', async () => {
    t.clock.advance(60_000);
    const challenge = (await login('totp-in@example.com')).json().challengeToken;
    const [code] = recoveryCodes.splice(0, 1) as [string];
    const results = await Promise.all([answer(challenge, codeAt(secret)), answer(challenge, code)]);
    expect(results.filter((r) => r.statusCode === 200)).toHaveLength(1);
    expect(results.filter((r) => r.cookies.some((c) => c.name === 'ib_session'))).toHaveLength(1);
  });

  it('lets one of two simultaneous answers with the same code through', async () => {
    t.clock.advance(60_000);
    const challenge = (await login('totp-in@example.com')).json().challengeToken;
    const code = codeAt(secret);
    const results = await Promise.all([answer(challenge, code), answer(challenge, code)]);
    const statuses = results.map((r) => r.statusCode).sort();
    expect(statuses[0]).toBe(200);
    expect(statuses[1]).toBeGreaterThanOrEqual(400);
    expect(results.filter((r) => r.cookies.some((c) => c.name === 'ib_session'))).toHaveLength(1);
  });

  it('expires a challenge after five minutes', async () => {
    const challenge = (await login('totp-in@example.com')).json().challengeToken;
    t.clock.advance(5 * MINUTE + 1000);
    const late = await answer(challenge, codeAt(secret), 'ru');
    expect(late.statusCode).toBe(401);
    expect(late.json().code).toBe('sign_in_challenge_invalid');
    expect(late.json().detail).toContain('Срок этого входа истёк');
  });

  it('counts wrong codes as failed sign-ins: past the limit even the right code waits', async () => {
    const { secret: own } = await withTwoFactor('totp-guess@example.com');
    t.clock.advance(60_000);
    for (let i = 0; i < 5; i++) {
      const challenge = (await login('totp-guess@example.com')).json().challengeToken;
      const wrong = await answer(challenge, String(100_000 + i), 'zh');
      expect(wrong.statusCode).toBe(422);
      expect(wrong.json().detail).toContain('验证码错误');
    }
    const locked = await login('totp-guess@example.com');
    expect(locked.statusCode).toBe(429);
    expect(locked.json().code).toBe('account_locked');

    t.clock.advance(16 * MINUTE);
    const challenge = (await login('totp-guess@example.com')).json().challengeToken;
    expect((await answer(challenge, codeAt(own))).statusCode).toBe(200);
  });

  it('voids the challenges of the old password when it is reset, and still asks for a code', async () => {
    const { secret: own } = await withTwoFactor('totp-reset@example.com');
    t.clock.advance(60_000);
    const before = (await login('totp-reset@example.com')).json().challengeToken;
    await t.call('POST', '/api/v1/auth/password-reset/request', { body: { email: 'totp-reset@example.com' } });
    await t.runJobs();
    const token = tokenFromLink(t.mail.to('totp-reset@example.com').at(-1), '/reset-password');
    const newPassword = 'a brand new passphrase 9';
    expect(
      (await t.call('POST', '/api/v1/auth/password-reset/confirm', { body: { token, password: newPassword } }))
        .statusCode,
    ).toBe(204);

    const stale = await answer(before, codeAt(own));
    expect(stale.statusCode).toBe(401);
    expect(stale.json().code).toBe('sign_in_challenge_invalid');
    const after = await login('totp-reset@example.com', newPassword);
    expect(after.json().twoFactorRequired).toBe(true);
    expect((await answer(after.json().challengeToken, codeAt(own, 1))).statusCode).toBe(200);
  });

  it('voids a challenge after five wrong codes', async () => {
    const { secret: own } = await withTwoFactor('totp-void@example.com');
    t.clock.advance(60_000);
    const challenge = (await login('totp-void@example.com')).json().challengeToken;
    for (let i = 0; i < 4; i++) expect((await answer(challenge, String(200_000 + i))).statusCode).toBe(422);
    expect((await answer(challenge, '299999')).statusCode).toBe(422);
    const after = await answer(challenge, codeAt(own));
    expect(after.statusCode).toBe(401);
    expect(after.json().code).toBe('sign_in_challenge_invalid');
  });
});

describe('turning two-factor sign-in off and replacing recovery codes', () => {
  it('needs the password and a code; afterwards the password alone signs in', async () => {
    const session = await f.user({ email: 'totp-off@example.com' });
    const { secret } = await t.enableTwoFactor(session);

    const wrongCode = await t.call('POST', '/api/v1/me/two-factor/disable', {
      as: session,
      body: { password: PASSWORD, code: '000000' },
    });
    expect(wrongCode.statusCode).toBe(422);
    expect((await me(session)).json().twoFactor.enabled).toBe(true);

    const wrongPassword = await t.call('POST', '/api/v1/me/two-factor/disable', {
      as: session,
      body: { password: 'not my password', code: codeAt(secret, 1) },
    });
    expect(wrongPassword.statusCode).toBe(422);
    expect(wrongPassword.json().code).toBe('wrong_password');

    const off = await t.call('POST', '/api/v1/me/two-factor/disable', {
      as: session,
      body: { password: PASSWORD, code: codeAt(secret, 1) },
    });
    expect(off.statusCode).toBe(204);
    expect((await me(session)).json().twoFactor).toEqual({ enabled: false, required: false, recoveryCodesLeft: 0 });
    const plain = await login('totp-off@example.com');
    expect(plain.json().twoFactorRequired).toBeUndefined();
    expect(plain.cookies.some((c) => c.name === 'ib_session')).toBe(true);
    expect(await auditActions(session.userId)).toContain('user.two_factor_disabled');
    await t.runJobs();
    expect(t.mail.to('totp-off@example.com').at(-1)?.subject).toBe('Two-factor sign-in is off');
  });

  it('replaces the recovery codes only for a code from the app; the old ones stop working', async () => {
    const session = await f.user({ email: 'totp-codes@example.com' });
    const { secret, recoveryCodes } = await t.enableTwoFactor(session);

    const byRecovery = await t.call('POST', '/api/v1/me/two-factor/recovery-codes', {
      as: session,
      body: { code: recoveryCodes[0] },
    });
    expect(byRecovery.statusCode).toBe(422);

    const fresh = await t.call('POST', '/api/v1/me/two-factor/recovery-codes', {
      as: session,
      body: { code: codeAt(secret, 1) },
    });
    expect(fresh.statusCode).toBe(200);
    await t.runJobs();
    expect(t.mail.to('totp-codes@example.com').at(-1)?.subject).toBe('Your recovery codes were replaced');
    const replaced: string[] = fresh.json().recoveryCodes;
    expect(replaced).toHaveLength(10);
    expect(replaced).not.toContain(recoveryCodes[0]);

    const old = await answer((await login('totp-codes@example.com')).json().challengeToken, recoveryCodes[1] as string);
    expect(old.statusCode).toBe(422);
    const current = await answer((await login('totp-codes@example.com')).json().challengeToken, replaced[0] as string);
    expect(current.statusCode).toBe(200);
  });
});

describe('guessing codes in a signed-in session', () => {
  it('counts wrong codes as failed sign-ins of the account, so that the account locks as it would at sign-in', async () => {
    const session = await f.user({ email: 'totp-session-guess@example.com' });
    await t.enableTwoFactor(session);
    for (let i = 0; i < 5; i++) {
      const wrong = await t.call('POST', '/api/v1/me/two-factor/recovery-codes', {
        as: session,
        body: { code: String(300_000 + i) },
      });
      expect(wrong.statusCode).toBe(422);
    }
    const locked = await t.call('POST', '/api/v1/me/two-factor/disable', {
      as: session,
      body: { password: PASSWORD, code: '000000' },
    });
    expect(locked.statusCode).toBe(429);
    expect(locked.json().code).toBe('account_locked');
    expect((await login('totp-session-guess@example.com')).statusCode).toBe(429);
    t.clock.advance(16 * MINUTE);
  });
});

describe('admins must use two-factor sign-in', () => {
  it('keeps the admin role inactive until it is on, and refuses turning it off', async () => {
    await provisionUser(t.ctx, {
      email: 'new-admin@example.com',
      password: PASSWORD,
      displayName: 'New admin',
      locale: 'en',
      roles: [{ role: 'admin' }],
    });
    const session = await t.signIn('new-admin@example.com');
    expect((await me(session)).json().twoFactor).toEqual({ enabled: false, required: true, recoveryCodesLeft: 0 });

    const before = await t.call('GET', '/api/v1/admin/users', { as: session, locale: 'ru' });
    expect(before.statusCode).toBe(403);
    expect(before.json().code).toBe('two_factor_setup_required');
    expect(before.json().detail).toContain('двухфакторный вход');
    const audit = await t.call('GET', '/api/v1/admin/audit', { as: session });
    expect(audit.json().code).toBe('two_factor_setup_required');

    const { secret } = await t.enableTwoFactor(session);
    expect((await me(session)).json().twoFactor).toEqual({ enabled: true, required: false, recoveryCodesLeft: 10 });
    expect((await t.call('GET', '/api/v1/admin/users', { as: session })).statusCode).toBe(200);

    const off = await t.call('POST', '/api/v1/me/two-factor/disable', {
      as: session,
      body: { password: PASSWORD, code: codeAt(secret, 1) },
    });
    expect(off.statusCode).toBe(403);
    expect(off.json().code).toBe('two_factor_required_for_role');
    expect((await me(session)).json().twoFactor.enabled).toBe(true);
  });
});

describe('DELETE /api/v1/admin/users/:id/two-factor', () => {
  it('lets an admin turn off the two-factor sign-in of someone who lost the app and the codes, and tells them', async () => {
    const admin = await f.admin({ email: 'reset-admin@example.com' });
    const person = await f.user({ email: 'lost-phone@example.com', locale: 'zh' });
    await t.enableTwoFactor(person);
    const listed = await t.call('GET', '/api/v1/admin/users?q=lost-phone', { as: admin });
    expect(listed.json().items[0]).toMatchObject({ email: 'lost-phone@example.com', twoFactorEnabled: true });

    const byPerson = await t.call('DELETE', `/api/v1/admin/users/${person.userId}/two-factor`, { as: person });
    expect(byPerson.statusCode).toBe(403);
    expect(byPerson.json().code).toBe('admin_required');

    const token = (
      await t.call('POST', '/api/v1/me/api-tokens', { as: person, body: { name: 'phone sync', scopes: ['read'] } })
    ).json().token as string;
    expect((await t.call('GET', '/api/v1/me', { as: { ...person, cookie: undefined, token } })).statusCode).toBe(200);

    const reset = await t.call('DELETE', `/api/v1/admin/users/${person.userId}/two-factor`, { as: admin });
    expect(reset.statusCode).toBe(204);
    // What was signed in with the lost factor no longer works.
    expect((await t.call('GET', '/api/v1/me', { as: person })).statusCode).toBe(401);
    expect((await t.call('GET', '/api/v1/me', { as: { ...person, cookie: undefined, token } })).statusCode).toBe(401);
    const plain = await login('lost-phone@example.com');
    expect(plain.cookies.some((c) => c.name === 'ib_session')).toBe(true);
    await t.runJobs();
    expect(t.mail.to('lost-phone@example.com').at(-1)?.subject).toBe('管理员关闭了您的两步验证登录');
    const { rows } = await t.database.query(
      `select actor_user_id from audit_log where action = 'user.two_factor_reset' and subject_id = $1::text`,
      [person.userId],
    );
    expect(rows.map((r) => r.actor_user_id)).toEqual([admin.userId]);

    const own = await t.call('DELETE', `/api/v1/admin/users/${admin.userId}/two-factor`, { as: admin });
    expect(own.statusCode).toBe(403);
    expect(own.json().code).toBe('two_factor_required_for_role');

    const again = await t.call('DELETE', `/api/v1/admin/users/${person.userId}/two-factor`, { as: admin });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('two_factor_not_enabled');
    const nobody = await t.call('DELETE', '/api/v1/admin/users/01900000-0000-7000-8000-000000000000/two-factor', {
      as: admin,
    });
    expect(nobody.statusCode).toBe(404);
  });
});

describe('sensitive changes with a fresh second factor', () => {
  const newToken = (as: Session, code?: string) =>
    t.call('POST', '/api/v1/me/api-tokens', {
      as,
      body: { name: 'export', scopes: ['read'], ...(code ? { code } : {}) },
    });

  it('makes an API token only with a code from the last 15 minutes, when two-factor sign-in is on', async () => {
    const session = await f.user({ email: 'totp-fresh@example.com' });
    const { secret } = await t.enableTwoFactor(session);
    // Turning it on proved a code just now.
    expect((await newToken(session)).statusCode).toBe(201);

    t.clock.advance(16 * MINUTE);
    const stale = await newToken(session);
    expect(stale.statusCode).toBe(403);
    expect(stale.json()).toMatchObject({ code: 'second_factor_required', errors: [{ path: 'code' }] });
    const wrong = await newToken(session, '000000');
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json().code).toBe('two_factor_code_invalid');
    const { rows } = await t.database.query('select count(*)::int as n from api_tokens where user_id = $1', [
      session.userId,
    ]);
    expect(rows[0]?.n).toBe(1);

    expect((await newToken(session, codeAt(secret))).statusCode).toBe(201);
    // The code keeps the session fresh for a while, without asking again.
    t.clock.advance(5 * MINUTE);
    expect((await newToken(session)).statusCode).toBe(201);
  });

  it('lets an admin grant a role only with a fresh second factor', async () => {
    const admin = await f.admin({ email: 'fresh-admin@example.com' });
    const first = await f.user({ email: 'granted-1@example.com' });
    const second = await f.user({ email: 'granted-2@example.com' });
    const grant = (userId: string, code?: string) =>
      t.call('POST', `/api/v1/admin/users/${userId}/roles`, {
        as: admin,
        body: { role: 'board_member', ...(code ? { code } : {}) },
      });
    expect((await grant(first.userId)).statusCode).toBe(201);

    t.clock.advance(16 * MINUTE);
    const stale = await grant(second.userId);
    expect(stale.statusCode).toBe(403);
    expect(stale.json().code).toBe('second_factor_required');
    expect((await me(second)).json().roles).toEqual([]);

    const secret = t.twoFactorSecretOf('fresh-admin@example.com') as string;
    expect((await grant(second.userId, codeAt(secret))).statusCode).toBe(201);
    expect((await me(second)).json().roles).toEqual([expect.objectContaining({ role: 'board_member' })]);
  });

  it('counts a fresh second factor from signing in with a code', async () => {
    const session = await f.user({ email: 'totp-signin-fresh@example.com' });
    const { secret } = await t.enableTwoFactor(session);
    t.clock.advance(60 * MINUTE);
    expect((await newToken(session)).statusCode).toBe(403);
    const challenge = (await login('totp-signin-fresh@example.com')).json().challengeToken;
    const signedIn = await answer(challenge, codeAt(secret));
    const cookie = signedIn.cookies.find((c) => c.name === 'ib_session')?.value;
    expect((await newToken({ cookie, userId: session.userId, email: session.email })).statusCode).toBe(201);
  });
});
