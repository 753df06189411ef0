import { createHash, createHmac } from 'node:crypto';
import fs from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../test/test-app.js';
import { ANCHOR_JOB, ANCHOR_MAIL_JOB } from './index.js';

let t: TestApp;
let admin: Session;
let anchored: Session;

/** Three entries as the platform wrote them before the chain was keyed: version 1, plain SHA-256. */
const LEGACY = 3;
async function writeLegacyEntries() {
  let prev = '0'.repeat(64);
  for (let seq = 1; seq <= LEGACY; seq += 1) {
    const at = new Date(Date.UTC(2025, 0, seq));
    const content = `{"action":"legacy.entry","actorUserId":null,"at":"${at.toISOString()}","seq":${seq},"subjectId":"s${seq}","subjectType":"legacy","summary":{"n":${seq}}}`;
    const hash = createHash('sha256').update(prev).update('\n').update(content).digest('hex');
    await t.database.query(
      `insert into audit_log (seq, at, actor_user_id, action, subject_type, subject_id, summary, prev_hash, hash)
       values ($1, $2, null, 'legacy.entry', 'legacy', $3, $4, $5, $6)`,
      [seq, at, `s${seq}`, JSON.stringify({ n: seq }), prev, hash],
    );
    prev = hash;
  }
}

beforeAll(async () => {
  t = await createTestApp();
  await writeLegacyEntries();
  admin = await t.createAdmin();
  anchored = await t.signUp('anchored@example.com');
});
afterAll(() => t.close());

type Verification = {
  ok: boolean;
  checked: number;
  firstBrokenSeq: number | null;
  break: Record<string, unknown> | null;
  lastSeq: number;
  anchors: { count: number; last: { seq: number; hash: string; at: string } | null };
};
const verify = async (): Promise<Verification> => {
  const res = await t.call('GET', '/api/v1/admin/audit/verify', { as: admin });
  expect(res.statusCode).toBe(200);
  return res.json();
};

const lastSeq = async () => Number((await t.database.query('select max(seq)::int as n from audit_log')).rows[0]?.n);

async function tamper(sql: string, params: unknown[] = []) {
  await t.database.query('ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only');
  try {
    await t.database.query(sql, params);
  } finally {
    await t.database.query('ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only');
  }
}

/** Keeps the log as it is, and later puts it back exactly. */
async function saveLog() {
  await t.database.query('drop table if exists audit_saved');
  await t.database.query('create table audit_saved as select * from audit_log');
  return async () => {
    await tamper('delete from audit_log where true');
    await t.database.query('insert into audit_log select * from audit_saved');
  };
}

type Row = {
  seq: number;
  at: Date;
  actor_user_id: string | null;
  via: string | null;
  action: string;
  subject_type: string;
  subject_id: string;
  summary: Record<string, unknown>;
  version: number;
};

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`)
      .join(',')}}`;
  return JSON.stringify(value ?? null);
}

/**
 * Rewrites the log from `fromSeq` on, the way someone with database access but without the key
 * would: change what they like, then recompute every hash after it so that each link holds.
 */
async function rewriteFrom(
  fromSeq: number,
  change: (row: Row) => Row,
  hashWith: (prev: string, row: Row) => string,
): Promise<void> {
  const before = await t.database.query('select hash from audit_log where seq = $1', [fromSeq - 1]);
  let prev = (before.rows[0]?.hash as string | undefined) ?? '0'.repeat(64);
  const rows = (await t.database.query('select * from audit_log where seq >= $1 order by seq', [fromSeq]))
    .rows as Row[];
  for (const original of rows) {
    const row = change(original);
    const hash = hashWith(prev, row);
    await tamper(
      'update audit_log set summary = $2, version = $3, prev_hash = $4, hash = $5, action = $6 where seq = $1',
      [row.seq, JSON.stringify(row.summary), row.version, prev, hash, row.action],
    );
    prev = hash;
  }
}

