import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Factories, factories, type OrganizationOptions } from '../../../test/factories.js';
import { multipart, PDF, PNG, submittedApplication, upload } from '../../../test/registry-helpers.js';
import { createTestApp, type Session, type TestApp } from '../../../test/test-app.js';
import { DAY } from '../../lib/clock.js';

let t: TestApp;
let f: Factories;
beforeAll(async () => {
  t = await createTestApp();
  f = factories(t);
});

/** The operators a test needs, its own: a test moving the clock on leaves the others' sessions alone. */
async function operators() {
  return { operatorRu: await f.operator('RU'), operatorCn: await f.operator('CN') };
}

/** A new user, signed in, who is the admin of a new organisation without a status. */
async function organisationWithAdmin(email: string, org: OrganizationOptions = {}) {
  const applicant = await f.user({ email });
  return { admin: applicant, organizationId: (await f.organization(applicant, org)).id };
}
afterAll(() => t.close());

const ALL_RU_CRITERIA = [
  'legal_entity_verified',
  'registered_in_cluster_territory',
  'documents_complete',
  'no_exclusion_grounds',
];

async function statusOf(organizationId: string, as: Session) {
  return (await t.call('GET', `/api/v1/organizations/${organizationId}`, { as })).json().status as string;
}

describe('the status workflow through HTTP', () => {
  it('goes draft → submit → take → request info → answer → approve, keeping history, audit and notifications', async () => {
    const { operatorRu, operatorCn } = await operators();
    const { admin: applicant, organizationId } = await organisationWithAdmin('moscow-applicant@example.ru', {
      city: 'Москва',
    });

    const view = await t.call('GET', `/api/v1/organizations/${organizationId}/registry`, { as: applicant });
    expect(view.statusCode).toBe(200);
    expect(view.json().eligibility).toMatchObject({
      canApply: true,
      status: 'participant',
      reviewerJurisdictions: ['RU'],
      requiredDocuments: ['registration_certificate', 'charter', 'application_letter'],
    });

    const draft = await t.call('POST', `/api/v1/organizations/${organizationId}/applications`, {
      as: applicant,
      body: {},
    });
    expect(draft.statusCode).toBe(201);
    const id = draft.json().id as string;
    expect(draft.json()).toMatchObject({ state: 'draft', requestedStatus: 'participant', reviewerJurisdiction: 'RU' });

    const early = await t.call('POST', `/api/v1/applications/${id}/submit`, { as: applicant, locale: 'ru' });
    expect(early.statusCode).toBe(422);
    expect(early.json().code).toBe('documents_missing');
    expect(early.json().errors.map((e: { path: string }) => e.path)).toEqual([
      'documents.registration_certificate',
      'documents.charter',
      'documents.application_letter',
    ]);

    for (const kind of ['registration_certificate', 'charter', 'application_letter']) {
      expect((await upload(t, applicant, id, kind, { name: `${kind}.pdf`, content: PDF })).statusCode).toBe(201);
    }
    // A replaced document: the newest stays, the application still has one per kind.
    const replaced = await upload(t, applicant, id, 'charter', { name: 'устав.png', content: PNG });
    expect(replaced.json()).toMatchObject({ kind: 'charter', fileName: 'устав.png', contentType: 'image/png' });
    const preview = await t.call('GET', `/api/v1/applications/${id}/documents/${replaced.json().id}`, {
      as: applicant,
    });
    expect(preview.statusCode).toBe(200);
    expect(preview.headers['content-type']).toBe('image/png');
    expect(preview.rawPayload.equals(PNG)).toBe(true);

    t.mail.clear();
    const submitted = await t.call('POST', `/api/v1/applications/${id}/submit`, { as: applicant });
    expect(submitted.statusCode).toBe(200);
    expect(submitted.json().documents).toHaveLength(3);
    // Monday 2 March 2026 + 10 working days (9 March is a Russian holiday) = Tuesday 17 March, end of day in Moscow
    expect(submitted.json().deadlineAt).toBe('2026-03-17T20:59:59.999Z');
    expect(await statusOf(organizationId, operatorRu)).toBe('applicant');
    await t.runJobs();
    expect(t.mail.to(operatorRu.email).map((m) => m.subject)).toEqual([
      expect.stringContaining('New status application'),
    ]);
    expect(t.mail.to(operatorCn.email)).toHaveLength(0);

    const queue = await t.call('GET', '/api/v1/registry/applications', { as: operatorRu });
    expect(queue.json().items.map((a: { id: string }) => a.id)).toContain(id);
    expect(queue.json().counts.byState.submitted).toBe(1);
    const cnQueue = await t.call('GET', '/api/v1/registry/applications', { as: operatorCn });
    expect(cnQueue.json().items).toHaveLength(0);

    const taken = await t.call('POST', `/api/v1/applications/${id}/take`, { as: operatorRu });
    expect(taken.json()).toMatchObject({ state: 'in_review', assignedOperatorName: operatorRu.displayName });

    t.clock.advance(2 * DAY); // Wednesday 4 March
    const asked = await t.call('POST', `/api/v1/applications/${id}/request-info`, {
      as: operatorRu,
      body: { message: 'Пришлите, пожалуйста, устав в последней редакции.' },
    });
    expect(asked.json()).toMatchObject({ state: 'info_requested', slaPausedDaysLeft: 8 });
    const locked = await upload(t, applicant, id, 'charter', { name: 'устав.pdf', content: PDF });
    expect(locked.statusCode).toBe(201); // documents can be replaced while information is requested

    t.clock.advance(7 * DAY); // Wednesday 11 March: the clock was paused meanwhile
    const answered = await t.call('POST', `/api/v1/applications/${id}/answer`, {
      as: applicant,
      body: { message: 'Загрузили новую редакцию.' },
    });
    expect(answered.json().state).toBe('in_review');
    // 8 working days from Wednesday 11 March: 12, 13, 16, 17, 18, 19, 20, 23 March
    expect(answered.json().deadlineAt).toBe('2026-03-23T20:59:59.999Z');
    expect(answered.json().messages.map((m: { kind: string; authorSide: string }) => [m.kind, m.authorSide])).toEqual([
      ['info_request', 'operator'],
      ['answer', 'applicant'],
    ]);

    const incomplete = await t.call('POST', `/api/v1/applications/${id}/approve`, {
      as: operatorRu,
      body: { checklist: ['legal_entity_verified'], reason: 'ok' },
    });
    expect(incomplete.statusCode).toBe(422);
    expect(incomplete.json().code).toBe('checklist_incomplete');

    const approved = await t.call('POST', `/api/v1/applications/${id}/approve`, {
      as: operatorRu,
      body: { checklist: ALL_RU_CRITERIA, reason: 'Все критерии подтверждены.' },
    });
    expect(approved.statusCode).toBe(200);
    expect(approved.json()).toMatchObject({ state: 'approved', decisionReason: 'Все критерии подтверждены.' });
    expect(await statusOf(organizationId, operatorRu)).toBe('participant');
    const card = (await t.call('GET', `/api/v1/organizations/${organizationId}`, { as: applicant })).json();
    expect(card.statusSince).toBe(t.clock.now().toISOString());

    const after = (await t.call('GET', `/api/v1/organizations/${organizationId}/registry`, { as: applicant })).json();
    expect(after.history.map((h: { fromStatus: string; toStatus: string }) => [h.fromStatus, h.toStatus])).toEqual([
      ['applicant', 'participant'],
      ['none', 'applicant'],
    ]);
    expect(after.eligibility).toMatchObject({ canApply: false, reason: 'registry_already_member' });

    const audit = await t.database.query(
      `select action from audit_log where subject_id = $1 and subject_type = 'status_application' order by seq`,
      [id],
    );
    expect(audit.rows.map((r) => r.action)).toEqual([
      'registry.application_created',
      'registry.document_uploaded',
      'registry.document_uploaded',
      'registry.document_uploaded',
      'registry.document_uploaded',
      // the preview of the replaced document above
      'registry.document_downloaded',
      'registry.application_submit',
      'registry.application_take',
      'registry.application_request_info',
      'registry.document_uploaded',
      'registry.application_answer',
      'registry.application_approve',
    ]);

    await t.runJobs();
    const subjects = t.mail.to('moscow-applicant@example.ru').map((m) => m.subject);
    expect(subjects).toEqual([
      'Your application is under review',
      'The operator asks for more information',
      expect.stringMatching(/^Application approved: .* is now “participant”$/),
    ]);
    const bell = await t.call('GET', '/api/v1/me/notifications', { as: applicant, locale: 'zh' });
    expect(bell.json().unread).toBe(3);
    expect(bell.json().items[0].title).toMatch(/^申请已批准：.*现为“正式成员”$/);
    expect((await t.call('POST', '/api/v1/me/notifications/read', { as: applicant, body: {} })).statusCode).toBe(204);
    expect((await t.call('GET', '/api/v1/me/notifications', { as: applicant })).json().unread).toBe(0);
  });

  it('rejects with a reason the applicant reads, and returns the organisation to its former status', async () => {
    const { operatorRu } = await operators();
    const { admin: applicant, organizationId } = await organisationWithAdmin('kazan@example.ru', { city: 'Казань' });
    const application = await submittedApplication(t, applicant, organizationId);
    await t.call('POST', `/api/v1/applications/${application.id}/take`, { as: operatorRu });
    const noReason = await t.call('POST', `/api/v1/applications/${application.id}/reject`, {
      as: operatorRu,
      body: { reason: '  ' },
    });
    expect(noReason.statusCode).toBe(422);
    const rejected = await t.call('POST', `/api/v1/applications/${application.id}/reject`, {
      as: operatorRu,
      body: { reason: 'Не подтверждена регистрация юридического лица.' },
    });
    expect(rejected.json()).toMatchObject({ state: 'rejected', requestedStatus: 'partner' });
    expect(await statusOf(organizationId, operatorRu)).toBe('none');
    const seen = await t.call('GET', `/api/v1/applications/${application.id}`, { as: applicant });
    expect(seen.json().decisionReason).toBe('Не подтверждена регистрация юридического лица.');
    await t.runJobs();
    expect(t.mail.to('kazan@example.ru').at(-1)?.text).toContain('Не подтверждена регистрация юридического лица.');
  });

  it('refuses a forbidden transition with 409 and a clear code', async () => {
    const { operatorRu } = await operators();
    const { admin: applicant, organizationId } = await organisationWithAdmin('forbidden@example.ru');
    const application = await submittedApplication(t, applicant, organizationId);
    const approveUntaken = await t.call('POST', `/api/v1/applications/${application.id}/approve`, {
      as: operatorRu,
      locale: 'en',
      body: { checklist: ALL_RU_CRITERIA, reason: 'x' },
    });
    expect(approveUntaken.statusCode).toBe(409);
    expect(approveUntaken.json()).toMatchObject({
      code: 'application_state_conflict',
      detail: 'This cannot be done while the application is “submitted”.',
    });
    const again = await t.call('POST', `/api/v1/applications/${application.id}/submit`, {
      as: applicant,
      locale: 'ru',
    });
    expect(again.json()).toMatchObject({
      code: 'application_state_conflict',
      detail: 'Это невозможно, пока заявка в состоянии «подана».',
    });
    const second = await t.call('POST', `/api/v1/organizations/${organizationId}/applications`, {
      as: applicant,
      body: {},
    });
    expect(second.statusCode).toBe(409);
    expect(second.json().code).toBe('application_open');
  });

  it('suspends, reinstates and excludes with a reason; an excluded organisation re-applies after the waiting period', async () => {
    const { operatorRu, operatorCn } = await operators();
    const { admin: applicant, organizationId } = await organisationWithAdmin('cycle@example.ru');
    const application = await submittedApplication(t, applicant, organizationId);
    await t.call('POST', `/api/v1/applications/${application.id}/take`, { as: operatorRu });
    await t.call('POST', `/api/v1/applications/${application.id}/approve`, {
      as: operatorRu,
      body: { checklist: ALL_RU_CRITERIA, reason: 'ok' },
    });

    const noReason = await t.call('POST', `/api/v1/organizations/${organizationId}/status/suspend`, {
      as: operatorRu,
      body: {},
    });
    expect(noReason.statusCode).toBe(422);
    const byCn = await t.call('POST', `/api/v1/organizations/${organizationId}/status/suspend`, {
      as: operatorCn,
      body: { reason: 'x' },
    });
    expect(byCn.statusCode).toBe(403);
    expect(byCn.json().code).toBe('operator_other_jurisdiction');
    const suspended = await t.call('POST', `/api/v1/organizations/${organizationId}/status/suspend`, {
      as: operatorRu,
      body: { reason: 'Нет отчёта за год.' },
    });
    expect(suspended.json().status).toBe('suspended');
    const reinstated = await t.call('POST', `/api/v1/organizations/${organizationId}/status/reinstate`, {
      as: operatorRu,
      body: { reason: 'Отчёт получен.' },
    });
    expect(reinstated.json().status).toBe('participant');
    const twice = await t.call('POST', `/api/v1/organizations/${organizationId}/status/reinstate`, {
      as: operatorRu,
      body: { reason: 'x' },
    });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().code).toBe('status_transition_forbidden');

    const excluded = await t.call('POST', `/api/v1/organizations/${organizationId}/status/exclude`, {
      as: operatorRu,
      body: { reason: 'Нарушение устава кластера.' },
    });
    expect(excluded.json().status).toBe('excluded');
    const tooSoon = await t.call('POST', `/api/v1/organizations/${organizationId}/applications`, {
      as: applicant,
      locale: 'en',
      body: {},
    });
    expect(tooSoon.statusCode).toBe(409);
    expect(tooSoon.json().code).toBe('reapply_waiting');
    expect(tooSoon.json().detail).toMatch(/may apply again from \d{4}-\d{2}-\d{2}/);

    t.clock.advance(185 * DAY);
    // Half a year later the applicant signs in again (sessions expire after 30 idle days).
    const returning = await t.signIn(applicant.email);
    const reapplied = await t.call('POST', `/api/v1/organizations/${organizationId}/applications`, {
      as: returning,
      body: {},
    });
    expect(reapplied.statusCode).toBe(201);
    const history = (await t.call('GET', `/api/v1/organizations/${organizationId}/registry`, { as: returning })).json()
      .history;
    expect(history.map((h: { toStatus: string; reason: string | null }) => [h.toStatus, h.reason]).slice(0, 3)).toEqual(
      [
        ['excluded', 'Нарушение устава кластера.'],
        ['participant', 'Отчёт получен.'],
        ['suspended', 'Нет отчёта за год.'],
      ],
    );
  });

  it('lets an organisation from a third country choose its reviewing operator', async () => {
    const { operatorRu, operatorCn } = await operators();
    const { admin: applicant, organizationId } = await organisationWithAdmin('almaty@example.kz', {
      jurisdiction: 'OTHER',
      city: 'Almaty',
    });
    const none = await t.call('POST', `/api/v1/organizations/${organizationId}/applications`, {
      as: applicant,
      body: {},
    });
    expect(none.statusCode).toBe(422);
    expect(none.json().code).toBe('reviewer_required');
    const application = await submittedApplication(t, applicant, organizationId, { reviewerJurisdiction: 'CN' });
    const read = await t.call('GET', `/api/v1/applications/${application.id}`, { as: operatorCn });
    expect(read.json()).toMatchObject({ reviewerJurisdiction: 'CN', requestedStatus: 'partner' });
    expect((await t.call('POST', `/api/v1/applications/${application.id}/take`, { as: operatorRu })).statusCode).toBe(
      403,
    );
    expect((await t.call('POST', `/api/v1/applications/${application.id}/take`, { as: operatorCn })).statusCode).toBe(
      200,
    );
  });
});

