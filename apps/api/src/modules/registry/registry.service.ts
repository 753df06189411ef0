import {
  type ApplicationState,
  type DocumentKind,
  isSanctioned,
  type Locale,
  type OperatorJurisdiction,
  type OrganizationStatus,
  type RegistrySettings,
} from '@innobridge/contracts';
import type { AppContext } from '../../app-context.js';
import type { DbOrTx } from '../../db/client.js';
import { isUniqueViolation } from '../../db/errors.js';
import { type Actor, isAdmin, operatorJurisdictions, requireAdmin } from '../../lib/actor.js';
import { AppError } from '../../lib/app-error.js';
import { newId } from '../../lib/ids.js';
import { inspectUpload } from '../../lib/uploads.js';
import { runTransition, type Workflow } from '../../lib/workflow.js';
import {
  addWorkingDays,
  JURISDICTION_UTC_OFFSET_HOURS,
  type WorkingCalendar,
  workingDaysLeft,
} from '../../lib/working-days.js';
import { recordAudit, recordEvent } from '../audit/index.js';
import { withholdOpportunities } from '../exchange/index.js';
import { operatorsOf, usersByIds } from '../identity/index.js';
import { notify, type Recipient } from '../notifications/index.js';
import {
  compareAndSetStatus,
  getOrganization,
  memberRole,
  type OrganizationRecord,
  organizationAdminIds,
  organizationIn,
  type VerifiedFactsChange,
} from '../organizations/index.js';
import * as repo from './registry.repository.js';
import { DEFAULT_SETTINGS, eligibility } from './registry.rules.js';
import {
  APPLICATION_TRANSITIONS,
  type ApplicationAction,
  CLOCK_RUNNING_STATES,
  canApplyStatusAction,
  EDITABLE_STATES,
  type Side,
  type StatusAction,
} from './registry.workflow.js';

type Ctx = AppContext;

// settings

export async function allSettings(ctx: Ctx): Promise<Record<OperatorJurisdiction, RegistrySettings>> {
  const rows = await repo.findSettings(ctx.db);
  const stored = Object.fromEntries(rows.map((r) => [r.jurisdiction, r.settings]));
  return { RU: stored.RU ?? DEFAULT_SETTINGS.RU, CN: stored.CN ?? DEFAULT_SETTINGS.CN };
}

export async function updateSettings(
  ctx: Ctx,
  actor: Actor,
  jurisdiction: OperatorJurisdiction,
  settings: RegistrySettings,
) {
  requireAdmin(actor);
  await ctx.db.transaction(async (tx) => {
    await repo.upsertSettings(tx, { jurisdiction, settings, updatedBy: actor.userId, updatedAt: ctx.clock.now() });
    await recordAudit(tx, ctx.clock, {
      actorUserId: actor.userId,
      action: 'registry.settings_updated',
      subjectType: 'registry_settings',
      subjectId: jurisdiction,
      summary: { settings },
    });
  });
  return settings;
}

const calendarOf = (jurisdiction: OperatorJurisdiction, settings: RegistrySettings): WorkingCalendar => ({
  utcOffsetHours: JURISDICTION_UTC_OFFSET_HOURS[jurisdiction],
  holidays: new Set(settings.holidays),
});

// who may do what

const statusLabel = (status: string) => ({ key: `status.${status}`, ns: 'common' as const });
const stateLabel = (state: string) => ({ key: `state.${state}`, ns: 'common' as const });

/** The applicant side acts through the organisation's admins. */
async function assertApplicantAdmin(ctx: Ctx, actor: Actor, organizationId: string) {
  const role = await memberRole(ctx, organizationId, actor.userId);
  if (role === 'admin') return;
  throw new AppError(role ? 'organization_admin_required' : 'organization_forbidden');
}

function assertOperatorOf(actor: Actor, jurisdiction: OperatorJurisdiction | null) {
  if (isAdmin(actor)) return;
  const own = operatorJurisdictions(actor);
  if (own.length === 0) throw new AppError('operator_required');
  if (!jurisdiction || !own.includes(jurisdiction)) throw new AppError('operator_other_jurisdiction');
}

/**
 * Members of the organisation, operators of the jurisdiction, and admins may read an application; one
 * never submitted (a draft, or a draft withdrawn) is the organisation's own, which no operator reads.
 */
