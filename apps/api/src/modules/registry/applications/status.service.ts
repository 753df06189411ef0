import { type CurrentStatus, isSanctioned, type OrganizationStatus, placeOf } from '@innobridge/contracts';
import type { AppContext } from '../../../app-context.js';
import type { DbOrTx } from '../../../db/client.js';
import type { Actor } from '../../../lib/actor.js';
import { AppError } from '../../../lib/app-error.js';
import { newId } from '../../../lib/ids.js';
import { recordAudit } from '../../audit/index.js';
import { withholdOpportunities } from '../../exchange/index.js';
import { notify } from '../../notifications/index.js';
import {
  compareAndSetStatus,
  getOrganization,
  organizationIn,
  type VerifiedFactsChange,
} from '../../organizations/index.js';
import { assertNotOwnOrganization, assertOperatorOf, responsibleJurisdiction } from '../registry.access.js';
import { canApplyStatusAction, type StatusAction } from '../registry.workflow.js';
import { applicantRecipients, operatorRecipients } from './applications.notifications.js';
import * as repo from './applications.repository.js';
import { statusLabel } from './applications.service.js';
import { statusOut } from './applications.views.js';

// The organisation's cluster status: every change of it, the operator's direct actions, and the guard
// on the facts its operator verified (ADR 0014, 0020).

type Ctx = AppContext;

/**
 * Changes the organisation's status in the caller's transaction: compare-and-set against `from`, the
 * history entry, what the status allows on the exchange, and the audit entry.
 */
export async function changeOrganizationStatus(
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

const STATUS_TEMPLATE = {
  suspend: 'status_suspended',
  exclude: 'status_excluded',
  reinstate: 'status_reinstated',
} as const satisfies Record<StatusAction, string>;

/** An operator suspends, excludes or reinstates an organisation; its admins are told. */
export async function changeStatus(
  ctx: Ctx,
  actor: Actor,
  organizationId: string,
  action: StatusAction,
  reason: string,
): Promise<CurrentStatus> {
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
    await notify(tx, ctx, {
      recipients,
      template: STATUS_TEMPLATE[action],
      path: `/organizations/${organizationId}/registry`,
      params: { organization: { text: org.name }, status: { key: `status.${to}`, ns: 'common' }, reason },
    });
  });
  return statusOut(await getOrganization(ctx, organizationId));
}

/**
 * Judges an organisation's change of the facts its operator verified — jurisdiction, legal identifier,
 * city (ADR 0014). Refused while an application is open (withdraw it first) and while the organisation is
 * suspended or excluded (a sanction is not left by editing a profile); a participant or partner, once it
 * acknowledges it, returns to "none", recorded in the history and the audit log, and the operators of the
 * jurisdiction that granted the status are told. An organisation without a status changes them freely.
 */
/** A place as a notification names it: in its reader's language when listed, else its own text. */
const placeParam = (code: string, city: string) => {
  const place = placeOf(code);
  return place ? { text: place.name } : city;
};

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
  const operators = granter ? await operatorRecipients(ctx, granter) : [];
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
        cityBefore: placeParam(org.place, org.city),
        cityAfter: placeParam(change.next.place, change.next.city),
      },
    });
  };
}
