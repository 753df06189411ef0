import fs from 'node:fs';
import { type ErrorCode, withCheckDigits } from '@innobridge/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { approvedOrganisation, multipart, multipartForm, PDF, submittedApplication } from '../test/registry-helpers.js';
import { createTestApp, type Session, type TestApp, tokenFromLink } from '../test/test-app.js';

/**
 * The authorisation matrix of the registry, exchange, matching and notifications modules: every route,
 * called by each kind of actor with a valid request, so that only who is calling decides the answer.
 * The owner's organisation is a participant in Moscow; the counterpart is the other side of its
 * expressions of interest and conversations; the outsider belongs to a third organisation.
 */

const ACTORS = [
  'anonymous',
  'outsider',
  'counterpart',
  'member',
  'orgAdmin',
  'operator',
  'foreignOperator',
  'admin',
] as const;
type ActorName = (typeof ACTORS)[number];
const WHO: Record<ActorName, string> = {
  anonymous: 'an anonymous caller',
  outsider: 'a member of an unrelated organisation',
  counterpart: 'the other side of an interest or conversation',
  member: 'a member of the organisation',
  orgAdmin: "the organisation's admin",
  operator: "an operator of the organisation's jurisdiction",
  foreignOperator: 'an operator of the other jurisdiction',
  admin: 'a platform admin',
};

type Refusal = { status: 403 | 404; code: ErrorCode };
type Expected = number | Refusal;
const NOT_MEMBER: Refusal = { status: 403, code: 'organization_forbidden' };
const NOT_ORG_ADMIN: Refusal = { status: 403, code: 'organization_admin_required' };
const NOT_OPERATOR: Refusal = { status: 403, code: 'operator_required' };
const OTHER_JURISDICTION: Refusal = { status: 403, code: 'operator_other_jurisdiction' };
const NOT_ADMIN: Refusal = { status: 403, code: 'admin_required' };

type Prepared = {
  params?: Record<string, string>;
  body?: unknown;
  /** A raw body with its headers (multipart uploads). */
  raw?: { payload: Buffer; headers: Record<string, string> };
};
type Row = {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  route: string;
  body?: unknown;
  /**
   * Makes what the call consumes (an application in a given state, an interest to answer): fresh for
   * each actor who succeeds, and once for all who are refused, since a refused call changes nothing.
   */
  prepare?: (actor: ActorName) => Promise<Prepared>;
  /** The preparation depends on who calls: made for each actor. */
  perActor?: true;
  expect: Record<ActorName, Expected>;
};

let t: TestApp;
const sessions = {} as Record<Exclude<ActorName, 'anonymous'>, Session>;
/** The owner's organisation (a participant) and the counterpart's and outsider's. */
let orgId: string;
let counterpartOrgId: string;
let outsiderOrgId: string;
let publishedId: string;
let interestId: string;
let conversationId: string;
let attachmentId: string;

let serial = 0;

async function ok(res: { statusCode: number; body: string }, status: number, what: string) {
  if (res.statusCode !== status) throw new Error(`${what}: ${res.statusCode} ${res.body}`);
}

/** A member joins an organisation through an invitation, as in the web app. */
async function join(organizationId: string, by: Session, session: Session) {
  const invited = await t.call('POST', `/api/v1/organizations/${organizationId}/invitations`, {
    as: by,
    body: { email: session.email },
  });
  await ok(invited, 201, 'invite');
  await t.runJobs();
  const token = tokenFromLink(t.mail.to(session.email).at(-1), '/invitations/accept');
  await ok(await t.call('POST', '/api/v1/invitations/accept', { as: session, body: { token } }), 200, 'accept');
}

/** A new organisation of the owner's admin, with the member in it, and no status. */
async function freshOrganisation(): Promise<string> {
  serial += 1;
  const res = await t.call('POST', '/api/v1/organizations', {
    as: sessions.orgAdmin,
    body: {
      type: 'company',
      jurisdiction: 'RU',
      city: 'Moscow',
      legalId: withCheckDigits('inn', String(771_200_000 + serial)),
      name: { ru: `Матрица ${serial}` },
    },
  });
  await ok(res, 201, 'organisation');
  const id = res.json().id as string;
  await join(id, sessions.orgAdmin, sessions.member);
  return id;
}

type ApplicationState = 'draft' | 'submitted' | 'in_review' | 'info_requested';