async function assertCanRead(ctx: Ctx, actor: Actor, application: repo.ApplicationRow) {
  if (await memberRole(ctx, application.organizationId, actor.userId)) return;
  if (!application.submittedAt && !isAdmin(actor)) throw new AppError('organization_forbidden');
  if (isAdmin(actor) || operatorJurisdictions(actor).includes(application.reviewerJurisdiction)) return;
  throw new AppError(operatorJurisdictions(actor).length ? 'operator_other_jurisdiction' : 'organization_forbidden');
}

/** Whether the application was ever sent to an operator (a draft, and a draft withdrawn, were not). */
export const wasSubmitted = (application: repo.ApplicationRow) => !!application.submittedAt;

/**
 * Nobody decides on their own organisation: an operator (or admin) who is a member of the applicant
 * leaves its application, and its status, to another operator.
 */
async function assertNotOwnOrganization(ctx: Ctx, actor: Actor, organizationId: string) {
  if (await memberRole(ctx, organizationId, actor.userId)) throw new AppError('decision_own_organization');
}

/**
 * The operator jurisdiction responsible for an organisation: its own for RU and CN; for others, the
 * one that reviewed its latest application.
 */
async function responsibleJurisdiction(ctx: Ctx, org: OrganizationRecord): Promise<OperatorJurisdiction | null> {
  if (org.jurisdiction !== 'OTHER') return org.jurisdiction;
  const [latest] = await repo.applicationsOfOrganization(ctx.db, org.id);
  return latest?.reviewerJurisdiction ?? null;
}

// reading

export async function loadApplication(ctx: Ctx, id: string) {
  const application = await repo.findApplication(ctx.db, id);
  if (!application) throw new AppError('application_not_found');
  return application;
}

export async function getApplication(ctx: Ctx, actor: Actor, id: string) {
  const application = await loadApplication(ctx, id);
  await assertCanRead(ctx, actor, application);
  return application;
}

export function isOverdue(application: repo.ApplicationRow, now: Date): boolean {
  return CLOCK_RUNNING_STATES.includes(application.state) && !!application.deadlineAt && application.deadlineAt < now;
}

export async function organizationRegistry(ctx: Ctx, actor: Actor, organizationId: string) {
  const org = await getOrganization(ctx, organizationId);
  const role = await memberRole(ctx, organizationId, actor.userId);
  const responsible = await responsibleJurisdiction(ctx, org);
  const isItsOperator = !!responsible && operatorJurisdictions(actor).includes(responsible);
  // An operator of either side may read an organisation from a third country that has not applied yet.
  const isOtherOperator = org.jurisdiction === 'OTHER' && !responsible && operatorJurisdictions(actor).length > 0;
  if (!role && !isAdmin(actor) && !isItsOperator && !isOtherOperator) {
    throw new AppError(operatorJurisdictions(actor).length ? 'operator_other_jurisdiction' : 'organization_forbidden');
  }
  const [all, history, settings] = await Promise.all([
    repo.applicationsOfOrganization(ctx.db, organizationId),
    repo.historyOf(ctx.db, organizationId),
    allSettings(ctx),
  ]);
  // Drafts are the organisation's own until submitted.
  const applications = role || isAdmin(actor) ? all : all.filter(wasSubmitted);
  const result = eligibility(
    {
      jurisdiction: org.jurisdiction,
      city: org.city,
      status: org.status as OrganizationStatus,
      statusSince: org.statusSince,
      hasOpenApplication: all.some((a) => ['draft', 'submitted', 'in_review', 'info_requested'].includes(a.state)),
      now: ctx.clock.now(),
    },
    (j) => settings[j],
  );
  const reviewer = result.reviewerJurisdictions[0] ?? 'RU';
  return {
    org,
    applications,
    history,
    eligibility: {
      ...result,
      requiredDocuments: result.status ? settings[reviewer].requiredDocuments[result.status] : [],
    },
    settings,
  };
}

// the applicant's side

