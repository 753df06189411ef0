import { withCheckDigits } from '@innobridge/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  approvedOrganisation,
  organisationWithAdmin,
  PDF,
  submittedApplication,
  upload,
} from '../../../test/registry-helpers.js';
import { createTestApp, type Session, type TestApp } from '../../../test/test-app.js';

let t: TestApp;
let admin: Session;
let operatorRu: Session;
let colleagueRu: Session;
let operatorCn: Session;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.createAdmin();
  operatorRu = await t.userWithRole(admin, 'integrity.ru@example.ru', 'operator', 'RU');
  colleagueRu = await t.userWithRole(admin, 'integrity.colleague@example.ru', 'operator', 'RU');
  operatorCn = await t.userWithRole(admin, 'integrity.cn@example.cn', 'operator', 'CN');
});
afterAll(() => t.close());

const RU_CRITERIA = [
  'legal_entity_verified',
  'registered_in_cluster_territory',
  'documents_complete',
  'no_exclusion_grounds',
];

const stateOf = async (applicationId: string) =>
  (await t.database.query('select state from status_applications where id = $1', [applicationId])).rows[0]?.state;
const statusOf = async (organizationId: string) =>
  (await t.database.query('select status from organizations where id = $1', [organizationId])).rows[0]?.status;

describe('an application never submitted', () => {
  it('is read by the organisation only: no operator of either jurisdiction reads the draft or its documents', async () => {
    const { admin: applicant, organizationId } = await organisationWithAdmin(t, 'drafting@example.ru');
    const draft = (
      await t.call('POST', `/api/v1/organizations/${organizationId}/applications`, { as: applicant, body: {} })
    ).json();
    const document = (await upload(t, applicant, draft.id, 'charter', { name: 'charter.pdf', content: PDF })).json();

    for (const operator of [operatorRu, operatorCn]) {
      const read = await t.call('GET', `/api/v1/applications/${draft.id}`, { as: operator });
      expect(read.statusCode).toBe(403);
      expect(read.json().code).toBe('organization_forbidden');
      const file = await t.call('GET', `/api/v1/applications/${draft.id}/documents/${document.id}`, { as: operator });
      expect(file.statusCode).toBe(403);
    }
    const view = await t.call('GET', `/api/v1/organizations/${organizationId}/registry`, { as: operatorRu });
    expect(view.statusCode).toBe(200);
    expect(view.json().applications).toEqual([]);
    // The organisation itself still works on it.
    expect((await t.call('GET', `/api/v1/applications/${draft.id}`, { as: applicant })).statusCode).toBe(200);

    // Withdrawn before it was ever sent: still the organisation's own.
    await t.call('POST', `/api/v1/applications/${draft.id}/withdraw`, { as: applicant });
    expect((await t.call('GET', `/api/v1/applications/${draft.id}`, { as: operatorRu })).statusCode).toBe(403);

    // Once submitted, the operator of its jurisdiction reads it, and only that one.
    const submitted = await submittedApplication(t, applicant, organizationId);
    expect((await t.call('GET', `/api/v1/applications/${submitted.id}`, { as: operatorRu })).statusCode).toBe(200);
    expect((await t.call('GET', `/api/v1/applications/${submitted.id}`, { as: operatorCn })).statusCode).toBe(403);
    const after = await t.call('GET', `/api/v1/organizations/${organizationId}/registry`, { as: operatorRu });
    expect(after.json().applications.map((a: { id: string }) => a.id)).toEqual([submitted.id]);
  });
});

