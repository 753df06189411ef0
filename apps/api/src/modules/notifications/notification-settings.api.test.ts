import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Factories, factories, type User } from '../../../test/factories.js';
import type { CaughtMail } from '../../../test/mail-catcher.js';
import { createTestApp, PUBLIC_URL, type TestApp } from '../../../test/test-app.js';
import { signUnsubscribeToken } from './unsubscribe-token.js';

let t: TestApp;
let f: Factories;
let owner: User;
let ownerOrg: string;
let sender: User;
let senderOrg: string;
let operatorRu: User;

/** A published opportunity of the owner's organisation and an expression of interest in it: one mail to the owner. */
async function interestMailToOwner() {
  const offer = await f.opportunity(owner, ownerOrg, { state: 'published', operator: operatorRu });
  await t.runJobs();
  t.mail.clear();
  await f.interest(sender, senderOrg, offer.id);
  await t.runJobs();
  return offer;
}

/** A header field of a received mail, unfolded, as the mail program reads it. */
function header(mail: CaughtMail | undefined, name: string): string | undefined {
  const line = mail?.parsed.headerLines.find((h) => h.key === name.toLowerCase())?.line;
  return line?.replace(/\r?\n[ \t]+/g, ' ').replace(/^[^:]+:\s*/, '');
}

/** The address in a mail's List-Unsubscribe header. */
function unsubscribeUrl(mail: CaughtMail | undefined): URL {
  const value = header(mail, 'List-Unsubscribe');
  const match = value?.match(/^<([^>]+)>$/);
  if (!match?.[1]) throw new Error(`no List-Unsubscribe address: ${value}`);
  return new URL(match[1]);
}

/** What a mail program does for RFC 8058: a POST of the form, no cookie, no Origin. */
const oneClick = (url: URL, body = 'List-Unsubscribe=One-Click') =>
  t.app.inject({
    method: 'POST',
    url: `${url.pathname}${url.search}`,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: body,
  });

const settingsOf = async (who: User) => {
  const res = await t.call('GET', '/api/v1/me/notification-settings', { as: who });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items as { category: string; email: boolean; essential: boolean }[];
};
const emailOn = async (who: User, category: string) =>
  (await settingsOf(who)).find((s) => s.category === category)?.email;

type AuditRow = { actor_user_id: string | null; via: string | null; summary: Record<string, unknown> };
const auditOf = async (userId: string, action: string) =>
  (
    await t.database.query(
      'select actor_user_id, via, summary from audit_log where subject_id = $1::text and action = $2 order by seq',
      [userId, action],
    )
  ).rows as AuditRow[];

beforeAll(async () => {
  t = await createTestApp();
  f = factories(t);
  operatorRu = await f.operator('RU', { signedIn: false });
  const operatorCn = await f.operator('CN', { signedIn: false });
  const owned = await f.organizationWithStatus({ owner: { locale: 'ru' }, operator: operatorRu });
  owner = owned.admin;
  ownerOrg = owned.organizationId;
  const sending = await f.organizationWithStatus({ jurisdiction: 'CN', operator: operatorCn });
  sender = sending.admin;
  senderOrg = sending.organizationId;
});
afterAll(() => t.close());

beforeEach(async () => {
  // Every test starts with every category on for the owner.
  await t.database.query('delete from email_preferences');
});