export async function createApplication(
  ctx: Ctx,
  actor: Actor,
  organizationId: string,
  input: { reviewerJurisdiction?: OperatorJurisdiction },
) {
  const org = await getOrganization(ctx, organizationId);
  await assertApplicantAdmin(ctx, actor, organizationId);
  if (org.jurisdiction === 'OTHER' && !input.reviewerJurisdiction) {
    throw new AppError('reviewer_required', { fields: [{ path: 'reviewerJurisdiction', code: 'required' }] });
  }
  const reviewerJurisdiction =
    org.jurisdiction === 'OTHER' ? (input.reviewerJurisdiction as OperatorJurisdiction) : org.jurisdiction;
  const settings = await allSettings(ctx);
  const now = ctx.clock.now();
  const result = eligibility(
    {
      jurisdiction: org.jurisdiction,
      city: org.city,
      status: org.status as OrganizationStatus,
      statusSince: org.statusSince,
      reviewerJurisdiction,
      hasOpenApplication: await repo.hasOpenApplication(ctx.db, organizationId),
      now,
    },
    (j) => settings[j],
  );
  if (!result.canApply || !result.status) {
    const reason = result.reason ?? 'status_not_applicable';
    throw new AppError(reason, {
      params: {
        status: statusLabel(org.status),
        date: result.reapplyAfter
          ? new Intl.DateTimeFormat('en-CA', { timeZone: 'UTC' }).format(result.reapplyAfter)
          : '',
      },
    });
  }
  const row = {
    id: newId(),
    organizationId,
    requestedStatus: result.status,
    reviewerJurisdiction,
    state: 'draft' as const,
    previousStatus: org.status,
    createdBy: actor.userId,
    createdAt: now,
    updatedAt: now,
  };
  try {
    await ctx.db.transaction(async (tx) => {
      await repo.insertApplication(tx, row);
      await recordAudit(tx, ctx.clock, {
        actorUserId: actor.userId,
        action: 'registry.application_created',
        subjectType: 'status_application',
        subjectId: row.id,
        summary: { organizationId, requestedStatus: row.requestedStatus, reviewerJurisdiction },
      });
    });
  } catch (error) {
    if (isUniqueViolation(error, 'status_applications_one_open')) throw new AppError('application_open');
    throw error;
  }
  return loadApplication(ctx, row.id);
}

/**
 * Stores an uploaded document after checking its real type by content; a document of the same kind
 * is replaced. A refused file leaves nothing behind.
 */
export async function uploadDocument(
  ctx: Ctx,
  actor: Actor,
  applicationId: string,
  input: { kind: DocumentKind; fileName: string; content: Buffer },
) {
  const application = await loadApplication(ctx, applicationId);
  await assertApplicantAdmin(ctx, actor, application.organizationId);
  if (!EDITABLE_STATES.includes(application.state)) throw new AppError('documents_locked');
  const file = await inspectUpload(input.fileName, input.content, input.kind);
  const now = ctx.clock.now();
  const row = {
    id: newId(),
    applicationId,
    kind: input.kind,
    ...file,
    storageKey: `applications/${applicationId}/${newId()}`,
    uploadedBy: actor.userId,
    uploadedAt: now,
  };
  await ctx.storage.put(row.storageKey, input.content);
  try {
    await ctx.db.transaction(async (tx) => {
      // The application must still be editable when the row is written (the upload took time).
      const locked = await repo.compareAndSetApplication(tx, applicationId, application, { updatedAt: now });
      if (!locked) throw changedError(await repo.findApplication(tx, applicationId));
      await repo.removeDocuments(tx, applicationId, { kind: input.kind }, now);
      await repo.insertDocument(tx, row);
      await recordAudit(tx, ctx.clock, {
        actorUserId: actor.userId,
        action: 'registry.document_uploaded',
        subjectType: 'status_application',
        subjectId: applicationId,
        summary: { documentId: row.id, kind: row.kind, sha256: row.sha256, size: row.size },
      });
    });
  } catch (error) {
    await ctx.storage.delete(row.storageKey);
    throw error;
  }
  return row;
}

export async function removeDocument(ctx: Ctx, actor: Actor, applicationId: string, documentId: string) {
  const application = await loadApplication(ctx, applicationId);
  await assertApplicantAdmin(ctx, actor, application.organizationId);
  if (!EDITABLE_STATES.includes(application.state)) throw new AppError('documents_locked');
  await ctx.db.transaction(async (tx) => {
    if (!(await repo.removeDocuments(tx, applicationId, { id: documentId }, ctx.clock.now()))) {
      throw new AppError('document_not_found');
    }
    await recordAudit(tx, ctx.clock, {
      actorUserId: actor.userId,
      action: 'registry.document_removed',
      subjectType: 'status_application',
      subjectId: applicationId,
      summary: { documentId },
    });
  });
}

export async function readDocument(ctx: Ctx, actor: Actor, applicationId: string, documentId: string) {
  const application = await getApplication(ctx, actor, applicationId);
  const document = await repo.findDocument(ctx.db, application.id, documentId);
  if (!document) throw new AppError('document_not_found');
  const content = await ctx.storage.get(document.storageKey);
  await recordEvent(ctx, {
    actorUserId: actor.userId,
    action: 'registry.document_downloaded',
    subjectType: 'status_application',
    subjectId: application.id,
    summary: { documentId: document.id, kind: document.kind, sha256: document.sha256 },
  });
  return { document, content };
}

