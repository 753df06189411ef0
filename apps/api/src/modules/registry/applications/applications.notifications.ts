import type { OperatorJurisdiction } from '@innobridge/contracts';
import type { AppContext } from '../../../app-context.js';
import type { DbOrTx } from '../../../db/client.js';
import { operatorsOf, people } from '../../identity/index.js';
import { notify, type Recipient } from '../../notifications/index.js';
import { type OrganizationRecord, organizationAdminIds } from '../../organizations/index.js';
import { APPLICATION_TRANSITIONS, type ApplicationAction } from '../registry.workflow.js';
import type { ApplicationRow } from './applications.repository.js';

// Whom the registry tells of a step, and what they read: people are looked up with identity's `people`.

/** The organisation's admins, who act for the applicant. */
export async function applicantRecipients(ctx: AppContext, organizationId: string): Promise<Recipient[]> {
  return people(ctx, await organizationAdminIds(ctx, organizationId));
}

/** The operators of a jurisdiction (identity reads them, with what addresses them, in one query). */
export async function operatorRecipients(ctx: AppContext, jurisdiction: OperatorJurisdiction): Promise<Recipient[]> {
  const operators = await operatorsOf(ctx, jurisdiction);
  return operators.map((u) => ({
    userId: u.id,
    email: u.email,
    displayName: u.displayName,
    locale: u.locale,
    timeZone: u.timeZone,
  }));
}

/** The operator who holds the application, or, before anyone took it, the operators of its jurisdiction. */
async function reviewerRecipients(ctx: AppContext, application: ApplicationRow): Promise<Recipient[]> {
  if (application.assignedOperatorId) return people(ctx, [application.assignedOperatorId]);
  return operatorRecipients(ctx, application.reviewerJurisdiction);
}

/** Who hears of a transition: the operators when the applicant acts, the applicant's admins when an operator does. */
export async function recipientsOf(ctx: AppContext, action: ApplicationAction, application: ApplicationRow) {
  return APPLICATION_TRANSITIONS[action].by === 'applicant'
    ? reviewerRecipients(ctx, application)
    : applicantRecipients(ctx, application.organizationId);
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

/** Tells the other side of a step, in the step's transaction. */
export async function notifyTransition(
  ctx: AppContext,
  tx: DbOrTx,
  input: {
    action: ApplicationAction;
    application: ApplicationRow;
    message: string | undefined;
    org: OrganizationRecord;
    recipients: Recipient[];
  },
) {
  const { action, application, org } = input;
  // A draft withdrawn was never seen by an operator: nobody needs telling.
  if (action === 'withdraw' && !application.submittedAt) return;
  await notify(tx, ctx, {
    recipients: input.recipients,
    template: TEMPLATE_OF[action],
    path: `/applications/${application.id}`,
    params: {
      organization: { text: org.name },
      status: { key: `status.${application.requestedStatus}`, ns: 'common' },
      message: input.message ?? '',
      reason: application.decisionReason ?? '',
      deadline: application.deadlineAt
        ? { deadline: application.deadlineAt.toISOString(), jurisdiction: application.reviewerJurisdiction }
        : '',
    },
  });
}