describe('authorisation', () => {
  it('lets neither the applicant decide, nor a CN operator decide an RU application, nor a plain member submit', async () => {
    const { operatorRu, operatorCn } = await operators();
    const { admin: applicant, organizationId } = await organisationWithAdmin('authz@example.ru');
    const application = await submittedApplication(t, applicant, organizationId);
    const selfTake = await t.call('POST', `/api/v1/applications/${application.id}/take`, { as: applicant });
    expect(selfTake.statusCode).toBe(403);
    expect(selfTake.json().code).toBe('operator_required');
    await t.call('POST', `/api/v1/applications/${application.id}/take`, { as: operatorRu });
    const cn = await t.call('POST', `/api/v1/applications/${application.id}/approve`, {
      as: operatorCn,
      body: { checklist: ALL_RU_CRITERIA, reason: 'x' },
    });
    expect(cn.statusCode).toBe(403);
    expect(cn.json().code).toBe('operator_other_jurisdiction');
    const selfApprove = await t.call('POST', `/api/v1/applications/${application.id}/approve`, {
      as: applicant,
      body: { checklist: ALL_RU_CRITERIA, reason: 'x' },
    });
    expect(selfApprove.statusCode).toBe(403);
    expect((await t.call('GET', `/api/v1/applications/${application.id}`)).statusCode).toBe(401);

    // a plain member of another organisation's applicant cannot submit
    const other = await organisationWithAdmin('other-admin@example.ru');
    const member = await f.member(other.organizationId, other.admin);
    const draft = await t.call('POST', `/api/v1/organizations/${other.organizationId}/applications`, {
      as: other.admin,
      body: {},
    });
    const memberSubmit = await t.call('POST', `/api/v1/applications/${draft.json().id}/submit`, { as: member });
    expect(memberSubmit.statusCode).toBe(403);
    expect(memberSubmit.json().code).toBe('organization_admin_required');
    expect((await t.call('GET', `/api/v1/applications/${draft.json().id}`, { as: member })).statusCode).toBe(200);
    const strangerRead = await t.call('GET', `/api/v1/applications/${draft.json().id}`, { as: applicant });
    expect(strangerRead.statusCode).toBe(403);
  });
});