// transitions

/** The error for a lost race, naming the state the application is now in (read inside the transaction). */
const changedError = (now: repo.ApplicationRow | undefined) =>
  new AppError('application_changed', { params: { state: stateLabel(now?.state ?? 'draft') } });

type TransitionPlan = {
  patch?: Partial<repo.ApplicationRow>;
  message?: { kind: 'info_request' | 'answer' | 'decision'; body: string };
  /** The organisation's status change, compare-and-set against `from`. */
  status?: { from: string; to: string; reason: string | null };
};

type Review = {
  ctx: Ctx;
  actor: Actor;
  row: repo.ApplicationRow;
  action: ApplicationAction;
  role: Side;
  /** Read before the transaction: PGlite has a single connection. */
  prepared: { settings: RegistrySettings; org: OrganizationRecord; recipients: Recipient[] };
  plan: TransitionPlan;
};

/**
 * The status application's review on the shared workflow helper: the state change (compare-and-set on
 * state and version), its message, the organisation's status and history, the audit entry and the
 * notification, or none of them. Of two people acting at once, one wins; the other hears so.
 */
const review: Workflow<Review> = {
  table: APPLICATION_TRANSITIONS,
  subjectType: 'status_application',
  find: repo.findApplication,
  compareAndSet: (tx, seen, changes) => repo.compareAndSetApplication(tx, seen.id, seen, changes),
  mayAct: {
    applicant: (ctx, actor, application) => assertApplicantAdmin(ctx, actor, application.organizationId),
    operator: async (ctx, actor, application) => {
      assertOperatorOf(actor, application.reviewerJurisdiction);
      await assertNotOwnOrganization(ctx, actor, application.organizationId);
    },
  },
  errors: {
    notFound: () => new AppError('application_not_found'),
    stateConflict: (application) =>
      new AppError('application_state_conflict', { params: { state: stateLabel(application.state) } }),
    changed: changedError,
  },
  prepare: async (ctx, { action, before }) => ({
    settings: (await allSettings(ctx))[before.reviewerJurisdiction],
    org: await getOrganization(ctx, before.organizationId),
    recipients: await recipientsOf(ctx, action, before),
  }),
  stamp: ({ now }) => ({ updatedAt: now }),
  async alongside(tx, ctx, { actor, rule, before, plan, now }) {
    if (plan.message) {
      await repo.insertMessage(tx, {
        id: newId(),
        applicationId: before.id,
        kind: plan.message.kind,
        authorId: actor.userId,
        authorSide: rule.by,
        body: plan.message.body,
        createdAt: now,
      });
    }
    if (plan.status && plan.status.from !== plan.status.to) {
      await changeOrganizationStatus(tx, ctx, actor, before.organizationId, {
        ...plan.status,
        applicationId: before.id,
      });
    }
  },
  audit: {
    record: recordAudit,
    entry: ({ action, rule, before }) => ({
      action: `registry.application_${action}`,
      summary: { from: before.state, to: rule.to, organizationId: before.organizationId },
    }),
  },
  notify: (tx, ctx, { action, row, plan, prepared }) =>
    notifyTransition(ctx, tx, {
      action,
      application: row,
      steps: plan,
      org: prepared.org,
      recipients: prepared.recipients,
    }),
};

const transition = (
  ctx: Ctx,
  actor: Actor,
  id: string,
  action: ApplicationAction,
  plan: (
    application: repo.ApplicationRow,
    tx: DbOrTx,
    settings: RegistrySettings,
  ) => Promise<TransitionPlan> | TransitionPlan,
) =>
  runTransition(review, ctx, { actor, id, action, plan: (tx, step) => plan(step.before, tx, step.prepared.settings) });