describe('an operator and their own organisation', () => {
  it('refuses every decision on the application of an organisation the operator belongs to, and the queue says so', async () => {
    // The operator registers their own company and applies for it.
    const created = await t.call('POST', '/api/v1/organizations', {
      as: operatorRu,
      body: {
        type: 'company',
        jurisdiction: 'RU',
        city: 'Moscow',
        legalId: withCheckDigits('inn', '771234567'),
        name: { ru: 'Своя компания' },
      },
    });
    expect(created.statusCode).toBe(201);
    const organizationId = created.json().id as string;
    const application = await submittedApplication(t, operatorRu, organizationId);

    const queue = (await t.call('GET', '/api/v1/registry/applications', { as: operatorRu })).json();
    expect(queue.items.find((a: { id: string }) => a.id === application.id)).toMatchObject({ ownOrganization: true });
    const theirs = (await t.call('GET', '/api/v1/registry/applications', { as: colleagueRu })).json();
    expect(theirs.items.find((a: { id: string }) => a.id === application.id)).toMatchObject({
      ownOrganization: false,
    });

    const take = await t.call('POST', `/api/v1/applications/${application.id}/take`, { as: operatorRu, locale: 'ru' });
    expect(take.statusCode).toBe(403);
    expect(take.json().code).toBe('decision_own_organization');
    expect(take.json().detail).toContain('другой оператор');
    expect(await stateOf(application.id)).toBe('submitted');

    expect((await t.call('POST', `/api/v1/applications/${application.id}/take`, { as: colleagueRu })).statusCode).toBe(
      200,
    );
    for (const [path, body] of [
      ['approve', { checklist: RU_CRITERIA, reason: 'Всё проверено.' }],
      ['reject', { reason: 'Нет.' }],
      ['request-info', { message: 'Вопрос?' }],
      ['take', undefined],
    ] as const) {
      const res = await t.call('POST', `/api/v1/applications/${application.id}/${path}`, { as: operatorRu, body });
      expect(res.statusCode, path).toBe(403);
      expect(res.json().code).toBe('decision_own_organization');
    }
    expect(await stateOf(application.id)).toBe('in_review');
    expect(await statusOf(organizationId)).toBe('applicant');

    const approved = await t.call('POST', `/api/v1/applications/${application.id}/approve`, {
      as: colleagueRu,
      body: { checklist: RU_CRITERIA, reason: 'Всё проверено.' },
    });
    expect(approved.statusCode).toBe(200);

    // Nor the status afterwards.
    const suspend = await t.call('POST', `/api/v1/organizations/${organizationId}/status/suspend`, {
      as: operatorRu,
      body: { reason: 'x' },
    });
    expect(suspend.statusCode).toBe(403);
    expect(suspend.json().code).toBe('decision_own_organization');
    expect(await statusOf(organizationId)).toBe('participant');
  });
});

