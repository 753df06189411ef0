import type { OperatorJurisdiction, RegistrySettings, StatusApplication } from '@innobridge/contracts';
import type { AppContext } from '../../../app-context.js';
import type { DbOrTx } from '../../../db/client.js';
import type { Actor } from '../../../lib/actor.js';
import { AppError } from '../../../lib/app-error.js';
import { newId } from '../../../lib/ids.js';
import { runTransition, type Workflow } from '../../../lib/workflow.js';
import {
  addWorkingDays,
  JURISDICTION_UTC_OFFSET_HOURS,
  type WorkingCalendar,
  workingDaysLeft,
} from '../../../lib/working-days.js';
import { recordAudit } from '../../audit/index.js';
import type { Recipient } from '../../notifications/index.js';
import { getOrganization, type OrganizationRecord } from '../../organizations/index.js';
import { assertApplicantAdmin, assertNotOwnOrganization, assertOperatorOf } from '../registry.access.js';
import { APPLICATION_TRANSITIONS, type ApplicationAction, type Side } from '../registry.workflow.js';
import { allSettings } from '../settings/settings.service.js';
import { notifyTransition, recipientsOf } from './applications.notifications.js';
import * as repo from './applications.repository.js';
import { changedError, loadApplication, stateLabel } from './applications.service.js';
import { describeApplication } from './applications.views.js';
import { changeOrganizationStatus } from './status.service.js';

// The review of a status application, step by step, on the workflow table (registry.workflow.ts).

type Ctx = AppContext;
type ApplicationRow = repo.ApplicationRow;

const calendarOf = (jurisdiction: OperatorJurisdiction, settings: RegistrySettings): WorkingCalendar => ({
  utcOffsetHours: JURISDICTION_UTC_OFFSET_HOURS[jurisdiction],
  holidays: new Set(settings.holidays),
});

type TransitionPlan = {
  patch?: Partial<ApplicationRow>;
  message?: { kind: 'info_request' | 'answer' | 'decision'; body: string };
  /** The organisation's status change, compare-and-set against `from`. */
  status?: { from: string; to: string; reason: string | null };
};

type Review = {
  ctx: Ctx;
  actor: Actor;
  row: ApplicationRow;
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
      message: plan.message?.body,
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
    application: ApplicationRow,
    tx: DbOrTx,
    settings: RegistrySettings,
  ) => Promise<TransitionPlan> | TransitionPlan,
) =>
  runTransition(review, ctx, { actor, id, action, plan: (tx, step) => plan(step.before, tx, step.prepared.settings) });

async function submitApplicationStep(ctx: Ctx, actor: Actor, id: string) {
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
async function takeApplicationStep(ctx: Ctx, actor: Actor, id: string) {
  const heldBy = (application: ApplicationRow) =>
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

async function requestInformationStep(ctx: Ctx, actor: Actor, id: string, message: string) {
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

async function answerInformationRequestStep(ctx: Ctx, actor: Actor, id: string, message: string) {
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

async function approveApplicationStep(
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

async function rejectApplicationStep(ctx: Ctx, actor: Actor, id: string, reason: string) {
  return transition(ctx, actor, id, 'reject', (application) => ({
    patch: { decidedBy: actor.userId, decidedAt: ctx.clock.now(), decisionReason: reason },
    message: { kind: 'decision', body: reason },
    status: { from: 'applicant', to: application.previousStatus, reason },
  }));
}

async function withdrawApplicationStep(ctx: Ctx, actor: Actor, id: string) {
  return transition(ctx, actor, id, 'withdraw', (application) => ({
    // A draft never made the organisation an applicant.
    status:
      application.state === 'draft' ? undefined : { from: 'applicant', to: application.previousStatus, reason: null },
  }));
}

/** A step answered with the application as its reader now sees it. */
const described =
  <A extends unknown[]>(step: (ctx: Ctx, actor: Actor, id: string, ...args: A) => Promise<ApplicationRow>) =>
  async (ctx: Ctx, actor: Actor, id: string, ...args: A): Promise<StatusApplication> =>
    describeApplication(ctx, actor, await step(ctx, actor, id, ...args));

export const submitApplication = described(submitApplicationStep);
export const withdrawApplication = described(withdrawApplicationStep);
export const answerInformationRequest = described(answerInformationRequestStep);
export const takeApplication = described(takeApplicationStep);
export const requestInformation = described(requestInformationStep);
export const approveApplication = described(approveApplicationStep);
export const rejectApplication = described(rejectApplicationStep);