async function changeOrganizationStatus(
  tx: DbOrTx,
  ctx: Ctx,
  actor: Actor,
  organizationId: string,
  change: {
    from: string;
    to: string;
    reason: string | null;
    applicationId: string | null;
    cause?: 'facts_changed';
  },
) {
  const now = ctx.clock.now();
  if (!(await compareAndSetStatus(ctx, { organizationId, expected: change.from, next: change.to, at: now }, { tx }))) {
    const org = await organizationIn(ctx, organizationId, { tx });
    throw new AppError('status_transition_forbidden', { params: { status: statusLabel(org?.status ?? change.from) } });
  }
  await repo.insertHistory(tx, {
    id: newId(),
    organizationId,
    fromStatus: change.from,
    toStatus: change.to,
    reason: change.reason,
    actorId: actor.userId,
    applicationId: change.applicationId,
    cause: change.cause ?? null,
    at: now,
  });
  // What the status allows on the exchange follows it, in the same transaction (ADR 0014).
  await withholdOpportunities(ctx, { organizationId, status: change.to }, { tx });
  await recordAudit(tx, ctx.clock, {
    actorUserId: actor.userId,
    action: 'organization.status_changed',
    subjectType: 'organization',
    subjectId: organizationId,
    summary: {
      from: change.from,
      to: change.to,
      reason: change.reason,
      applicationId: change.applicationId,
      cause: change.cause,
    },
  });
}

export async function submitApplication(ctx: Ctx, actor: Actor, id: string) {
  return transition(ctx, actor, id, 'submit', async (application, tx, settings) => {
    const required = settings.requiredDocuments[application.requestedStatus];
    const present = new Set((await repo.currentDocuments(tx, [application.id])).map((d) => d.kind));
    const missing = required.filter((kind) => !present.has(kind));
    if (missing.length > 0) {
      throw new AppError('documents_missing', {
        fields: missing.map((kind) => ({ path: `documents.${kind}`, code: 'document_required' })),
      });
    }
    const now = ctx.clock.now();
    return {
      patch: {
        submittedAt: now,
        deadlineAt: addWorkingDays(
          now,
          settings.slaWorkingDays,
          calendarOf(application.reviewerJurisdiction, settings),
        ),
      },
      status: { from: application.previousStatus, to: 'applicant', reason: null },
    };
  });
}

/**
 * Takes an application for review. Taking again what one already holds changes nothing: no audit
 * entry, no notification (a repeated click, a retried request).
 */
export async function takeApplication(ctx: Ctx, actor: Actor, id: string) {
  const heldBy = (application: repo.ApplicationRow) =>
    application.state === 'in_review' && application.assignedOperatorId === actor.userId;
  const current = await loadApplication(ctx, id);
  assertOperatorOf(actor, current.reviewerJurisdiction);
  if (heldBy(current)) return current;
  try {
    return await transition(ctx, actor, id, 'take', () => ({ patch: { assignedOperatorId: actor.userId } }));
  } catch (error) {
    // Two takes by the same operator at once: the one that lost finds the application theirs.
    const now = error instanceof AppError && error.code === 'application_changed' && (await loadApplication(ctx, id));
    if (now && heldBy(now)) return now;
    throw error;
  }
}

export async function requestInformation(ctx: Ctx, actor: Actor, id: string, message: string) {
  return transition(ctx, actor, id, 'request_info', (application, _tx, settings) => {
    // The service-level clock stops while the applicant answers: keep what is left of it.
    const daysLeft = application.deadlineAt
      ? workingDaysLeft(ctx.clock.now(), application.deadlineAt, calendarOf(application.reviewerJurisdiction, settings))
      : settings.slaWorkingDays;
    return {
      patch: { slaPausedDaysLeft: daysLeft, assignedOperatorId: application.assignedOperatorId ?? actor.userId },
      message: { kind: 'info_request', body: message },
    };
  });
}

export async function answerInformationRequest(ctx: Ctx, actor: Actor, id: string, message: string) {
  return transition(ctx, actor, id, 'answer', (application, _tx, settings) => {
    const calendar = calendarOf(application.reviewerJurisdiction, settings);
    return {
      patch: {
        deadlineAt: addWorkingDays(ctx.clock.now(), application.slaPausedDaysLeft ?? settings.slaWorkingDays, calendar),
        slaPausedDaysLeft: null,
      },
      message: { kind: 'answer', body: message },
    };
  });
}

export async function approveApplication(
  ctx: Ctx,
  actor: Actor,
  id: string,
  input: { checklist: string[]; reason: string },
) {
  return transition(ctx, actor, id, 'approve', (application, _tx, settings) => {
    const criteria = settings.approvalCriteria[application.requestedStatus];
    const missing = criteria.filter((c) => !input.checklist.includes(c));
    if (missing.length > 0) {
      throw new AppError('checklist_incomplete', {
        fields: missing.map((c) => ({ path: `checklist.${c}`, code: 'criterion_required' })),
      });
    }
    return {
      patch: { decidedBy: actor.userId, decidedAt: ctx.clock.now(), decisionReason: input.reason, checklist: criteria },
      message: { kind: 'decision', body: input.reason },
      status: { from: 'applicant', to: application.requestedStatus, reason: input.reason },
    };
  });
}

