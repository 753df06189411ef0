import { withCheckDigits } from '@innobridge/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Factories, factories, type User } from '../../../test/factories.js';
import { createTestApp, type TestApp } from '../../../test/test-app.js';

// Each test makes the entries it reads: none counts on what an earlier one recorded.
let t: TestApp;
let f: Factories;
let admin: User;
beforeAll(async () => {
  t = await createTestApp();
  f = factories(t);
  admin = await f.admin();
});
afterAll(() => t.close());

type AuditRow = {
  seq: number;
  actor_user_id: string | null;
  action: string;
  subject_type: string;
  subject_id: string;
  summary: Record<string, unknown>;
};

async function entries(where = 'true', params: unknown[] = []): Promise<AuditRow[]> {
  const rows = await t.database.query(
    `select seq::int as seq, actor_user_id, action, subject_type, subject_id, summary from audit_log where ${where} order by seq`,
    params,
  );
  return rows.rows as AuditRow[];
}

const countEntries = async () =>
  Number((await t.database.query('select count(*)::int as n from audit_log')).rows[0]?.n);

/** Runs raw SQL on audit_log with its append-only trigger off, the way someone with database access could. */
async function tamper(sql: string, params: unknown[] = []) {
  await t.database.query('ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only');
  try {
    await t.database.query(sql, params);
  } finally {
    await t.database.query('ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only');
  }
}

const verify = async () => {
  const res = await t.call('GET', '/api/v1/admin/audit/verify', { as: admin });
  expect(res.statusCode).toBe(200);
  return res.json() as { ok: boolean; checked: number; firstBrokenSeq: number | null; break: unknown };
};

/** A new user to whom the admin grants a role through the API, which records the grant. */
async function grantedOperator(email?: string) {
  const user = await f.user({ email });
  const res = await t.call('POST', `/api/v1/admin/users/${user.userId}/roles`, {
    as: admin,
    body: { role: 'operator', jurisdiction: 'CN' },
  });
  if (res.statusCode !== 201) throw new Error(`grant failed: ${res.body}`);
  return user;
}

/** An organisation, made as its owner would: its creation is in the log. */
const someOrganisation = async () => f.organization(await f.user());

/** What the check answers for an intact chain of `total` entries. */
const intact = (total: number) => ({ ok: true, checked: total, firstBrokenSeq: null, break: null, lastSeq: total });

describe('recording state changes', () => {
  it('records a sign-up and the e-mail confirmation with the new user as actor and subject', async () => {
    const user = await t.signUpByEmail('audited@example.com', { locale: 'zh' });
    const rows = await entries('subject_id = $1', [user.userId]);
    expect(rows.map((r) => r.action)).toEqual(['user.signed_up', 'user.email_confirmed']);
    for (const row of rows)
      expect(row).toMatchObject({ actor_user_id: user.userId, subject_type: 'user', subject_id: user.userId });
    expect(rows[0]?.summary).toEqual({ locale: 'zh' });
    // the password is never part of the record
    expect(JSON.stringify(rows)).not.toContain('long enough secret');
  });

  it('records the creation and the edit of an organisation with who did it and what changed', async () => {
    const owner = await f.user();
    const legalId = withCheckDigits('inn', '770708389');
    const created = await t.call('POST', '/api/v1/organizations', {
      as: owner,
      body: { type: 'startup', jurisdiction: 'RU', place: 'RU-KZN', legalId, name: { ru: 'Аудит', en: 'Audit Co' } },
    });
    expect(created.statusCode).toBe(201);
    const orgId = created.json().id as string;
    const updated = await t.call('PATCH', `/api/v1/organizations/${orgId}`, { as: owner, body: { place: 'RU-INN' } });
    expect(updated.statusCode).toBe(200);

    const rows = await entries('subject_id = $1', [orgId]);
    expect(rows).toEqual([
      {
        seq: expect.any(Number),
        actor_user_id: owner.userId,
        action: 'organization.created',
        subject_type: 'organization',
        subject_id: orgId,
        summary: { type: 'startup', jurisdiction: 'RU', legalId, name: { ru: 'Аудит', en: 'Audit Co' } },
      },
      {
        seq: expect.any(Number),
        actor_user_id: owner.userId,
        action: 'organization.updated',
        subject_type: 'organization',
        subject_id: orgId,
        // The city is one of the facts an operator verifies (ADR 0014): its place, and its own text for "other".
        summary: { changes: { place: 'RU-INN', city: '' }, verifiedFacts: ['city'] },
      },
    ]);
    expect(rows[1]?.seq).toBeGreaterThan(rows[0]?.seq ?? Infinity);
  });

  it('records a role granted by an admin, with the admin as actor and the user as subject', async () => {
    const operator = await grantedOperator();
    const rows = await entries(`action = 'role.granted' and subject_id = $1`, [operator.userId]);
    expect(rows).toEqual([
      expect.objectContaining({
        actor_user_id: admin.userId,
        subject_type: 'user',
        summary: { role: 'operator', jurisdiction: 'CN' },
      }),
    ]);
  });

  it('does not record a refused change', async () => {
    const org = await someOrganisation();
    const before = await countEntries();
    const outsider = await f.user();
    const afterAccount = await countEntries();
    const res = await t.call('PATCH', `/api/v1/organizations/${org.id}`, {
      as: outsider,
      body: { city: 'Nowhere' },
    });
    expect(res.statusCode).toBe(403);
    expect(await countEntries()).toBe(afterAccount);
    expect(afterAccount).toBeGreaterThan(before);
  });
});