describe('POST /api/v1/applications/:id/documents', () => {
  it('refuses a file named .pdf whose content is not a PDF, and an oversized file, leaving nothing stored', async () => {
    const { admin: applicant, organizationId } = await organisationWithAdmin('files@example.ru');
    const draft = await t.call('POST', `/api/v1/organizations/${organizationId}/applications`, {
      as: applicant,
      body: {},
    });
    const id = draft.json().id;
    const filesDir = path.join(t.dataDir, 'files');
    const storedFiles = () =>
      fs.existsSync(filesDir)
        ? fs
            .readdirSync(filesDir, { recursive: true })
            .filter((f) => String(f).includes('-') && !String(f).endsWith('/'))
        : [];
    const before = storedFiles().length;

    const fake = await upload(t, applicant, id, 'charter', {
      name: 'charter.pdf',
      content: Buffer.from('MZ\x90\x00 this is an executable, not a PDF'),
    });
    expect(fake.statusCode).toBe(422);
    expect(fake.json().code).toBe('file_type_refused');

    const big = Buffer.concat([PDF, Buffer.alloc(11 * 1024 * 1024, 0x20)]);
    const oversized = await upload(t, applicant, id, 'charter', { name: 'big.pdf', content: big });
    expect(oversized.statusCode).toBe(413);
    expect(oversized.json().code).toBe('file_too_large');

    const noKind = multipart(null, { name: 'a.pdf', content: PDF });
    const missingKind = await t.call('POST', `/api/v1/applications/${id}/documents`, { as: applicant, ...noKind });
    expect(missingKind.statusCode).toBe(422);

    const rows = await t.database.query(
      'select count(*)::int as n from application_documents where application_id = $1',
      [id],
    );
    expect(rows.rows[0]?.n).toBe(0);
    expect(storedFiles().length).toBe(before);
  });
});
