import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organisationWithAdmin, submittedApplication } from '../../../test/registry-helpers.js';
import { createTestApp, type Session, type TestApp } from '../../../test/test-app.js';
import { DAY } from '../../lib/clock.js';

let t: TestApp;
let admin: Session;
let operatorRu: Session;
let operatorCn: Session;
let applicant: Session;
let organizationId: string;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.createAdmin();
  operatorRu = await t.userWithRole(admin, 'case.ru@example.ru', 'operator', 'RU');
  operatorCn = await t.userWithRole(admin, 'case.cn@example.cn', 'operator', 'CN');
  ({ admin: applicant, organizationId } = await organisationWithAdmin(t, 'accompanied@example.ru'));
});
afterAll(() => t.close());

describe('case management', () => {
  it('keeps private notes, tasks with owners and due dates, and a contact log for the operators of the jurisdiction', async () => {
    const base = `/api/v1/organizations/${organizationId}/case`;
    const note = await t.call('POST', `${base}/notes`, {
      as: operatorRu,
      body: { body: 'Интересуются выходом на рынок Китая.' },
    });
    expect(note.statusCode).toBe(201);
    const operators = (await t.call('GET', '/api/v1/me/operators?jurisdiction=RU', { as: operatorRu })).json().items;
    expect(operators.map((o: { displayName: string }) => o.displayName)).toEqual(['case.ru']);
    const task = await t.call('POST', `${base}/tasks`, {
      as: operatorRu,
      body: { title: 'Пригласить на roadshow в Пекине', dueDate: '2026-03-10', ownerId: operators[0].id },
    });
    expect(task.statusCode).toBe(201);
    const contact = await t.call('POST', `${base}/contacts`, {
      as: operatorRu,
      body: { channel: 'call', summary: 'Обсудили требования к заявке.', contactedAt: '2026-03-02T10:00:00+03:00' },
    });
    expect(contact.statusCode).toBe(201);

    t.clock.advance(10 * DAY);
    const file = (await t.call('GET', base, { as: operatorRu })).json();
    expect(file.notes).toEqual([
      expect.objectContaining({ body: 'Интересуются выходом на рынок Китая.', authorName: 'case.ru' }),
    ]);
    expect(file.tasks).toEqual([
      expect.objectContaining({
        title: 'Пригласить на roadshow в Пекине',
        ownerName: 'case.ru',
        overdue: true,
        doneAt: null,
      }),
    ]);
    expect(file.contacts).toEqual([
      expect.objectContaining({ channel: 'call', contactedAt: '2026-03-02T07:00:00.000Z' }),
    ]);

    const done = await t.call('POST', `${base}/tasks/${task.json().id}/done`, { as: operatorRu });
    expect(done.statusCode).toBe(200);
    expect((await t.call('POST', `${base}/tasks/${task.json().id}/done`, { as: operatorRu })).statusCode).toBe(404);
    expect((await t.call('GET', base, { as: operatorRu })).json().tasks[0].overdue).toBe(false);
  });

  it('is hidden from the organisation itself and from the other jurisdiction', async () => {
    const base = `/api/v1/organizations/${organizationId}/case`;
    const own = await t.call('GET', base, { as: applicant });
    expect(own.statusCode).toBe(403);
    expect(own.json().code).toBe('operator_required');
    const other = await t.call('POST', `${base}/notes`, { as: operatorCn, body: { body: 'x' } });
    expect(other.statusCode).toBe(403);
    expect(other.json().code).toBe('operator_other_jurisdiction');
    expect((await t.call('GET', base, { as: admin })).statusCode).toBe(200);
    expect((await t.call('GET', base)).statusCode).toBe(401);
  });
});

describe('PUT /api/v1/registry/settings/:jurisdiction', () => {
  it('lets an admin change the rules, which then apply to new applications', async () => {
    const current = (await t.call('GET', '/api/v1/registry/settings/RU', { as: operatorRu })).json();
    expect(current.slaWorkingDays).toBe(10);
    const changed = {
      ...current,
      slaWorkingDays: 5,
      requiredDocuments: { ...current.requiredDocuments, participant: ['registration_certificate'] },
    };
    const byOperator = await t.call('PUT', '/api/v1/registry/settings/RU', { as: operatorRu, body: changed });
    expect(byOperator.statusCode).toBe(403);
    const bad = await t.call('PUT', '/api/v1/registry/settings/RU', {
      as: admin,
      body: { ...changed, slaWorkingDays: 0, holidays: ['2026-13-45'] },
    });
    expect(bad.statusCode).toBe(422);
    expect(
      bad
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['holidays.0', 'slaWorkingDays']);
    expect((await t.call('PUT', '/api/v1/registry/settings/RU', { as: admin, body: changed })).statusCode).toBe(200);

    const { admin: newcomer, organizationId: newOrg } = await organisationWithAdmin(t, 'newcomer@example.ru');
    const application = await submittedApplication(t, newcomer, newOrg);
    const read = (await t.call('GET', `/api/v1/applications/${application.id}`, { as: newcomer })).json();
    expect(read.requiredDocuments).toEqual(['registration_certificate']);
    expect(read.documents).toHaveLength(1);
    const audit = await t.database.query(
      `select count(*)::int as n from audit_log where action = 'registry.settings_updated'`,
    );
    expect(audit.rows[0]?.n).toBe(1);
  });
});