describe('notification settings', () => {
  it('lists every category a person receives, the essential ones always on and saying so', async () => {
    expect(await settingsOf(owner)).toEqual([
      { category: 'account_security', email: true, essential: true },
      { category: 'membership_status', email: true, essential: true },
      { category: 'membership_applications', email: true, essential: false },
      { category: 'opportunities', email: true, essential: false },
      { category: 'interests', email: true, essential: false },
      { category: 'conversations', email: true, essential: false },
      { category: 'saved_searches', email: true, essential: false },
      { category: 'events', email: true, essential: false },
      { category: 'meetings', email: true, essential: false },
      { category: 'board', email: true, essential: true },
    ]);
    // The audit anchor goes to platform admins: only they see its category.
    const admin = await f.user({ roles: [{ role: 'admin' }] });
    expect((await settingsOf(admin)).at(-1)).toEqual({ category: 'platform_audit', email: true, essential: true });
  });

  it('keeps a category turned off, audits the change, and sends no mail of it while the in-app notification still appears', async () => {
    const res = await t.call('PUT', '/api/v1/me/notification-settings', {
      as: owner,
      body: { items: [{ category: 'interests', email: false }] },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().items.find((s: { category: string }) => s.category === 'interests').email).toBe(false);
    expect(await emailOn(owner, 'interests')).toBe(false);
    expect(await auditOf(owner.userId, 'notifications.email_settings_changed')).toEqual([
      expect.objectContaining({
        actor_user_id: owner.userId,
        via: 'session',
        summary: { email: { interests: false } },
      }),
    ]);

    await interestMailToOwner();
    expect(t.mail.to(owner.email)).toEqual([]);
    const [latest] = (await t.call('GET', '/api/v1/me/notifications', { as: owner })).json().items;
    expect(latest).toMatchObject({ kind: 'interest_received', readAt: null });
  });

  it('still sends an essential mail when every other category is off', async () => {
    const optional = (await settingsOf(owner)).filter((s) => !s.essential);
    const off = await t.call('PUT', '/api/v1/me/notification-settings', {
      as: owner,
      body: { items: optional.map((s) => ({ category: s.category, email: false })) },
    });
    expect(off.statusCode, off.body).toBe(200);
    t.mail.clear();
    const reset = await t.call('POST', '/api/v1/auth/password-reset/request', { body: { email: owner.email } });
    expect(reset.statusCode).toBe(202);
    await t.runJobs();
    const [mail] = t.mail.to(owner.email);
    expect(mail?.subject).toBe('Восстановление пароля');
    // An essential mail offers no unsubscribe.
    expect(header(mail, 'List-Unsubscribe')).toBeUndefined();
    expect(mail?.text).not.toContain('/unsubscribe');
  });

  it('refuses to turn an essential category off, writing nothing', async () => {
    const res = await t.call('PUT', '/api/v1/me/notification-settings', {
      as: owner,
      body: {
        items: [
          { category: 'interests', email: false },
          { category: 'account_security', email: false },
        ],
      },
      locale: 'zh',
    });
    expect(res.statusCode).toBe(422);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({
      code: 'notification_category_essential',
      detail: '此类邮件无法关闭：它们用于让您和贵机构及时了解重要事项。',
    });
    expect(await emailOn(owner, 'interests')).toBe(true);
  });
});

describe('one-click unsubscribe', () => {
  it('puts the link in the footer and the RFC 8058 headers, in the recipient’s language', async () => {
    await interestMailToOwner();
    const [mail] = t.mail.to(owner.email);
    const url = unsubscribeUrl(mail);
    expect(url.origin).toBe(PUBLIC_URL);
    expect(url.pathname).toBe('/unsubscribe');
    expect(url.searchParams.get('token')).toMatch(/^[A-Za-z0-9_-]{80,}$/);
    expect(header(mail, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    expect(mail?.text).toContain(
      `Вы получили это письмо, потому что в ваших настройках включены письма категории «Отклики».`,
    );
    expect(mail?.text).toContain(url.href);
    expect(mail?.text).toContain(`${PUBLIC_URL}/account/notifications`);
  });

  it('turns the category off with the header’s address and a POST alone — no cookie — and audits it', async () => {
    await interestMailToOwner();
    const url = unsubscribeUrl(t.mail.to(owner.email)[0]);

    const res = await oneClick(url);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ category: 'interests', email: false });
    expect(await emailOn(owner, 'interests')).toBe(false);
    expect(await auditOf(owner.userId, 'notifications.email_unsubscribed')).toEqual([
      { actor_user_id: owner.userId, via: null, summary: { category: 'interests', by: 'one_click_post' } },
    ]);

    // A second click is no error and no second entry; the next interest sends no mail.
    expect((await oneClick(url)).statusCode).toBe(200);
    expect(await auditOf(owner.userId, 'notifications.email_unsubscribed')).toHaveLength(1);
    await interestMailToOwner();
    expect(t.mail.to(owner.email)).toEqual([]);
    // Other categories stay on.
    expect(await emailOn(owner, 'opportunities')).toBe(true);
  });

  it('turns the category off from the confirmation page’s POST of the token', async () => {
    await interestMailToOwner();
    const token = unsubscribeUrl(t.mail.to(owner.email)[0]).searchParams.get('token');
    const res = await t.call('POST', '/api/v1/unsubscribe', { body: { token } });
    expect(res.statusCode, res.body).toBe(200);
    expect(await emailOn(owner, 'interests')).toBe(false);
    expect((await auditOf(owner.userId, 'notifications.email_unsubscribed')).at(-1)?.summary).toEqual({
      category: 'interests',
      by: 'link_page',
    });
  });

  it('changes nothing on GET: the page’s address and the preview only read', async () => {
    await interestMailToOwner();
    const url = unsubscribeUrl(t.mail.to(owner.email)[0]);
    const auditBefore = (await t.database.query('select count(*)::int as n from audit_log')).rows[0];

    await t.app.inject({ method: 'GET', url: `${url.pathname}${url.search}` });
    const preview = await t.app.inject({ method: 'GET', url: `/api/v1/unsubscribe${url.search}` });
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json()).toEqual({ category: 'interests' });

    expect(await emailOn(owner, 'interests')).toBe(true);
    expect((await t.database.query('select count(*)::int as n from email_preferences')).rows[0]).toEqual({ n: 0 });
    expect((await t.database.query('select count(*)::int as n from audit_log')).rows[0]).toEqual(auditBefore);
  });

  it('refuses a forged or altered token with a clear problem, changing nothing', async () => {
    await interestMailToOwner();
    const token = unsubscribeUrl(t.mail.to(owner.email)[0]).searchParams.get('token') as string;
    const ownerHex = owner.userId.replaceAll('-', '');
    const senderHex = sender.userId.replaceAll('-', '');
    const flip = (s: string, at: number) => `${s.slice(0, at)}${s[at] === 'A' ? 'B' : 'A'}${s.slice(at + 1)}`;
    const forged = [
      // one character of the signature changed
      flip(token, 2 + 32 + 5),
      // the same signature on another account
      token.replace(ownerHex, senderHex),
      // the same signature for another category
      token.replace(/interests$/, 'opportunities'),
      // signed with a key that is not the platform's
      signUnsubscribeToken(Buffer.from('x'.repeat(32)), owner.userId, 'interests'),
      // cut short, and made up
      token.slice(0, -3),
      'u1nonsense',
    ];
    for (const bad of forged) {
      const page = await t.call('POST', '/api/v1/unsubscribe', { body: { token: bad }, locale: 'en' });
      expect(page.statusCode, bad).toBe(400);
      expect(page.headers['content-type']).toContain('application/problem+json');
      expect(page.json()).toMatchObject({
        code: 'unsubscribe_token_invalid',
        detail: expect.stringContaining('This unsubscribe link is not valid'),
      });
      const click = await oneClick(new URL(`${PUBLIC_URL}/unsubscribe?token=${bad}`));
      expect(click.statusCode, bad).toBe(400);
      expect(click.json().code).toBe('unsubscribe_token_invalid');
    }
    expect(await emailOn(owner, 'interests')).toBe(true);
    expect(await emailOn(sender, 'interests')).toBe(true);
    expect(await emailOn(owner, 'opportunities')).toBe(true);
  });

  it('asks a one-click POST to say so in its body (RFC 8058)', async () => {
    await interestMailToOwner();
    const url = unsubscribeUrl(t.mail.to(owner.email)[0]);
    const res = await oneClick(url, 'something=else');
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('unsubscribe_one_click_required');
    expect(await emailOn(owner, 'interests')).toBe(true);
  });
});