/** An application of a fresh organisation of the owner's admin, brought to `state`. */
async function applicationIn(state: ApplicationState): Promise<{ id: string; organizationId: string }> {
  const organizationId = await freshOrganisation();
  if (state === 'draft') {
    const draft = await t.call('POST', `/api/v1/organizations/${organizationId}/applications`, {
      as: sessions.orgAdmin,
      body: {},
    });
    await ok(draft, 201, 'draft');
    return { id: draft.json().id, organizationId };
  }
  const { id } = await submittedApplication(t, sessions.orgAdmin, organizationId);
  if (state === 'submitted') return { id, organizationId };
  await ok(await t.call('POST', `/api/v1/applications/${id}/take`, { as: sessions.operator }), 200, 'take');
  if (state === 'in_review') return { id, organizationId };
  await ok(
    await t.call('POST', `/api/v1/applications/${id}/request-info`, {
      as: sessions.operator,
      body: { message: 'Уточните адрес.' },
    }),
    200,
    'request-info',
  );
  return { id, organizationId };
}

async function approvalBody(applicationId: string) {
  const current = (await t.call('GET', `/api/v1/applications/${applicationId}`, { as: sessions.operator })).json();
  const settings = (await t.call('GET', '/api/v1/registry/settings/RU', { as: sessions.operator })).json();
  return { checklist: settings.approvalCriteria[current.requestedStatus], reason: 'Проверено.' };
}

/** A participant organisation of the owner's admin, optionally suspended. */
async function participant(suspended = false): Promise<string> {
  const { id, organizationId } = await applicationIn('in_review');
  await ok(
    await t.call('POST', `/api/v1/applications/${id}/approve`, { as: sessions.operator, body: await approvalBody(id) }),
    200,
    'approve',
  );
  if (suspended) {
    await ok(
      await t.call('POST', `/api/v1/organizations/${organizationId}/status/suspend`, {
        as: sessions.operator,
        body: { reason: 'Проверка.' },
      }),
      200,
      'suspend',
    );
  }
  return organizationId;
}

type OpportunityState = 'draft' | 'submitted' | 'published';

/** An opportunity of the owner's organisation, brought to `state`. */
async function opportunityIn(state: OpportunityState): Promise<string> {
  serial += 1;
  const created = await t.call('POST', '/api/v1/opportunities', {
    as: sessions.orgAdmin,
    body: {
      organizationId: orgId,
      type: 'technology_offer',
      title: { ru: `Матричная технология ${serial}` },
      summary: { ru: 'Для проверки прав.' },
    },
  });
  await ok(created, 201, 'opportunity');
  const id = created.json().id as string;
  if (state === 'draft') return id;
  await ok(await t.call('POST', `/api/v1/opportunities/${id}/submit`, { as: sessions.orgAdmin }), 200, 'submit');
  if (state === 'submitted') return id;
  await ok(await t.call('POST', `/api/v1/opportunities/${id}/publish`, { as: sessions.operator }), 200, 'publish');
  return id;
}

/** The counterpart's interest in a new published opportunity of the owner's, optionally accepted. */
async function interestIn(accepted: boolean): Promise<{ id: string; conversationId?: string }> {
  const opportunityId = await opportunityIn('published');
  const sent = await t.call('POST', `/api/v1/opportunities/${opportunityId}/interests`, {
    as: sessions.counterpart,
    body: { organizationId: counterpartOrgId, message: 'Интересно.' },
  });
  await ok(sent, 201, 'interest');
  const id = sent.json().id as string;
  if (!accepted) return { id };
  const res = await t.call('POST', `/api/v1/interests/${id}/accept`, { as: sessions.orgAdmin });
  await ok(res, 200, 'accept interest');
  return { id, conversationId: res.json().conversationId };
}