const content = (row: Row) => ({
  seq: Number(row.seq),
  at: new Date(row.at).toISOString(),
  actorUserId: row.actor_user_id,
  action: row.action,
  subjectType: row.subject_type,
  subjectId: row.subject_id,
  summary: row.summary,
});
const sha256Of = (prev: string, row: Row) =>
  createHash('sha256')
    .update(prev)
    .update('\n')
    .update(canonical(content(row)))
    .digest('hex');
const hmacOf = (key: string) => (prev: string, row: Row) =>
  createHmac('sha256', key)
    .update(prev)
    .update('\n')
    .update(canonical({ ...content(row), via: row.via, version: row.version }))
    .digest('hex');

const anchorLines = async () =>
  (await fs.readFile(t.ctx.config.audit.anchorFile, 'utf8').catch(() => '')).split('\n').filter(Boolean);

async function anchorNow() {
  await t.ctx.jobs.send(t.ctx.db, ANCHOR_JOB, {});
  await t.runJobs();
}

describe('the keyed chain', () => {
  it('keeps verifying the entries written before it was keyed, and keys every new one with a session or token noted', async () => {
    const rows = (await t.database.query('select seq::int, version, via, action from audit_log order by seq')).rows;
    expect(rows.slice(0, LEGACY).map((r) => r.version)).toEqual([1, 1, 1]);
    expect(rows.slice(LEGACY).every((r) => r.version === 2)).toBe(true);
    // The admin signed in and turned two-factor sign-in on in a browser session.
    expect(rows.find((r) => r.action === 'user.two_factor_enabled')?.via).toBe('session');
    expect(await verify()).toMatchObject({ ok: true, checked: await lastSeq(), break: null });
  });

  it('keeps the key in a file of the data directory, never in the database', async () => {
    const key = (await fs.readFile(`${t.dataDir}/audit.key`, 'utf8')).trim();
    expect(key.length).toBeGreaterThanOrEqual(32);
    const dump = JSON.stringify((await t.database.query('select * from audit_log')).rows);
    expect(dump).not.toContain(key);
  });
});