describe('GET /api/v1/admin/audit', () => {
  it('lists the log newest first, a page at a time, without the hashes', async () => {
    for (let i = 0; i < 3; i++) await f.user(); // two pages of three at least
    const total = await countEntries();
    const first = await t.call('GET', '/api/v1/admin/audit?limit=3', { as: admin });
    expect(first.statusCode).toBe(200);
    const page = first.json();
    expect(page.items.map((e: { seq: number }) => e.seq)).toEqual([total, total - 1, total - 2]);
    expect(page.items[0]).not.toHaveProperty('hash');
    expect(page.items[0]).not.toHaveProperty('prevHash');
    const second = await t.call('GET', `/api/v1/admin/audit?limit=3&cursor=${page.nextCursor}`, { as: admin });
    expect(second.json().items.map((e: { seq: number }) => e.seq)).toEqual([total - 3, total - 4, total - 5]);
  });

  it('answers a malformed cursor with 422, not 500', async () => {
    const garbage = await t.call('GET', '/api/v1/admin/audit?cursor=***', { as: admin });
    expect(garbage.statusCode).toBe(422);
    const forged = Buffer.from(JSON.stringify(['not a number'])).toString('base64url');
    const res = await t.call('GET', `/api/v1/admin/audit?cursor=${forged}`, { as: admin });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'validation_failed', errors: [{ path: 'cursor' }] });
  });
});

describe('GET /api/v1/admin/audit/verify', () => {
  it('reports an intact chain and how many entries it checked', async () => {
    await someOrganisation();
    const result = await verify();
    const total = await countEntries();
    expect(result).toEqual({ ...intact(total), anchors: { count: 0, last: null } });
    expect(result.checked).toBeGreaterThan(5);
  });

  it('reports the first entry whose content was changed, and recovers when it is put back', async () => {
    const org = await someOrganisation();
    const target = (await entries(`action = 'organization.created' and subject_id = $1`, [org.id]))[0] as AuditRow;
    await tamper(`update audit_log set summary = jsonb_set(summary, '{legalId}', '"0000000000"') where seq = $1`, [
      target.seq,
    ]);
    const changed = await t.database.query(`select summary->>'legalId' as legal_id from audit_log where seq = $1`, [
      target.seq,
    ]);
    expect(changed.rows[0]?.legal_id).toBe('0000000000');

    expect(await verify()).toMatchObject({
      ok: false,
      checked: target.seq - 1,
      firstBrokenSeq: target.seq,
      break: { kind: 'altered', seq: target.seq },
    });

    await tamper('update audit_log set summary = $2 where seq = $1', [target.seq, JSON.stringify(target.summary)]);
    expect(await verify()).toMatchObject({ ok: true, firstBrokenSeq: null });
  });

  it('reports a changed actor or action just the same', async () => {
    const operator = await grantedOperator();
    const target = (await entries(`action = 'role.granted' and subject_id = $1`, [operator.userId]))[0] as AuditRow;
    await tamper(`update audit_log set action = 'role.revoked' where seq = $1`, [target.seq]);
    expect(await verify()).toMatchObject({ ok: false, firstBrokenSeq: target.seq });
    await tamper('update audit_log set action = $2 where seq = $1', [target.seq, target.action]);
    expect(await verify()).toMatchObject({ ok: true });
  });

  it('reports the first missing entry when one in the middle was deleted', async () => {
    await someOrganisation();
    const total = await countEntries();
    const middle = Math.floor(total / 2);
    const saved = (await t.database.query('select * from audit_log where seq = $1', [middle])).rows[0] as Record<
      string,
      unknown
    >;
    await tamper('delete from audit_log where seq = $1', [middle]);
    expect(await countEntries()).toBe(total - 1);

    expect(await verify()).toMatchObject({
      ok: false,
      checked: middle - 1,
      firstBrokenSeq: middle,
      break: { kind: 'missing', seq: middle },
    });

    // putting the very same row back (inserts are allowed) mends the chain
    await t.database.query(
      'insert into audit_log (seq, at, actor_user_id, action, subject_type, subject_id, summary, prev_hash, hash, via, version) values ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11)',
      [
        saved.seq,
        saved.at,
        saved.actor_user_id,
        saved.action,
        saved.subject_type,
        saved.subject_id,
        JSON.stringify(saved.summary),
        saved.prev_hash,
        saved.hash,
        saved.via,
        saved.version,
      ],
    );
    expect(await verify()).toMatchObject(intact(total));
  });

  it('keeps the chain intact across new entries after a check', async () => {
    expect(await verify()).toMatchObject(intact(await countEntries()));
    await someOrganisation();
    expect(await verify()).toMatchObject(intact(await countEntries()));
  });
});