let proposal: Promise<string> | undefined;
/** A stored proposal: the owner's offer and the counterpart's request about one technology, matched by the job. */
function proposalId(): Promise<string> {
  proposal ??= (async () => {
    const offer = await t.call('POST', '/api/v1/opportunities', {
      as: sessions.orgAdmin,
      body: {
        organizationId: orgId,
        type: 'technology_offer',
        title: { ru: 'Натрий-ионные аккумуляторы' },
        summary: { ru: 'Натрий-ионные аккумуляторы для накопителей энергии.' },
      },
    });
    await ok(offer, 201, 'offer');
    const request = await t.call('POST', '/api/v1/opportunities', {
      as: sessions.counterpart,
      body: {
        organizationId: counterpartOrgId,
        type: 'technology_request',
        title: { zh: '寻求钠离子电池技术' },
        summary: { zh: '储能电站需要钠离子电池。' },
      },
    });
    await ok(request, 201, 'request');
    for (const [id, author, moderator] of [
      [offer.json().id, sessions.orgAdmin, sessions.operator],
      [request.json().id, sessions.counterpart, sessions.foreignOperator],
    ] as const) {
      await ok(await t.call('POST', `/api/v1/opportunities/${id}/submit`, { as: author }), 200, 'submit');
      await ok(await t.call('POST', `/api/v1/opportunities/${id}/publish`, { as: moderator }), 200, 'publish');
    }
    await t.runJobs();
    const list = await t.call('GET', `/api/v1/matching/opportunities/${offer.json().id}/candidates`);
    await ok(list, 200, 'candidates');
    return list.json().items[0].id as string;
  })();
  return proposal;
}

/** Which organisation an actor would act for: its own, or the outsider's for those who have none. */
const ownOrganisation = (actor: ActorName) =>
  ({ outsider: outsiderOrgId, counterpart: counterpartOrgId, member: orgId, orgAdmin: orgId })[actor as string] ??
  outsiderOrgId;

beforeAll(async () => {
  t = await createTestApp();
  sessions.admin = await t.createAdmin('admin@matrix2.test');
  sessions.operator = await t.userWithRole(sessions.admin, 'operator@matrix2.test', 'operator', 'RU');
  sessions.foreignOperator = await t.userWithRole(sessions.admin, 'operator.cn@matrix2.test', 'operator', 'CN');
  const owner = await approvedOrganisation(t, sessions.operator, 'org-admin@matrix2.test');
  sessions.orgAdmin = owner.admin;
  orgId = owner.organizationId;
  sessions.member = await t.signUp('member@matrix2.test');
  await join(orgId, sessions.orgAdmin, sessions.member);
  const counterpart = await approvedOrganisation(t, sessions.foreignOperator, 'counterpart@matrix2.test', {
    jurisdiction: 'CN',
  });
  sessions.counterpart = counterpart.admin;
  counterpartOrgId = counterpart.organizationId;
  const outsider = await approvedOrganisation(t, sessions.operator, 'outsider@matrix2.test');
  sessions.outsider = outsider.admin;
  outsiderOrgId = outsider.organizationId;

  publishedId = await opportunityIn('published');
  const accepted = await interestIn(true);
  interestId = accepted.id;
  conversationId = accepted.conversationId as string;
  const form = multipartForm({ body: 'Спецификация' }, { name: 'spec.pdf', content: PDF });
  const withFile = await t.call('POST', `/api/v1/conversations/${conversationId}/attachments`, {
    as: sessions.orgAdmin,
    ...form,
  });
  await ok(withFile, 201, 'attachment');
  attachmentId = withFile.json().attachments[0].id;
});
afterAll(() => t.close());

/** The same answer for everyone. */
const all = (expected: Expected): Record<ActorName, Expected> =>
  Object.fromEntries(ACTORS.map((a) => [a, expected])) as Record<ActorName, Expected>;
/** Signed in: `expected`; anonymous: 401. */
const signedIn = (expected: Expected) => ({ ...all(expected), anonymous: 401 });
/**
 * The organisation's admins act; its members and everyone else are refused. Nobody acts for an
 * organisation they do not belong to, a platform admin included.
 */
const orgAdmins = (success: number) => ({
  anonymous: 401,
  outsider: NOT_MEMBER,
  counterpart: NOT_MEMBER,
  member: NOT_ORG_ADMIN,
  orgAdmin: success,
  operator: NOT_MEMBER,
  foreignOperator: NOT_MEMBER,
  admin: NOT_MEMBER,
});
/** Every member of the organisation acts. */
const orgMembers = (success: number) => ({ ...orgAdmins(success), member: success });
/** Operators of the organisation's jurisdiction act, and the platform admin. */
const operators = (success: number) => ({
  anonymous: 401,
  outsider: NOT_OPERATOR,
  counterpart: NOT_OPERATOR,
  member: NOT_OPERATOR,
  orgAdmin: NOT_OPERATOR,
  operator: success,
  foreignOperator: OTHER_JURISDICTION,
  admin: success,
});
/** Both sides of an interest or conversation act; nobody else. */
/** The cluster's staff (operators of either side, admins): `success`; other signed-in people: operator_required. */
const staff = (success: number) => ({
  ...signedIn(NOT_OPERATOR),
  operator: success,
  foreignOperator: success,
  admin: success,
});