describe('changing the facts an operator verified', () => {
  it('returns a participant to "none" when its admin moves it to another jurisdiction, tells the operator who approved it, and leaves each jurisdiction its own case notes', async () => {
    const { admin: owner, organizationId } = await approvedOrganisation(t, operatorCn, 'moving@example.cn', {
      jurisdiction: 'CN',
      name: { zh: '迁移科技' },
    });
    const note = await t.call('POST', `/api/v1/organizations/${organizationId}/case/notes`, {
      as: operatorCn,
      body: { body: '内部备注：仅限北京运营方。' },
    });
    expect(note.statusCode).toBe(201);
    await t.runJobs();
    const mailsBefore = t.mail.to('integrity.cn@example.cn').length;
    const move = { jurisdiction: 'RU', legalId: withCheckDigits('inn', '771999001'), city: 'Moscow' };

    const unconfirmed = await t.call('PATCH', `/api/v1/organizations/${organizationId}`, {
      as: owner,
      body: move,
      locale: 'en',
    });
    expect(unconfirmed.statusCode).toBe(409);
    expect(unconfirmed.json().code).toBe('verified_facts_status_loss');
    expect(unconfirmed.json().detail).toContain('“participant”');
    const unchanged = await t.database.query('select jurisdiction, status from organizations where id = $1', [
      organizationId,
    ]);
    expect(unchanged.rows[0]).toEqual({ jurisdiction: 'CN', status: 'participant' });

    const moved = await t.call('PATCH', `/api/v1/organizations/${organizationId}`, {
      as: owner,
      body: { ...move, acknowledgeStatusLoss: true },
    });
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toMatchObject({ jurisdiction: 'RU', status: 'none', place: 'RU-MOW', city: '' });
    const history = (await t.call('GET', `/api/v1/organizations/${organizationId}/registry`, { as: owner })).json()
      .history;
    expect(history[0]).toMatchObject({ fromStatus: 'participant', toStatus: 'none', cause: 'facts_changed' });
    const audit = await t.database.query(
      `select actor_user_id, summary from audit_log where action = 'organization.status_changed' and subject_id = $1 order by seq desc limit 1`,
      [organizationId],
    );
    expect(audit.rows[0]).toMatchObject({
      actor_user_id: owner.userId,
      summary: { from: 'participant', to: 'none', cause: 'facts_changed' },
    });
    await t.runJobs();
    const told = t.mail.to('integrity.cn@example.cn').slice(mailsBefore);
    expect(told).toHaveLength(1);
    expect(told[0]?.subject).toContain('迁移科技');
    // The places in the operator's language (English here), from the reference list.
    expect(told[0]?.text).toContain('Moscow');
    const registry = (await t.call('GET', '/api/v1/registry?limit=100')).json();
    expect(registry.items.map((o: { id: string }) => o.id)).not.toContain(organizationId);

    // The Russian operator now keeps the file, without the Chinese operator's notes.
    const ruFile = await t.call('GET', `/api/v1/organizations/${organizationId}/case`, { as: operatorRu });
    expect(ruFile.statusCode).toBe(200);
    expect(ruFile.json().notes).toEqual([]);
    await t.call('POST', `/api/v1/organizations/${organizationId}/case/notes`, {
      as: operatorRu,
      body: { body: 'Заметка московского оператора.' },
    });
    const cnFile = await t.call('GET', `/api/v1/organizations/${organizationId}/case`, { as: operatorCn });
    expect(cnFile.statusCode).toBe(200);
    expect(cnFile.json().notes.map((n: { body: string }) => n.body)).toEqual(['内部备注：仅限北京运营方。']);
    const cnWrites = await t.call('POST', `/api/v1/organizations/${organizationId}/case/notes`, {
      as: operatorCn,
      body: { body: 'x' },
    });
    expect(cnWrites.statusCode).toBe(403);
    expect(cnWrites.json().code).toBe('operator_other_jurisdiction');
    const ruAgain = (await t.call('GET', `/api/v1/organizations/${organizationId}/case`, { as: operatorRu })).json();
    expect(ruAgain.notes.map((n: { body: string }) => n.body)).toEqual(['Заметка московского оператора.']);
  });

  it('refuses the change during an application and during a suspension, changing nothing; without a status, or for other fields, it is free', async () => {
    const { admin: owner, organizationId } = await organisationWithAdmin(t, 'facts.none@example.ru');
    const free = await t.call('PATCH', `/api/v1/organizations/${organizationId}`, {
      as: owner,
      body: { city: 'Zelenograd' },
    });
    expect(free.statusCode).toBe(200);

    const draft = (
      await t.call('POST', `/api/v1/organizations/${organizationId}/applications`, { as: owner, body: {} })
    ).json();
    const during = await t.call('PATCH', `/api/v1/organizations/${organizationId}`, {
      as: owner,
      body: { city: 'Tver', acknowledgeStatusLoss: true },
    });
    expect(during.statusCode).toBe(409);
    expect(during.json().code).toBe('verified_facts_application_open');
    await t.call('POST', `/api/v1/applications/${draft.id}/withdraw`, { as: owner });

    const member = await approvedOrganisation(t, operatorRu, 'facts.suspended@example.ru');
    const renamed = await t.call('PATCH', `/api/v1/organizations/${member.organizationId}`, {
      as: member.admin,
      body: { name: { ru: 'Новое имя' }, city: ' Moscow ' },
    });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json().status).toBe('participant');
    await t.call('POST', `/api/v1/organizations/${member.organizationId}/status/suspend`, {
      as: operatorRu,
      body: { reason: 'Проверка.' },
    });
    const leaving = await t.call('PATCH', `/api/v1/organizations/${member.organizationId}`, {
      as: member.admin,
      body: { city: 'Tver', acknowledgeStatusLoss: true },
    });
    expect(leaving.statusCode).toBe(409);
    expect(leaving.json().code).toBe('verified_facts_sanctioned');
    const row = await t.database.query('select place, city, status from organizations where id = $1', [
      member.organizationId,
    ]);
    expect(row.rows[0]).toEqual({ place: 'RU-MOW', city: '', status: 'suspended' });
  });
});