export async function rejectApplication(ctx: Ctx, actor: Actor, id: string, reason: string) {
  return transition(ctx, actor, id, 'reject', (application) => ({
    patch: { decidedBy: actor.userId, decidedAt: ctx.clock.now(), decisionReason: reason },
    message: { kind: 'decision', body: reason },
    status: { from: 'applicant', to: application.previousStatus, reason },
  }));
}

export async function withdrawApplication(ctx: Ctx, actor: Actor, id: string) {
  return transition(ctx, actor, id, 'withdraw', (application) => ({
    // A draft never made the organisation an applicant.
    status:
      application.state === 'draft' ? undefined : { from: 'applicant', to: application.previousStatus, reason: null },
  }));
}

// the operator's direct status actions

export async function changeStatusDirectly(
  ctx: Ctx,
  actor: Actor,
  organizationId: string,
  action: StatusAction,
  reason: string,
) {
  const org = await getOrganization(ctx, organizationId);
  assertOperatorOf(actor, await responsibleJurisdiction(ctx, org));
  await assertNotOwnOrganization(ctx, actor, organizationId);
  const from = org.status as OrganizationStatus;
  if (!canApplyStatusAction(action, from)) {
    throw new AppError('status_transition_forbidden', { params: { status: statusLabel(from) } });
  }
  let to: OrganizationStatus = action === 'suspend' ? 'suspended' : 'excluded';
  if (action === 'reinstate') {
    const history = await repo.historyOf(ctx.db, organizationId);
    const suspension = history.find((h) => h.toStatus === 'suspended');
    to = (suspension?.fromStatus as OrganizationStatus | undefined) ?? 'participant';
  }
  const recipients = await applicantRecipients(ctx, organizationId);
  await ctx.db.transaction(async (tx) => {
    await changeOrganizationStatus(tx, ctx, actor, organizationId, { from, to, reason, applicationId: null });
    const template =
      action === 'suspend' ? 'status_suspended' : action === 'exclude' ? 'status_excluded' : 'status_reinstated';
    await notify(tx, ctx, {
      recipients,
      template,
      path: `/organizations/${organizationId}/registry`,
      params: { organization: { text: org.name }, status: { key: `status.${to}`, ns: 'common' }, reason },
    });
  });
  return getOrganization(ctx, organizationId);
}

// facts the operator verified

/**
 * Judges an organisation's change of the facts its operator verified — jurisdiction, legal identifier,
 * city (ADR 0014). Refused while an application is open (withdraw it first) and while the organisation is
 * suspended or excluded (a sanction is not left by editing a profile); a participant or partner, once it
 * acknowledges it, returns to "none", recorded in the history and the audit log, and the operators of the
 * jurisdiction that granted the status are told. An organisation without a status changes them freely.
 */
export async function guardVerifiedFacts(
  ctx: Ctx,
  change: VerifiedFactsChange,
): Promise<(tx: DbOrTx) => Promise<void>> {
  const { organization: org, actor } = change;
  const status = org.status as OrganizationStatus;
  if (await repo.hasOpenApplication(ctx.db, org.id)) throw new AppError('verified_facts_application_open');
  if (isSanctioned(status))
    throw new AppError('verified_facts_sanctioned', { params: { status: statusLabel(status) } });
  if (status === 'none') return async () => {};
  if (!change.acknowledgeStatusLoss) {
    throw new AppError('verified_facts_status_loss', { params: { status: statusLabel(status) } });
  }
  const granter = await responsibleJurisdiction(ctx, org);
  const operators = granter ? await asRecipients(await operatorsOf(ctx, granter)) : [];
  return async (tx) => {
    // An application opened meanwhile would be reviewed on facts it was not submitted with.
    if (await repo.hasOpenApplication(tx, org.id)) throw new AppError('verified_facts_application_open');
    await changeOrganizationStatus(tx, ctx, actor, org.id, {
      from: status,
      to: 'none',
      reason: null,
      applicationId: null,
      cause: 'facts_changed',
    });
    await notify(tx, ctx, {
      recipients: operators,
      template: 'status_dropped_facts_changed',
      path: `/organizations/${org.id}/registry`,
      params: {
        organization: { text: org.name },
        status: statusLabel(status),
        jurisdictionBefore: { key: `jurisdiction.${org.jurisdiction}`, ns: 'common' },
        jurisdictionAfter: { key: `jurisdiction.${change.next.jurisdiction}`, ns: 'common' },
        legalIdBefore: org.legalId,
        legalIdAfter: change.next.legalId,
        cityBefore: org.city,
        cityAfter: change.next.city,
      },
    });
  };
}