/** A new concept's body, its terms of its own. */
const glossaryConceptBody = () => {
  serial += 1;
  return { area: null, terms: { ru: [`матричное понятие ${serial}`], zh: [], en: [`matrix concept ${serial}`] } };
};

async function glossaryVersion(id: string): Promise<number> {
  const res = await t.call('GET', `/api/v1/glossary/concepts/${id}`, { as: sessions.admin });
  await ok(res, 200, 'glossary concept');
  return res.json().version;
}

/** A concept created by an admin, retired when asked. */
async function glossaryConcept(retired = false): Promise<string> {
  const res = await t.call('POST', '/api/v1/glossary/concepts', { as: sessions.admin, body: glossaryConceptBody() });
  await ok(res, 201, 'glossary concept');
  const id = res.json().id as string;
  if (retired) {
    const retire = await t.call('POST', `/api/v1/glossary/concepts/${id}/retire`, {
      as: sessions.admin,
      body: { version: 1 },
    });
    await ok(retire, 200, 'retire');
  }
  return id;
}

const parties = (success: number, refusal: Refusal) => ({
  anonymous: 401,
  outsider: refusal,
  counterpart: success,
  member: success,
  orgAdmin: success,
  operator: refusal,
  foreignOperator: refusal,
  admin: refusal,
});
/** The platform admin reads what is not its own as well. */
const adminReads = { admin: 200 };

const application = (state: ApplicationState) => async () => ({ params: { id: (await applicationIn(state)).id } });
const opportunity = (state: OpportunityState) => async () => ({ params: { id: await opportunityIn(state) } });

/** The token of an unsubscribe link of the member's, as their e-mails carry it. */
const unsubscribeToken = async () => {
  const link = new URL(t.ctx.email.unsubscribeLink(sessions.member.userId, 'conversations'));
  return { params: { token: link.searchParams.get('token') as string } };
};

