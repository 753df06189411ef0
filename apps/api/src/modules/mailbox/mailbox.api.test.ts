import fs from 'node:fs';
import path from 'node:path';
import nodemailer from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, PASSWORD, PUBLIC_URL, type TestApp } from '../../../test/test-app.js';

const CONFIRM_LINK = new RegExp(`^${PUBLIC_URL.replace(/\./g, '\\.')}/confirm-email\\?token=[A-Za-z0-9_-]{20,}$`);

/** Signs up through the API and lets the e-mail job write its message. */
async function signUp(t: TestApp, email: string, locale: 'ru' | 'zh' | 'en') {
  const res = await t.call('POST', '/api/v1/auth/signup', {
    body: { email, password: PASSWORD, displayName: email.split('@')[0], locale },
  });
  expect(res.statusCode).toBe(202);
  await t.runJobs();
}

const rawOf = (t: TestApp, id: string) => fs.readFileSync(path.join(t.ctx.config.mailDir, `${id}.eml`), 'utf8');

describe('the development mailbox, with mail written to files', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ fileMail: true });
  });
  afterAll(() => t.close());

  it('lists the mail a sign-up sent, newest first, and gives each message decoded with its link whole', async () => {
    expect((await t.call('GET', '/api/dev/mailbox')).json()).toEqual({ items: [], nextCursor: null });
    await signUp(t, 'anna@example.com', 'en');
    // Different milliseconds in the files' names: the second message is the newer.
    await new Promise((resolve) => setTimeout(resolve, 5));
    await signUp(t, 'ivan@example.ru', 'ru');

    const list = await t.call('GET', '/api/dev/mailbox');
    expect(list.statusCode).toBe(200);
    expect(list.headers['cache-control']).toBe('no-store');
    const items = list.json().items;
    expect(items).toMatchObject([
      { to: ['ivan@example.ru'], subject: 'Подтвердите адрес электронной почты' },
      { to: ['anna@example.com'], subject: 'Confirm your e-mail address' },
    ]);
    for (const item of items) expect(new Date(item.sentAt).toISOString()).toBe(item.sentAt);

    // As written, the English message is quoted-printable (its link reads `token=3D…` and may be cut
    // across lines) and the Russian one base64 (its link cannot be seen at all).
    const [ru, en] = items as { id: string }[];
    expect(rawOf(t, en?.id ?? '')).toMatch(/Content-Transfer-Encoding: quoted-printable[\s\S]*token=3D/);
    expect(rawOf(t, ru?.id ?? '')).toMatch(/Content-Transfer-Encoding: base64/);
    expect(rawOf(t, ru?.id ?? '')).not.toContain('confirm-email');

    for (const [item, greeting] of [
      [en, 'To finish signing up'],
      [ru, 'Чтобы завершить регистрацию'],
    ] as const) {
      const res = await t.call('GET', `/api/dev/mailbox/${item?.id}`);
      expect(res.statusCode).toBe(200);
      const message = res.json();
      expect(message.from).toContain('no-reply@innobridge.local');
      expect(message.html).toBeNull();
      expect(message.text).toContain(greeting);
      expect(message.links).toHaveLength(1);
      expect(message.links[0]).toMatch(CONFIRM_LINK);
      expect(message.text).toContain(message.links[0]);
      // The link, as the page offers it, confirms the account.
      const token = new URL(message.links[0]).searchParams.get('token');
      expect((await t.call('POST', '/api/v1/auth/confirm-email', { body: { token } })).statusCode).toBe(200);
    }
  });

  it('reads the list page by page', async () => {
    const first = (await t.call('GET', '/api/dev/mailbox?limit=1')).json();
    expect(first.items).toHaveLength(1);
    expect(first.nextCursor).toBe(first.items[0].id);
    const second = (await t.call('GET', `/api/dev/mailbox?limit=1&cursor=${first.nextCursor}`)).json();
    expect(second.items).toHaveLength(1);
    expect(second.items[0].id < first.items[0].id).toBe(true);
  });

  it('gives the HTML part as written, the text part beside it, and the links of both', async () => {
    const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
    const info = await transport.sendMail({
      from: 'Innobridge <no-reply@innobridge.local>',
      to: 'li@example.cn',
      subject: '请确认您的电子邮箱',
      text: '链接：http://innobridge.test/confirm-email?token=abcdefghijklmnopqrstuvwxyz。',
      html: '<p>请点击<a href="http://innobridge.test/reset-password?token=zyx&amp;from=mail">这里</a><script>alert(1)</script></p>',
    });
    const id = '2026-03-02T09-00-00-000Z-li@example.cn-handwritten';
    fs.writeFileSync(path.join(t.ctx.config.mailDir, `${id}.eml`), info.message as Buffer);

    const message = (await t.call('GET', `/api/dev/mailbox/${id}`)).json();
    expect(message).toMatchObject({ id, to: ['li@example.cn'], subject: '请确认您的电子邮箱' });
    // The page shows it only in a sandbox without scripts; the API hands it over unchanged.
    expect(message.html).toContain('<script>alert(1)</script>');
    expect(message.text).toContain('链接：http://innobridge.test/confirm-email?token=abcdefghijklmnopqrstuvwxyz。');
    expect(message.links).toEqual([
      'http://innobridge.test/confirm-email?token=abcdefghijklmnopqrstuvwxyz',
      'http://innobridge.test/reset-password?token=zyx&from=mail',
    ]);
  });

  it('refuses an id that would lead out of the mail directory, and answers 404 for an unknown one', async () => {
    // A message-like file beside the mail directory, which no id may reach.
    fs.writeFileSync(path.join(t.ctx.config.dataDir, 'secret.eml'), 'Subject: secret\n\nsecret body\n');
    for (const id of ['..%2Fsecret', '..%2F..%2Fetc%2Fpasswd', '%2E%2E', '..', '.%2E%2Fsecret', 'a%5C..%5Csecret']) {
      const res = await t.call('GET', `/api/dev/mailbox/${id}`);
      expect(res.statusCode, id).toBeGreaterThanOrEqual(400);
      expect(res.statusCode, id).toBeLessThan(500);
      expect(res.headers['content-type'], id).toMatch(/^application\/problem\+json/);
      expect(res.body, id).not.toContain('secret body');
    }
    expect((await t.call('GET', '/api/dev/mailbox/..%2Fsecret')).json().code).toBe('validation_failed');
    expect((await t.call('GET', '/api/dev/mailbox?cursor=..%2Fsecret')).statusCode).toBe(422);

    const unknown = await t.call('GET', '/api/dev/mailbox/2026-03-02T09-00-00-000Z-nobody@example.com-0', {
      locale: 'ru',
    });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({
      code: 'mailbox_message_not_found',
      detail: expect.stringMatching(/письма/),
    });
  });
});

