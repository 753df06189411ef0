import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Factories, factories } from '../../../test/factories.js';
import { multipartForm, PDF, submittedApplication } from '../../../test/registry-helpers.js';
import { createTestApp, PASSWORD, type Session, type TestApp } from '../../../test/test-app.js';

let t: TestApp;
let f: Factories;
let operatorRu: Session;
beforeAll(async () => {
  t = await createTestApp();
  f = factories(t);
  operatorRu = await f.operator('RU', { email: 'events.op.ru@example.ru' });
});

/** A new user, signed in, who is the admin of a new organisation without a status. */
async function organisationWithAdmin(email: string) {
  const owner = await f.user({ email });
  return { admin: owner, organizationId: (await f.organization(owner)).id };
}
afterAll(() => t.close());

type Entry = {
  seq: number;
  actor_user_id: string | null;
  via: string | null;
  action: string;
  subject_type: string;
  subject_id: string;
  summary: Record<string, unknown>;
};
const entries = async (where: string, params: unknown[] = []) =>
  (
    await t.database.query(
      `select seq::int, actor_user_id, via, action, subject_type, subject_id, summary from audit_log where ${where} order by seq`,
      params,
    )
  ).rows as Entry[];
const newestSeq = async () => Number((await t.database.query('select max(seq)::int as n from audit_log')).rows[0]?.n);

async function conversation() {
  const owner = await f.organizationWithStatus({ owner: { email: 'events.owner@example.ru' }, operator: operatorRu });
  const sender = await f.organizationWithStatus({ owner: { email: 'events.sender@example.cn' }, jurisdiction: 'CN' });
  const { id: opportunityId } = await f.opportunity(owner.admin, owner.organizationId, {
    state: 'published',
    operator: operatorRu,
    body: {
      type: 'technology_offer',
      title: { ru: 'Переработка аккумуляторов' },
      summary: { ru: 'Извлечение лития.' },
      description: { ru: 'Подробности.' },
    },
  });
  const interest = await t.call('POST', `/api/v1/opportunities/${opportunityId}/interests`, {
    as: sender.admin,
    body: { organizationId: sender.organizationId, message: 'Интересно.' },
  });
  const accepted = await t.call('POST', `/api/v1/interests/${interest.json().id}/accept`, { as: owner.admin });
  if (accepted.statusCode !== 200) throw new Error(accepted.body);
  return { id: accepted.json().conversationId as string, owner, sender };
}

describe('conversations in the audit log', () => {
  it('records messages and attachments (not their words), and each download with how the reader signed in', async () => {
    const { id, owner, sender } = await conversation();
    const sent = await t.call('POST', `/api/v1/conversations/${id}/messages`, {
      as: owner.admin,
      body: { body: 'Секретные условия сделки' },
    });
    expect(sent.statusCode).toBe(201);
    const form = multipartForm({ body: 'Спецификация' }, { name: 'spec.pdf', content: PDF });
    const withFile = await t.call('POST', `/api/v1/conversations/${id}/attachments`, { as: sender.admin, ...form });
    expect(withFile.statusCode).toBe(201);
    const attachment = withFile.json().attachments[0];

    const posted = await entries(`subject_type = 'conversation' and subject_id = $1`, [id]);
    expect(posted.map((e) => [e.action, e.actor_user_id, e.via])).toEqual([
      ['conversation.message_posted', owner.admin.userId, 'session'],
      ['conversation.message_posted', sender.admin.userId, 'session'],
      ['conversation.attachment_added', sender.admin.userId, 'session'],
    ]);
    expect(posted[0]?.summary).toEqual({
      messageId: sent.json().id,
      organizationId: owner.organizationId,
      length: 'Секретные условия сделки'.length,
    });
    expect(posted[2]?.summary).toMatchObject({
      attachmentId: attachment.id,
      fileName: 'spec.pdf',
      contentType: 'application/pdf',
      size: PDF.length,
    });
    expect(JSON.stringify(posted)).not.toContain('Секретные');

    const token = (
      await t.call('POST', '/api/v1/me/api-tokens', { as: owner.admin, body: { name: 'archive', scopes: ['read'] } })
    ).json().token;
    for (const as of [owner.admin, { userId: owner.admin.userId, email: owner.admin.email, token }]) {
      const file = await t.call('GET', `/api/v1/conversations/${id}/attachments/${attachment.id}`, { as });
      expect(file.statusCode).toBe(200);
    }
    const downloads = await entries(`action = 'conversation.attachment_downloaded' and subject_id = $1`, [id]);
    expect(downloads.map((e) => [e.actor_user_id, e.via])).toEqual([
      [owner.admin.userId, 'session'],
      [owner.admin.userId, 'token'],
    ]);
    expect(downloads[0]?.summary).toMatchObject({ attachmentId: attachment.id, fileName: 'spec.pdf' });

    // A stranger is refused, and nothing is recorded for them.
    const before = await newestSeq();
    const stranger = await f.user({ email: 'events.stranger@example.com' });
    const afterAccount = await newestSeq();
    const refused = await t.call('GET', `/api/v1/conversations/${id}/attachments/${attachment.id}`, { as: stranger });
    expect(refused.statusCode).toBe(404);
    expect(await newestSeq()).toBe(afterAccount);
    expect(afterAccount).toBeGreaterThan(before);
  });
});