// biome-ignore format: one row per route reads best as a table
const matrix: Row[] = [
  // registry: an organisation's status and applications
  { method: 'GET', route: '/api/v1/organizations/:id/registry', expect: { ...orgMembers(200), operator: 200, foreignOperator: OTHER_JURISDICTION, ...adminReads } },
  {
    method: 'POST', route: '/api/v1/organizations/:id/applications', body: {},
    prepare: async () => ({ params: { id: await freshOrganisation() } }),
    expect: orgAdmins(201),
  },
  {
    method: 'GET', route: '/api/v1/applications/:id', prepare: application('submitted'),
    expect: { ...orgMembers(200), operator: 200, foreignOperator: OTHER_JURISDICTION, ...adminReads },
  },
  {
    // a draft is the applicant's own until it is submitted
    method: 'GET', route: '/api/v1/applications/:id', prepare: application('draft'),
    expect: { ...orgMembers(200), operator: NOT_MEMBER, foreignOperator: NOT_MEMBER, ...adminReads },
  },
  {
    method: 'POST', route: '/api/v1/applications/:id/documents',
    prepare: async () => ({ ...(await application('draft')()), raw: multipart('charter', { name: 'charter.pdf', content: PDF }) }),
    expect: orgAdmins(201),
  },
  {
    method: 'GET', route: '/api/v1/applications/:id/documents/:documentId',
    prepare: async () => {
      const { id } = await applicationIn('submitted');
      const documents = (await t.call('GET', `/api/v1/applications/${id}`, { as: sessions.orgAdmin })).json().documents;
      return { params: { id, documentId: documents[0].id } };
    },
    expect: { ...orgMembers(200), operator: 200, foreignOperator: OTHER_JURISDICTION, ...adminReads },
  },
  {
    method: 'DELETE', route: '/api/v1/applications/:id/documents/:documentId',
    prepare: async () => {
      const { id } = await applicationIn('draft');
      const uploaded = await t.call('POST', `/api/v1/applications/${id}/documents`, {
        as: sessions.orgAdmin, ...multipart('charter', { name: 'charter.pdf', content: PDF }),
      });
      return { params: { id, documentId: uploaded.json().id } };
    },
    expect: orgAdmins(204),
  },
  {
    method: 'POST', route: '/api/v1/applications/:id/submit',
    prepare: async () => {
      const organizationId = await freshOrganisation();
      const draft = (await t.call('POST', `/api/v1/organizations/${organizationId}/applications`, { as: sessions.orgAdmin, body: {} })).json();
      for (const kind of draft.requiredDocuments as string[])
        await t.call('POST', `/api/v1/applications/${draft.id}/documents`, { as: sessions.orgAdmin, ...multipart(kind, { name: `${kind}.pdf`, content: PDF }) });
      return { params: { id: draft.id } };
    },
    expect: orgAdmins(200),
  },
  { method: 'POST', route: '/api/v1/applications/:id/withdraw', prepare: application('submitted'), expect: orgAdmins(200) },
  { method: 'POST', route: '/api/v1/applications/:id/answer', body: { message: 'Адрес уточнён.' }, prepare: application('info_requested'), expect: orgAdmins(200) },
  { method: 'POST', route: '/api/v1/applications/:id/take', prepare: application('submitted'), expect: operators(200) },
  { method: 'POST', route: '/api/v1/applications/:id/request-info', body: { message: 'Уточните.' }, prepare: application('in_review'), expect: operators(200) },
  {
    method: 'POST', route: '/api/v1/applications/:id/approve',
    prepare: async () => {
      const { id } = await applicationIn('in_review');
      return { params: { id }, body: await approvalBody(id) };
    },
    expect: operators(200),
  },
  { method: 'POST', route: '/api/v1/applications/:id/reject', body: { reason: 'Не подходит.' }, prepare: application('in_review'), expect: operators(200) },
  { method: 'GET', route: '/api/v1/registry/applications', expect: { ...operators(200), foreignOperator: 200 } },

  // registry: statuses and case files
  { method: 'POST', route: '/api/v1/organizations/:id/status/suspend', body: { reason: 'Проверка.' }, prepare: async () => ({ params: { id: await participant() } }), expect: operators(200) },
  { method: 'POST', route: '/api/v1/organizations/:id/status/exclude', body: { reason: 'Нарушение.' }, prepare: async () => ({ params: { id: await participant() } }), expect: operators(200) },
  { method: 'POST', route: '/api/v1/organizations/:id/status/reinstate', body: { reason: 'Проверено.' }, prepare: async () => ({ params: { id: await participant(true) } }), expect: operators(200) },
  { method: 'GET', route: '/api/v1/organizations/:id/case', expect: operators(200) },
  { method: 'POST', route: '/api/v1/organizations/:id/case/notes', body: { body: 'Встреча прошла.' }, expect: operators(201) },
  { method: 'POST', route: '/api/v1/organizations/:id/case/tasks', body: { title: 'Позвонить', dueDate: '2026-04-01' }, expect: operators(201) },
  {
    method: 'POST', route: '/api/v1/organizations/:id/case/tasks/:taskId/done',
    prepare: async () => {
      const task = await t.call('POST', `/api/v1/organizations/${orgId}/case/tasks`, { as: sessions.operator, body: { title: 'Отметить', dueDate: '2026-04-01' } });
      return { params: { taskId: task.json().id } };
    },
    expect: operators(200),
  },
  { method: 'POST', route: '/api/v1/organizations/:id/case/contacts', body: { channel: 'call', summary: 'Созвонились.', contactedAt: '2026-03-02T10:00:00Z' }, expect: operators(201) },
  { method: 'GET', route: '/api/v1/me/operators?jurisdiction=RU', expect: { ...operators(200), foreignOperator: 200 } },
  { method: 'GET', route: '/api/v1/registry/settings/:jurisdiction', expect: { ...operators(200), foreignOperator: 200 } },
  {
    method: 'PUT', route: '/api/v1/registry/settings/:jurisdiction',
    prepare: async () => {
      const { version: _, ...settings } = (await t.call('GET', '/api/v1/registry/settings/RU', { as: sessions.operator })).json();
      return { body: settings };
    },
    expect: { ...signedIn(NOT_ADMIN), admin: 200 },
  },
  { method: 'GET', route: '/api/v1/registry', expect: all(200) },
  { method: 'GET', route: '/api/v1/registry/export', expect: all(200) },

  // exchange: opportunities
  { method: 'GET', route: '/api/v1/opportunities', expect: all(200) },
  {
    method: 'POST', route: '/api/v1/opportunities',
    prepare: async () => ({ body: { organizationId: orgId, type: 'technology_request', title: { en: 'Sensors wanted' }, summary: { en: 'For a pilot.' } } }),
    expect: orgMembers(201),
  },
  { method: 'GET', route: '/api/v1/opportunities/:id', prepare: async () => ({ params: { id: publishedId } }), expect: all(200) },
  {
    // a draft is its organisation's own until it is submitted
    method: 'GET', route: '/api/v1/opportunities/:id', prepare: opportunity('draft'),
    expect: { ...orgMembers(200), ...adminReads, anonymous: { status: 404, code: 'opportunity_not_found' }, outsider: { status: 404, code: 'opportunity_not_found' }, counterpart: { status: 404, code: 'opportunity_not_found' }, operator: { status: 404, code: 'opportunity_not_found' }, foreignOperator: { status: 404, code: 'opportunity_not_found' } },
  },
  { method: 'PATCH', route: '/api/v1/opportunities/:id', body: { summary: { ru: 'Уточнено.' } }, prepare: opportunity('draft'), expect: orgMembers(200) },
  { method: 'POST', route: '/api/v1/opportunities/:id/submit', prepare: opportunity('draft'), expect: orgMembers(200) },
  { method: 'POST', route: '/api/v1/opportunities/:id/publish', prepare: opportunity('submitted'), expect: operators(200) },
  { method: 'POST', route: '/api/v1/opportunities/:id/return', body: { reason: 'Добавьте подробности.' }, prepare: opportunity('submitted'), expect: operators(200) },
  { method: 'POST', route: '/api/v1/opportunities/:id/withdraw', prepare: opportunity('published'), expect: orgMembers(200) },
  { method: 'POST', route: '/api/v1/opportunities/:id/close-success', prepare: opportunity('published'), expect: orgMembers(200) },
  {
    method: 'POST', route: '/api/v1/opportunities/:id/renew',
    prepare: opportunity('published'),
    expect: orgMembers(200),
  },
  { method: 'GET', route: '/api/v1/organizations/:id/opportunities', expect: orgMembers(200) },
  { method: 'GET', route: '/api/v1/moderation/opportunities', expect: { ...operators(200), foreignOperator: 200 } },

  // exchange: expressions of interest
  {
    method: 'POST', route: '/api/v1/opportunities/:id/interests', perActor: true,
    prepare: async (actor) => ({ params: { id: await opportunityIn('published') }, body: { organizationId: ownOrganisation(actor), message: 'Интересно.' } }),
    expect: { anonymous: 401, outsider: 201, counterpart: 201, member: 409, orgAdmin: 409, operator: NOT_MEMBER, foreignOperator: NOT_MEMBER, admin: NOT_MEMBER },
  },
  {
    // what the owner received, or what the reader's own organisations sent (nothing, here)
    method: 'GET', route: '/api/v1/opportunities/:id/interests', prepare: async () => ({ params: { id: publishedId } }), expect: signedIn(200),
  },
  { method: 'GET', route: '/api/v1/organizations/:id/interests', expect: orgMembers(200) },
  { method: 'GET', route: '/api/v1/interests/:id', prepare: async () => ({ params: { id: interestId } }), expect: { ...parties(200, { status: 404, code: 'interest_not_found' }), ...adminReads } },
  {
    method: 'POST', route: '/api/v1/interests/:id/accept', prepare: async () => ({ params: { id: (await interestIn(false)).id } }),
    expect: { ...parties(200, { status: 404, code: 'interest_not_found' }), counterpart: NOT_MEMBER },
  },
  {
    method: 'POST', route: '/api/v1/interests/:id/decline', body: { reason: 'not_a_fit' }, prepare: async () => ({ params: { id: (await interestIn(false)).id } }),
    expect: { ...parties(200, { status: 404, code: 'interest_not_found' }), counterpart: NOT_MEMBER },
  },
  {
    method: 'POST', route: '/api/v1/interests/:id/outcome', body: { outcome: 'agreement_signed' }, prepare: async () => ({ params: { id: (await interestIn(true)).id } }),
    expect: parties(200, { status: 404, code: 'interest_not_found' }),
  },

  // exchange: conversations
  { method: 'GET', route: '/api/v1/conversations', expect: signedIn(200) },
  { method: 'GET', route: '/api/v1/conversations/:id', prepare: async () => ({ params: { id: conversationId } }), expect: parties(200, { status: 404, code: 'conversation_not_found' }) },
  { method: 'POST', route: '/api/v1/conversations/:id/messages', body: { body: 'Добрый день.' }, prepare: async () => ({ params: { id: conversationId } }), expect: parties(201, { status: 404, code: 'conversation_not_found' }) },
  {
    method: 'POST', route: '/api/v1/conversations/:id/attachments',
    prepare: async () => ({ params: { id: conversationId }, raw: multipartForm({ body: 'Файл' }, { name: 'a.pdf', content: PDF }) }),
    expect: parties(201, { status: 404, code: 'conversation_not_found' }),
  },
  {
    method: 'GET', route: '/api/v1/conversations/:id/attachments/:attachmentId',
    prepare: async () => ({ params: { id: conversationId, attachmentId } }),
    expect: parties(200, { status: 404, code: 'conversation_not_found' }),
  },
  { method: 'POST', route: '/api/v1/conversations/:id/read', prepare: async () => ({ params: { id: conversationId } }), expect: parties(204, { status: 404, code: 'conversation_not_found' }) },

  // the platform
  { method: 'GET', route: '/api/health', expect: all(200) },

  // matching: the taxonomy
  { method: 'GET', route: '/api/v1/taxonomy', expect: all(200) },
  {
    method: 'PUT', route: '/api/v1/taxonomy/:code',
    prepare: async () => ({ params: { code: `matrix-${++serial}` }, body: { parent: null, label: { ru: 'Матрица', zh: '矩阵', en: 'Matrix' }, synonyms: { ru: [], zh: [], en: [] } } }),
    expect: { ...signedIn(NOT_ADMIN), admin: 200 },
  },

  // matching: the glossary, kept by operators of either side and admins
  { method: 'GET', route: '/api/v1/glossary/concepts', expect: staff(200) },
  { method: 'POST', route: '/api/v1/glossary/concepts', prepare: async () => ({ body: glossaryConceptBody() }), expect: staff(201) },
  { method: 'GET', route: '/api/v1/glossary/concepts/:id', prepare: async () => ({ params: { id: 'ict.llm' } }), expect: staff(200) },
  {
    method: 'PATCH', route: '/api/v1/glossary/concepts/:id',
    prepare: async () => ({ params: { id: 'ict.llm' }, body: { version: await glossaryVersion('ict.llm'), area: 'ict.machine-learning' } }),
    expect: staff(200),
  },
  {
    method: 'POST', route: '/api/v1/glossary/concepts/:id/retire',
    prepare: async () => ({ params: { id: await glossaryConcept() }, body: { version: 1 } }),
    expect: staff(200),
  },
  {
    method: 'POST', route: '/api/v1/glossary/concepts/:id/restore',
    prepare: async () => ({ params: { id: await glossaryConcept(true) }, body: { version: 2 } }),
    expect: staff(200),
  },
  { method: 'POST', route: '/api/v1/glossary/try', body: { text: 'LLM' }, expect: staff(200) },
  // matching: proposals of a published opportunity are public; of a draft, its organisation's and the admin's
  { method: 'GET', route: '/api/v1/matching/opportunities/:id/candidates', prepare: async () => ({ params: { id: publishedId } }), expect: all(200) },
  { method: 'GET', route: '/api/v1/matching/opportunities/:id/similar', prepare: async () => ({ params: { id: publishedId } }), expect: all(200) },
  {
    method: 'GET', route: '/api/v1/matching/opportunities/:id/candidates',
    prepare: async () => ({ params: { id: await opportunityIn('draft') } }),
    expect: { ...all({ status: 404, code: 'opportunity_not_found' }), member: 200, orgAdmin: 200, admin: 200 },
  },
  { method: 'GET', route: '/api/v1/me/recommendations?organizationId=:id', expect: { ...orgMembers(200), admin: NOT_MEMBER } },
  // an organisation's own recommendations: its members, and the staff
  {
    method: 'GET', route: '/api/v1/matching/organizations/:id/recommendations',
    expect: { ...orgMembers(200), operator: 200, foreignOperator: 200, admin: 200 },
  },
  {
    method: 'PUT', route: '/api/v1/matching/proposals/:id/feedback', body: { value: 'useful' },
    prepare: async () => ({ params: { id: await proposalId() } }),
    expect: signedIn(204),
  },

  // the public card of an organisation the registry shows
  { method: 'GET', route: '/api/v1/registry/organizations/:id/opportunities', expect: all(200) },

  // the dashboard: one's own
  { method: 'GET', route: '/api/v1/me/dashboard', expect: signedIn(200) },

  // machine translation: this platform has no service, so signed-in people are told so
  { method: 'GET', route: '/api/v1/translations/settings', expect: all(200) },
  {
    method: 'POST', route: '/api/v1/translations',
    prepare: async () => ({ body: { source: { kind: 'opportunity', opportunityId: publishedId, field: 'title', language: 'ru' }, target: 'en' } }),
    expect: signedIn({ status: 404, code: 'translation_not_configured' }),
  },

  // notifications
  { method: 'GET', route: '/api/v1/me/notifications', expect: signedIn(200) },
  { method: 'POST', route: '/api/v1/me/notifications/read', body: {}, expect: signedIn(204) },
  { method: 'GET', route: '/api/v1/me/notification-settings', expect: signedIn(200) },
  {
    method: 'PUT', route: '/api/v1/me/notification-settings', body: { items: [{ category: 'interests', email: true }] },
    expect: signedIn(200),
  },
  // unsubscribe links: the signed token is the proof, whoever follows it
  { method: 'GET', route: '/api/v1/unsubscribe?token=:token', prepare: unsubscribeToken, expect: all(200) },
  {
    method: 'POST', route: '/api/v1/unsubscribe',
    prepare: async () => ({ body: { token: (await unsubscribeToken()).params.token } }),
    expect: all(200),
  },
];

