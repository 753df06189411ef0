import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, PASSWORD, type Session, type TestApp } from '../../../test/test-app.js';
import { MINUTE } from '../../lib/clock.js';
import { totpCodeAt } from './index.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const codeAt = (secret: string, steps = 0) => totpCodeAt(secret, new Date(t.clock.now().getTime() + steps * 30_000));

type Entry = { action: string; actor_user_id: string | null; subject_id: string; summary: Record<string, unknown> };

/** The audit entries about a user written after `seq`. */
async function entriesAbout(userId: string, afterSeq: number): Promise<Entry[]> {
  const { rows } = await t.database.query(
    'select action, actor_user_id, subject_id, summary from audit_log where subject_id = $1::text and seq > $2 order by seq',
    [userId, afterSeq],
  );
  return rows as Entry[];
}

async function newestSeq(): Promise<number> {
  const { rows } = await t.database.query('select coalesce(max(seq), 0)::int as seq from audit_log');
  return Number(rows[0]?.seq);
}

describe('wrong codes in the two-factor settings in the audit log', () => {
  it('records a wrong code when turning two-factor sign-in on, off and replacing recovery codes', async () => {
    const session = await t.signUp('checks-settings@example.com');
    const from = await newestSeq();
    const setup = await t.call('POST', '/api/v1/me/two-factor/setup', { as: session, body: { password: PASSWORD } });
    const secret: string = setup.json().secret;
    const badEnable = await t.call('POST', '/api/v1/me/two-factor/enable', { as: session, body: { code: '000000' } });
    expect(badEnable.json().code).toBe('two_factor_code_invalid');
    const enabled = await t.call('POST', '/api/v1/me/two-factor/enable', {
      as: session,
      body: { code: codeAt(secret) },
    });
    expect(enabled.statusCode).toBe(200);

    const badCodes = await t.call('POST', '/api/v1/me/two-factor/recovery-codes', {
      as: session,
      body: { code: '111111' },
    });
    expect(badCodes.json().code).toBe('two_factor_code_invalid');
    const badDisable = await t.call('POST', '/api/v1/me/two-factor/disable', {
      as: session,
      body: { password: PASSWORD, code: '222222' },
    });
    expect(badDisable.json().code).toBe('two_factor_code_invalid');

    const failed = (await entriesAbout(session.userId, from)).filter((e) => e.action === 'two_factor.check_failed');
    expect(failed).toEqual([
      expect.objectContaining({
        actor_user_id: session.userId,
        summary: { ip: '127.0.0.1', check: 'two_factor_enable', reason: 'second_factor' },
      }),
      expect.objectContaining({ summary: { ip: '127.0.0.1', check: 'recovery_codes', reason: 'second_factor' } }),
      expect.objectContaining({ summary: { ip: '127.0.0.1', check: 'two_factor_disable', reason: 'second_factor' } }),
    ]);
    expect(JSON.stringify(failed)).not.toMatch(/000000|111111|222222/);
  });

  it('records a wrong code given for a fresh second factor, and the lockout it reaches', async () => {
    const session = await t.signUp('checks-fresh@example.com');
    await t.enableTwoFactor(session);
    t.clock.advance(16 * MINUTE);
    const from = await newestSeq();
    for (let i = 0; i < 5; i += 1) {
      const res = await t.call('POST', '/api/v1/me/api-tokens', {
        as: session,
        body: { name: 'export', scopes: ['read'], code: `00000${i}` },
      });
      expect(res.json().code).toBe('two_factor_code_invalid');
    }
    const rows = await entriesAbout(session.userId, from);
    expect(rows.map((e) => e.action)).toEqual([...Array(5).fill('two_factor.check_failed'), 'sign_in.account_locked']);
    expect(rows[0]?.summary).toEqual({ ip: '127.0.0.1', check: 'fresh_second_factor', reason: 'second_factor' });
    expect(rows[5]).toMatchObject({ actor_user_id: null, summary: { failures: 5 } });
  });
});

describe('admins changing others’ accounts with a fresh second factor', () => {
  let admin: Session;
  let secret: string;
  beforeAll(async () => {
    admin = await t.createAdmin('checks-admin@example.com');
    secret = t.twoFactorSecretOf('checks-admin@example.com') as string;
  });

  it('revokes a platform role only with a fresh second factor', async () => {
    const person = await t.signUp('checks-revoked@example.com');
    const grant = await t.call('POST', `/api/v1/admin/users/${person.userId}/roles`, {
      as: admin,
      body: { role: 'board_member' },
    });
    expect(grant.statusCode).toBe(201);
    const url = `/api/v1/admin/users/${person.userId}/roles/${grant.json().id}`;

    t.clock.advance(16 * MINUTE);
    const stale = await t.call('DELETE', url, { as: admin });
    expect(stale.statusCode, stale.body).toBe(403);
    expect(stale.json()).toMatchObject({ code: 'second_factor_required', errors: [{ path: 'code' }] });
    const wrong = await t.call('DELETE', url, { as: admin, body: { code: '000000' } });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json().code).toBe('two_factor_code_invalid');
    expect((await t.call('GET', '/api/v1/me', { as: person })).json().roles).toHaveLength(1);

    const revoked = await t.call('DELETE', url, { as: admin, body: { code: codeAt(secret) } });
    expect(revoked.statusCode).toBe(204);
    expect((await t.call('GET', '/api/v1/me', { as: person })).json().roles).toEqual([]);
  });

  it("resets someone's two-factor sign-in only with a fresh second factor", async () => {
    const person = await t.signUp('checks-lost-phone@example.com');
    await t.enableTwoFactor(person);
    const url = `/api/v1/admin/users/${person.userId}/two-factor`;

    t.clock.advance(16 * MINUTE);
    const stale = await t.call('DELETE', url, { as: admin });
    expect(stale.statusCode).toBe(403);
    expect(stale.json()).toMatchObject({ code: 'second_factor_required', errors: [{ path: 'code' }] });
    const { rows } = await t.database.query('select two_factor_enabled_at from users where id = $1', [person.userId]);
    expect(rows[0]?.two_factor_enabled_at).not.toBeNull();

    const reset = await t.call('DELETE', url, { as: admin, body: { code: codeAt(secret, 1) } });
    expect(reset.statusCode).toBe(204);
    // The code keeps the admin's session fresh: the next change needs none.
    const other = await t.signUp('checks-lost-phone-2@example.com');
    await t.enableTwoFactor(other);
    expect((await t.call('DELETE', `/api/v1/admin/users/${other.userId}/two-factor`, { as: admin })).statusCode).toBe(
      204,
    );
  });
});
