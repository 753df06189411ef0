import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Factories, factories } from '../../../test/factories.js';
import { organisationWithAdmin, submittedApplication } from '../../../test/registry-helpers.js';
import { createTestApp, type Session, type TestApp } from '../../../test/test-app.js';

// E-mails tell every time in the recipient's own zone, named; a deadline says whose working day it ends.
let t: TestApp;
let f: Factories;
beforeAll(async () => {
  t = await createTestApp();
  f = factories(t);
});
afterAll(() => t.close());

async function inZone(session: Session, timeZone: string) {
  const res = await t.call('PATCH', '/api/v1/me', { as: session, body: { timeZone } });
  expect(res.statusCode).toBe(200);
}

describe('times in e-mails', () => {
  it('tell a Moscow review deadline to operators in Moscow, Beijing and no zone, each in their own terms', async () => {
    const moscow = await f.operator('RU', { locale: 'ru' });
    const beijing = await f.operator('RU', { locale: 'zh' });
    const unset = await f.operator('RU', { locale: 'en' });
    await inZone(moscow, 'Europe/Moscow');
    await inZone(beijing, 'Asia/Shanghai');
    const { admin, organizationId } = await organisationWithAdmin(t, 'zones-applicant@example.ru', { city: 'Москва' });

    t.mail.clear();
    const application = await submittedApplication(t, admin, organizationId);
    await t.runJobs();
    // The deadline ends a Moscow working day: 23:59 in Moscow is 04:59 the next day in Beijing.
    const deadline = new Date(application.deadlineAt);
    expect(deadline.getUTCHours()).toBe(20);

    const [ru] = t.mail.to(moscow.email);
    expect(ru?.text).toMatch(
      /Срок рассмотрения: до конца рабочего дня \d+ [а-я]+ 2026 г\. по Москве \(23:59 GMT\+3\)\./,
    );
    const [zh] = t.mail.to(beijing.email);
    expect(zh?.text).toMatch(
      /审核截止时间：莫斯科工作日 2026年\d+月\d+日 结束前（GMT\+3 23:59；您的时间 2026年\d+月\d+日 GMT\+8 04:59）。/,
    );
    const [en] = t.mail.to(unset.email);
    expect(en?.text).toMatch(
      /Review deadline: by the end of \d+ [A-Z][a-z]+ 2026, a Moscow working day \(23:59 GMT\+3; \d+ [A-Z][a-z]+ 2026(,| at) 20:59 UTC for you\)\./,
    );
  });

  it('tell when an invitation expires in the invitee’s zone', async () => {
    const owner = await f.user({ locale: 'en' });
    const organization = await f.organization(owner);
    const invitee = await f.user({ locale: 'zh' });
    await inZone(invitee, 'Asia/Shanghai');
    t.mail.clear();
    const res = await t.call('POST', `/api/v1/organizations/${organization.id}/invitations`, {
      as: owner,
      body: { email: invitee.email, role: 'member' },
    });
    expect(res.statusCode).toBe(201);
    await t.runJobs();
    const [mail] = t.mail.to(invitee.email);
    expect(mail?.text).toMatch(/邀请有效期至 2026年\d+月\d+日 GMT\+8 \d+:\d\d。/);
  });
});