// notifications

async function asRecipients(users: Awaited<ReturnType<typeof usersByIds>>): Promise<Recipient[]> {
  return users.map((u) => ({ userId: u.id, email: u.email, displayName: u.displayName, locale: u.locale as Locale }));
}

async function applicantRecipients(ctx: Ctx, organizationId: string) {
  return asRecipients(await usersByIds(ctx.db, await organizationAdminIds(ctx, organizationId)));
}

async function operatorRecipients(ctx: Ctx, application: repo.ApplicationRow) {
  if (application.assignedOperatorId) return asRecipients(await usersByIds(ctx.db, [application.assignedOperatorId]));
  return asRecipients(await operatorsOf(ctx, application.reviewerJurisdiction));
}

const TEMPLATE_OF: Record<ApplicationAction, Parameters<typeof notify>[2]['template']> = {
  submit: 'application_submitted',
  take: 'application_taken',
  request_info: 'application_info_requested',
  answer: 'application_answered',
  approve: 'application_approved',
  reject: 'application_rejected',
  withdraw: 'application_withdrawn',
};

/** Who hears of a transition: the operators when the applicant acts, the applicant's admins when an operator does. */
async function recipientsOf(ctx: Ctx, action: ApplicationAction, application: repo.ApplicationRow) {
  return APPLICATION_TRANSITIONS[action].by === 'applicant'
    ? operatorRecipients(ctx, application)
    : applicantRecipients(ctx, application.organizationId);
}

async function notifyTransition(
  ctx: Ctx,
  tx: DbOrTx,
  input: {
    action: ApplicationAction;
    application: repo.ApplicationRow;
    steps: TransitionPlan;
    org: OrganizationRecord;
    recipients: Recipient[];
  },
) {
  const { action, application, steps, org } = input;
  // A draft withdrawn was never seen by an operator: nobody needs telling.
  if (action === 'withdraw' && !application.submittedAt) return;
  const offset = JURISDICTION_UTC_OFFSET_HOURS[application.reviewerJurisdiction];
  await notify(tx, ctx, {
    recipients: input.recipients,
    template: TEMPLATE_OF[action],
    path: `/applications/${application.id}`,
    params: {
      organization: { text: org.name },
      status: { key: `status.${application.requestedStatus}`, ns: 'common' },
      message: steps.message?.body ?? '',
      reason: application.decisionReason ?? '',
      deadline: application.deadlineAt ? { date: application.deadlineAt.toISOString(), utcOffsetHours: offset } : '',
    },
  });
}

// the queue

export async function operatorQueue(
  ctx: Ctx,
  actor: Actor,
  filter: {
    state?: ApplicationState;
    requestedStatus?: 'participant' | 'partner';
    organizationIds?: string[];
    overdue?: boolean;
    assignedToMe?: boolean;
    jurisdiction?: OperatorJurisdiction;
  },
) {
  const allowed: OperatorJurisdiction[] = isAdmin(actor) ? ['RU', 'CN'] : operatorJurisdictions(actor);
  if (allowed.length === 0) throw new AppError('operator_required');
  if (filter.jurisdiction && !allowed.includes(filter.jurisdiction)) throw new AppError('operator_other_jurisdiction');
  const now = ctx.clock.now();
  const repoFilter: repo.QueueFilter = {
    jurisdictions: filter.jurisdiction ? [filter.jurisdiction] : allowed,
    state: filter.state,
    requestedStatus: filter.requestedStatus,
    organizationIds: filter.organizationIds,
    assignedTo: filter.assignedToMe ? actor.userId : undefined,
    overdueAt: filter.overdue ? now : undefined,
  };
  const [rows, counts] = await Promise.all([
    repo.queue(ctx.db, repoFilter, 500),
    repo.queueCounts(ctx.db, repoFilter, now),
  ]);
  return { rows, counts };
}

// case management

/**
 * Who keeps an organisation's case file (ADR 0014): each entry belongs to the jurisdiction whose operator
 * wrote it, and an operator reads only their own jurisdiction's entries. Operators of the responsible
 * jurisdiction write to it (of either side while an organisation from elsewhere has none); an operator
 * whose jurisdiction once kept the file still reads their entries after the organisation moved on.
 */