describe('who may read the audit log', () => {
  it.each(['/api/v1/admin/audit', '/api/v1/admin/audit/verify'])(
    'answers 403 audit_admin_required to signed-in non-admins on %s',
    async (url) => {
      const member = await f.user();
      await f.organization(member);
      const operator = await f.operator('CN');
      for (const [who, locale, detail] of [
        [member, 'en', 'Only a platform administrator can read the audit log.'],
        [operator, 'ru', 'Журнал аудита доступен только администратору платформы.'],
        [member, 'zh', '只有平台管理员可以查看审计日志。'],
      ] as const) {
        const res = await t.call('GET', url, { as: who, locale });
        expect(res.statusCode).toBe(403);
        expect(res.headers['content-type']).toContain('application/problem+json');
        expect(res.json()).toMatchObject({ code: 'audit_admin_required', detail });
        expect(res.json()).not.toHaveProperty('items');
      }
    },
  );

  it.each(['/api/v1/admin/audit', '/api/v1/admin/audit/verify'])(
    'answers 401 to an anonymous caller on %s',
    async (url) => {
      const res = await t.call('GET', url);
      expect(res.statusCode).toBe(401);
      expect(res.json().code).toBe('unauthenticated');
    },
  );

  it("is not read with a personal API token, not even an admin's: administration needs a session", async () => {
    const created = await t.call('POST', '/api/v1/me/api-tokens', {
      as: admin,
      body: { name: 'audit export', scopes: ['read'] },
    });
    expect(created.statusCode).toBe(201);
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/v1/admin/audit/verify',
      headers: { authorization: `Bearer ${created.json().token}` },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('session_required');
  });
});

describe('the audit_log table', () => {
  it('refuses a plain UPDATE', async () => {
    const [first] = await entries('seq = 1');
    await expect(t.database.query(`update audit_log set summary = '{"forged":true}' where seq = 1`)).rejects.toThrow(
      /append-only/,
    );
    expect((await entries('seq = 1'))[0]).toEqual(first);
  });

  it('refuses a plain DELETE, of one row or of all', async () => {
    const before = await countEntries();
    await expect(t.database.query('delete from audit_log where seq = 2')).rejects.toThrow(/append-only/);
    await expect(t.database.query('delete from audit_log')).rejects.toThrow(/append-only/);
    expect(await countEntries()).toBe(before);
    expect(await verify()).toMatchObject({ ok: true });
  });

  // Last in the file: if the table lets it through, the log is gone for any test after it.
  it('refuses a TRUNCATE, which would wipe the log without breaking the chain', async () => {
    const before = await countEntries();
    await expect(t.database.query('truncate audit_log')).rejects.toThrow(/append-only/);
    expect(await countEntries()).toBe(before);
  });
});