const statusOf = (e: Expected) => (typeof e === 'number' ? e : e.status);
const describeExpected = (e: Expected) => (typeof e === 'number' ? String(e) : `${e.status} ${e.code}`);

for (const row of matrix) {
  describe(`${row.method} ${row.route}`, () => {
    let forRefusals: Promise<Prepared> | undefined;
    for (const actor of ACTORS) {
      const expected = row.expect[actor];
      it(`answers ${describeExpected(expected)} to ${WHO[actor]}`, async () => {
        const as = actor === 'anonymous' ? null : sessions[actor];
        const prepare = async () => (await row.prepare?.(actor)) ?? {};
        const refused = statusOf(expected) >= 400 && !row.perActor;
        if (refused) forRefusals ??= prepare();
        const prepared = refused && forRefusals ? await forRefusals : await prepare();
        const params: Record<string, string> = { id: orgId, jurisdiction: 'RU', ...prepared.params };
        const url = row.route.replace(/:(\w+)/g, (_, name: string) => {
          const value = params[name];
          if (!value) throw new Error(`no value for :${name}`);
          return value;
        });
        const body = 'body' in prepared ? prepared.body : row.body;
        const res = await t.call(row.method, url, { as, ...(prepared.raw ?? { body }) });

        expect(res.statusCode, res.body).toBe(statusOf(expected));
        if (typeof expected !== 'number') expect(res.json().code).toBe(expected.code);
        if (expected === 401) expect(res.json().code).toBe('unauthenticated');
        if (statusOf(expected) >= 400) expect(res.headers['content-type']).toContain('application/problem+json');
      });
    }
  });
}

describe('the matrices', () => {
  it('list every operation of the OpenAPI document, so that a new route without its row fails', async () => {
    const document = t.app.swagger() as { paths: Record<string, Record<string, unknown>> };
    const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`),
    );
    // The other matrices (identity, organisations and audit; events; B2B meetings; support services; the
    // board), as their rows are written.
    const otherMatrices = [
      'authorization.api.test.ts',
      'authorization.events.api.test.ts',
      'authorization.meetings.api.test.ts',
      'authorization.services.api.test.ts',
      'authorization.board.api.test.ts',
    ].map((file) => fs.readFileSync(new URL(file, import.meta.url), 'utf8'));
    const rows = [
      ...otherMatrices.flatMap((text) =>
        [...text.matchAll(/method: '(\w+)',\s*route: '([^']+)'/g)].map(
          ([, method, route]) => `${method} ${route?.split('?')[0]}`,
        ),
      ),
      ...matrix.map((row) => `${row.method} ${row.route.split('?')[0]}`),
    ];
    expect(operations.length).toBeGreaterThan(80);
    expect([...new Set(rows)].sort()).toEqual([...new Set(operations)].sort());
  });
});