describe('the development mailbox, elsewhere', () => {
  for (const [when, env] of [
    ['with a mail server', { SMTP_URL: 'smtp://127.0.0.1:2525' }],
    ['in production', { NODE_ENV: 'production' }],
    ['when turned off', { DEV_MAILBOX: 'false' }],
  ] as const) {
    it(`does not exist ${when}: its API answers 404`, async () => {
      const t = await createTestApp({ env });
      try {
        for (const url of ['/api/dev/mailbox', '/api/dev/mailbox/2026-03-02T09-00-00-000Z-a@b.c-0']) {
          const res = await t.call('GET', url);
          expect(res.statusCode, url).toBe(404);
          expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
          expect(res.json().code).toBe('not_found');
        }
        const doc = (await t.call('GET', '/api/openapi.json')).json();
        expect(Object.keys(doc.paths).filter((p) => p.startsWith('/api/dev/'))).toEqual([]);
      } finally {
        await t.close();
      }
    });
  }

  it('is on in production only when DEV_MAILBOX=true asks for it', async () => {
    const t = await createTestApp({ env: { NODE_ENV: 'production', DEV_MAILBOX: 'true' }, fileMail: true });
    try {
      expect((await t.call('GET', '/api/dev/mailbox')).statusCode).toBe(200);
    } finally {
      await t.close();
    }
  });
});