async function caseAccess(ctx: Ctx, actor: Actor, organizationId: string, mode: 'read' | 'write') {
  const org = await getOrganization(ctx, organizationId);
  const responsible = await responsibleJurisdiction(ctx, org);
  const own: OperatorJurisdiction[] = isAdmin(actor) ? ['RU', 'CN'] : operatorJurisdictions(actor);
  if (own.length === 0) throw new AppError('operator_required');
  const writeAs = responsible ? (own.includes(responsible) ? responsible : null) : (own[0] ?? null);
  if (mode === 'write' || writeAs) {
    if (!writeAs) throw new AppError('operator_other_jurisdiction');
    return { org, readable: own, writeAs };
  }
  const kept = await repo.caseJurisdictions(ctx.db, organizationId);
  if (!kept.some((j) => own.includes(j))) throw new AppError('operator_other_jurisdiction');
  return { org, readable: own, writeAs: null };
}

export async function assertCaseAccess(ctx: Ctx, actor: Actor, organizationId: string) {
  return (await caseAccess(ctx, actor, organizationId, 'read')).org;
}

export async function caseFile(ctx: Ctx, actor: Actor, organizationId: string) {
  const { readable } = await caseAccess(ctx, actor, organizationId, 'read');
  return repo.caseFile(ctx.db, organizationId, readable);
}

async function recordCase(
  ctx: Ctx,
  actor: Actor,
  organizationId: string,
  what: string,
  write: (tx: DbOrTx, jurisdiction: OperatorJurisdiction) => Promise<void>,
  id: string,
) {
  const { writeAs } = await caseAccess(ctx, actor, organizationId, 'write');
  await ctx.db.transaction(async (tx) => {
    await write(tx, writeAs as OperatorJurisdiction);
    await recordAudit(tx, ctx.clock, {
      actorUserId: actor.userId,
      action: `case.${what}`,
      subjectType: 'organization',
      subjectId: organizationId,
      summary: { id, jurisdiction: writeAs },
    });
  });
}

export async function addCaseNote(ctx: Ctx, actor: Actor, organizationId: string, body: string) {
  const row = { id: newId(), organizationId, authorId: actor.userId, body, createdAt: ctx.clock.now() };
  await recordCase(
    ctx,
    actor,
    organizationId,
    'note_added',
    (tx, jurisdiction) => repo.insertNote(tx, { ...row, jurisdiction }),
    row.id,
  );
  return row;
}

export async function addCaseTask(
  ctx: Ctx,
  actor: Actor,
  organizationId: string,
  input: { title: string; dueDate: string; ownerId?: string },
) {
  const row = {
    id: newId(),
    organizationId,
    title: input.title,
    dueDate: input.dueDate,
    ownerId: input.ownerId ?? actor.userId,
    createdBy: actor.userId,
    createdAt: ctx.clock.now(),
    doneAt: null,
  };
  if (input.ownerId && (await usersByIds(ctx.db, [input.ownerId])).length === 0) throw new AppError('user_not_found');
  await recordCase(
    ctx,
    actor,
    organizationId,
    'task_added',
    (tx, jurisdiction) => repo.insertTask(tx, { ...row, jurisdiction }),
    row.id,
  );
  return row;
}

export async function completeCaseTask(ctx: Ctx, actor: Actor, organizationId: string, taskId: string) {
  let done: Awaited<ReturnType<typeof repo.completeTask>>;
  await recordCase(
    ctx,
    actor,
    organizationId,
    'task_done',
    async (tx, jurisdiction) => {
      done = await repo.completeTask(tx, organizationId, jurisdiction, taskId, ctx.clock.now());
      if (!done) throw new AppError('task_not_found');
    },
    taskId,
  );
  return done!;
}

export async function addCaseContact(
  ctx: Ctx,
  actor: Actor,
  organizationId: string,
  input: { channel: string; summary: string; contactedAt: string },
) {
  const row = {
    id: newId(),
    organizationId,
    authorId: actor.userId,
    channel: input.channel,
    summary: input.summary,
    contactedAt: new Date(input.contactedAt),
    createdAt: ctx.clock.now(),
  };
  await recordCase(
    ctx,
    actor,
    organizationId,
    'contact_logged',
    (tx, jurisdiction) => repo.insertContact(tx, { ...row, jurisdiction }),
    row.id,
  );
  return row;
}
