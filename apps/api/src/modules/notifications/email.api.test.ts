import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, PASSWORD, type TestApp } from '../../../test/test-app.js';

let t: TestApp;
let failuresLeft = 1;
beforeAll(async () => {
  // The SMTP server refuses the first message, as a mail server that is briefly down would.
  t = await createTestApp({
    wrapMailer: (mailer) => ({
      ...mailer,
      async send(mail) {
        if (failuresLeft > 0) {
          failuresLeft -= 1;
          throw new Error('451 try again later');
        }
        return mailer.send(mail);
      },
    }),
  });
});
afterAll(() => t.close());

describe('e-mail jobs', () => {
  it('keeps a message whose sending failed and delivers it on the retry', async () => {
    const res = await t.call('POST', '/api/v1/auth/signup', {
      body: { email: 'retry@example.com', password: PASSWORD, displayName: 'Retry', locale: 'zh' },
    });
    expect(res.statusCode).toBe(202);
    const first = await t.ctx.jobs.runPending();
    expect(first).toEqual({ ran: 1, failed: 1 });
    expect(t.mail.to('retry@example.com')).toHaveLength(0);
    const [job] = (await t.database.query(`select state from pgboss.job where name = 'email.send'`)).rows;
    expect(job?.state).toBe('retry');

    // The retry is scheduled after a delay; bring it forward instead of waiting. Into the past: PGlite's
    // clock may read the same millisecond for the next statement, and a job is due once its start is
    // strictly before now.
    await t.database.query(
      `update pgboss.job set start_after = now() - interval '1 second' where name = 'email.send' and state = 'retry'`,
    );
    expect(await t.ctx.jobs.runPending()).toEqual({ ran: 1, failed: 0 });
    const [mail] = t.mail.to('retry@example.com');
    expect(mail?.subject).toBe('请确认您的电子邮箱');
    const [done] = (await t.database.query(`select state, retry_count from pgboss.job where name = 'email.send'`)).rows;
    expect(done).toMatchObject({ state: 'completed', retry_count: 1 });
  });

  it('enqueues nothing when the change that would cause a mail is refused', async () => {
    const before = (await t.database.query(`select count(*)::int as n from pgboss.job`)).rows[0]?.n;
    const res = await t.call('POST', '/api/v1/auth/signup', {
      body: { email: 'weak@example.com', password: 'short', displayName: 'W' },
    });
    expect(res.statusCode).toBe(422);
    const after = (await t.database.query(`select count(*)::int as n from pgboss.job`)).rows[0]?.n;
    expect(after).toBe(before);
  });
});