describe('anchors', () => {
  it('writes the head to the anchor file when the job runs, once for the same head', async () => {
    expect((await verify()).anchors).toEqual({ count: 0, last: null });
    await anchorNow();
    await anchorNow();
    const lines = await anchorLines();
    expect(lines).toHaveLength(1);
    const head = (await t.database.query('select seq::int, hash from audit_log order by seq desc limit 1')).rows[0];
    expect(JSON.parse(lines[0] as string)).toEqual({
      seq: head?.seq,
      hash: head?.hash,
      at: t.clock.now().toISOString(),
      mac: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    await t.signUp('after-anchor@example.com');
    await anchorNow();
    expect(await anchorLines()).toHaveLength(2);
    const result = await verify();
    expect(result).toMatchObject({ ok: true, break: null, anchors: { count: 2, last: { seq: await lastSeq() } } });
  });

  it('names entries deleted from the end as removed after the last one left', async () => {
    const restore = await saveLog();
    const head = await lastSeq();
    await tamper('delete from audit_log where seq > $1', [head - 2]);
    // Without anchors nothing would show: what is left is a perfect chain.
    expect(await verify()).toMatchObject({
      ok: false,
      checked: head - 2,
      lastSeq: head - 2,
      firstBrokenSeq: head - 1,
      break: { kind: 'truncated', afterSeq: head - 2, anchoredSeq: head },
    });
    await restore();
    expect(await verify()).toMatchObject({ ok: true });
  });

  it('names an edited entry even when every hash after it was recomputed without the key', async () => {
    const restore = await saveLog();
    const target =
      // The first entry about a user made after the admin: keyed entries come before it.
      (
        await t.database.query('select seq::int from audit_log where subject_id = $1 order by seq limit 1', [
          anchored.userId,
        ])
      ).rows[0]?.seq as number;
    const forge = (row: Row) => (row.seq === target ? { ...row, summary: { ...row.summary, forged: true } } : row);
    await rewriteFrom(target, forge, sha256Of);
    expect(await verify()).toMatchObject({ ok: false, checked: target - 1, break: { kind: 'altered', seq: target } });

    // Nor does passing the rewritten entries off as written before the chain was keyed help.
    await rewriteFrom(target, (row) => ({ ...forge(row), version: 1 }), sha256Of);
    expect(await verify()).toMatchObject({ ok: false, break: { kind: 'altered', seq: target } });
    await restore();
    expect(await verify()).toMatchObject({ ok: true });
  });

  it('finds the whole log rewritten with another key, or all as unkeyed entries', async () => {
    const restore = await saveLog();
    const guessed = hmacOf('a guessed key, long enough to be taken for one');
    await rewriteFrom(
      1,
      (row) => row,
      (prev, row) => (row.version === 1 ? sha256Of(prev, row) : guessed(prev, row)),
    );
    expect(await verify()).toMatchObject({ ok: false, break: { kind: 'altered', seq: LEGACY + 1 } });

    // Every entry rewritten as version 1 makes a chain that holds by itself: the anchors tell.
    await rewriteFrom(1, (row) => ({ ...row, version: 1 }), sha256Of);
    const firstAnchor = JSON.parse((await anchorLines())[0] as string).seq;
    expect(await verify()).toMatchObject({
      ok: false,
      checked: await lastSeq(),
      break: { kind: 'rewritten', seq: firstAnchor },
      firstBrokenSeq: firstAnchor,
    });
    await restore();
    expect(await verify()).toMatchObject({ ok: true });
  });

  it('refuses an anchor changed or made up without the key', async () => {
    const file = t.ctx.config.audit.anchorFile;
    const original = await fs.readFile(file, 'utf8');
    const [first] = await anchorLines();
    const moved = { ...JSON.parse(first as string), seq: 1 };
    await fs.appendFile(file, `${JSON.stringify(moved)}\n`);
    expect(await verify()).toMatchObject({ ok: false, break: { kind: 'anchor_invalid', seq: 1 } });
    await fs.writeFile(file, `${original}not an anchor\n`);
    expect(await verify()).toMatchObject({ ok: false, break: { kind: 'anchor_invalid', seq: null } });
    await fs.writeFile(file, original);
    expect(await verify()).toMatchObject({ ok: true });
  });
});

describe('the daily anchor mail', () => {
  it('mails the head to every admin, each in their language', async () => {
    const second = await t.userWithRole(admin, 'second.admin@example.ru', 'admin');
    await t.call('PATCH', '/api/v1/me', { as: second, body: { locale: 'ru' } });
    await t.ctx.jobs.send(t.ctx.db, ANCHOR_MAIL_JOB, {});
    await t.runJobs();
    const head = await lastSeq();
    const hash = (await t.database.query('select hash from audit_log where seq = $1', [head])).rows[0]?.hash;
    const en = t.mail.to('admin@innobridge.test').at(-1);
    const ru = t.mail.to('second.admin@example.ru').at(-1);
    expect(en?.subject).toBe(`Audit log anchor: entry ${head}`);
    expect(ru?.subject).toBe(`Якорь журнала аудита: запись ${head}`);
    expect(en?.text).toContain(hash);
    expect(ru?.text).toContain(hash);
    // The mailed head is an anchor too.
    expect(JSON.parse((await anchorLines()).at(-1) as string)).toMatchObject({ seq: head, hash });
  });
});

describe('who may verify', () => {
  it('answers 403 to an operator, in their language, and checks nothing for them', async () => {
    const operator = await t.userWithRole(admin, 'verify.operator@example.cn', 'operator', 'CN');
    const res = await t.call('GET', '/api/v1/admin/audit/verify', { as: operator, locale: 'zh' });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ code: 'audit_admin_required', detail: '只有平台管理员可以查看审计日志。' });
    expect(res.json()).not.toHaveProperty('ok');
  });
});