describe('documents in the audit log', () => {
  it('records each download of an application document, by whom', async () => {
    const { admin: applicant, organizationId } = await organisationWithAdmin('events.applicant@example.ru');
    const application = await submittedApplication(t, applicant, organizationId);
    const documents = (await t.call('GET', `/api/v1/applications/${application.id}`, { as: operatorRu })).json()
      .documents as { id: string; kind: string }[];
    const document = documents[0] as { id: string; kind: string };
    const res = await t.call('GET', `/api/v1/applications/${application.id}/documents/${document.id}`, {
      as: operatorRu,
    });
    expect(res.statusCode).toBe(200);
    expect(await entries(`action = 'registry.document_downloaded' and subject_id = $1`, [application.id])).toEqual([
      expect.objectContaining({
        actor_user_id: operatorRu.userId,
        via: 'session',
        subject_type: 'status_application',
        summary: expect.objectContaining({ documentId: document.id, kind: document.kind }),
      }),
    ]);
  });
});

describe('sign-in failures in the audit log', () => {
  it('records failed sign-ins of an account, and its lockout once, without an actor', async () => {
    const victim = await f.user({ email: 'events.victim@example.com' });
    const from = await newestSeq();
    for (let i = 0; i < 6; i += 1) {
      const res = await t.call('POST', '/api/v1/auth/login', {
        body: { email: 'events.victim@example.com', password: 'a wrong guess 123' },
      });
      expect(res.statusCode).toBe(i < 5 ? 401 : 429);
    }
    const rows = await entries('seq > $1', [from]);
    // Five counted failures, the fifth locking the account; the sixth attempt, refused while locked, is not recorded.
    expect(rows.map((e) => e.action)).toEqual([
      'sign_in.failed',
      'sign_in.failed',
      'sign_in.failed',
      'sign_in.failed',
      'sign_in.failed',
      'sign_in.account_locked',
    ]);
    for (const row of rows) {
      expect(row).toMatchObject({ actor_user_id: null, via: null, subject_type: 'user', subject_id: victim.userId });
    }
    expect(rows[0]?.summary).toEqual({ ip: '127.0.0.1', reason: 'password' });
    expect(rows[5]?.summary).toEqual({ ip: '127.0.0.1', failures: 5 });
    expect(JSON.stringify(rows)).not.toContain('a wrong guess');
  });

  it('records a failed sign-in of an unknown address against the address it came from', async () => {
    const from = await newestSeq();
    const res = await t.call('POST', '/api/v1/auth/login', {
      body: { email: 'nobody.here@example.com', password: PASSWORD },
      remoteAddress: '203.0.113.7',
    });
    expect(res.statusCode).toBe(401);
    expect(await entries('seq > $1', [from])).toEqual([
      expect.objectContaining({
        action: 'sign_in.failed',
        actor_user_id: null,
        subject_type: 'address',
        subject_id: '203.0.113.7',
        summary: { ip: '203.0.113.7', reason: 'password', account: 'unknown' },
      }),
    ]);
  });
});

describe('refused cross-site requests in the audit log', () => {
  it('records a request refused by the origin check, and changes nothing else', async () => {
    const user = await f.user({ email: 'events.csrf@example.com' });
    const from = await newestSeq();
    const res = await t.call('PATCH', '/api/v1/me', {
      as: user,
      headers: { origin: 'https://evil.example' },
      body: { displayName: 'pwned' },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('csrf_failed');
    expect(await entries('seq > $1', [from])).toEqual([
      expect.objectContaining({
        action: 'request.refused',
        actor_user_id: null,
        subject_type: 'address',
        subject_id: '127.0.0.1',
        summary: { reason: 'csrf_failed', method: 'PATCH', path: '/api/v1/me', origin: 'https://evil.example' },
      }),
    ]);
    const me = (await t.call('GET', '/api/v1/me', { as: user })).json();
    expect(me.displayName).not.toBe('pwned');
  });
});

describe('taking an application', () => {
  it('writes one audit entry and one notification however often the same operator takes it', async () => {
    const { admin: applicant, organizationId } = await organisationWithAdmin('events.take@example.ru');
    const application = await submittedApplication(t, applicant, organizationId);
    await t.runJobs();
    const mailsBefore = t.mail.to('events.take@example.ru').length;
    for (let i = 0; i < 3; i += 1) {
      const res = await t.call('POST', `/api/v1/applications/${application.id}/take`, { as: operatorRu });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ state: 'in_review', assignedOperatorId: operatorRu.userId });
    }
    await t.runJobs();
    expect(await entries(`action = 'registry.application_take' and subject_id = $1`, [application.id])).toHaveLength(1);
    const notifications = await t.database.query(
      `select count(*)::int as n from notifications where user_id = $1 and kind = 'application_taken'`,
      [applicant.userId],
    );
    expect(notifications.rows[0]?.n).toBe(1);
    expect(t.mail.to('events.take@example.ru').length).toBe(mailsBefore + 1);

    // Another operator of the jurisdiction may still take it over: that is a change, and recorded.
    const other = await f.operator('RU', { email: 'events.op2.ru@example.ru' });
    const taken = await t.call('POST', `/api/v1/applications/${application.id}/take`, { as: other });
    expect(taken.json()).toMatchObject({ assignedOperatorId: other.userId });
    expect(await entries(`action = 'registry.application_take' and subject_id = $1`, [application.id])).toHaveLength(2);
  });
});
