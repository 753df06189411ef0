import {
  type DeclineBody,
  type InterestBody,
  type InterestState,
  isSanctioned,
  type Outcome,
} from '@innobridge/contracts';
import type { z } from 'zod';
import type { AppContext } from '../../app-context.js';
import type { DbOrTx } from '../../db/client.js';
import { type Actor, isAdmin } from '../../lib/actor.js';
import { AppError } from '../../lib/app-error.js';
import { newId } from '../../lib/ids.js';
import { recordAudit } from '../audit/index.js';
import { notify } from '../notifications/index.js';
import { getOrganization, memberRole, membershipsOf } from '../organizations/index.js';
import * as conversations from './conversations.repository.js';
import {
  assertMember,
  assertNotSanctioned,
  loadOpportunity,
  ownerRecipients,
  recipientsOf,
} from './exchange.service.js';
import * as repo from './interests.repository.js';

type Ctx = AppContext;

const stateLabel = (state: string) => ({ key: `interestState.${state}`, ns: 'common' as const });

/**
 * Expresses an organisation's interest in a published opportunity of another. Sending it again
 * returns the one already sent (`created: false`) and tells nobody twice.
 */
export async function expressInterest(
  ctx: Ctx,
  actor: Actor,
  opportunityId: string,
  body: z.infer<typeof InterestBody>,
) {
  const opportunity = await loadOpportunity(ctx, opportunityId);
  // Withheld while its owner is suspended or excluded: as hidden as a draft (ADR 0014).
  if (opportunity.state !== 'published' || opportunity.withheld) {
    // A draft stays invisible to strangers; a closed one says why nothing can be sent.
    if (opportunity.state !== 'closed') throw new AppError('opportunity_not_found');
    throw new AppError('interest_not_open', {
      params: { state: { key: `opportunityState.${opportunity.state}`, ns: 'common' } },
    });
  }
  const from = await getOrganization(ctx, body.organizationId);
  await assertMember(ctx, actor, from.id);
  if (from.id === opportunity.organizationId) throw new AppError('interest_own_opportunity');
  assertNotSanctioned(from);
  const owners = await ownerRecipients(ctx, opportunity.organizationId);
  return ctx.db.transaction(async (tx) => {
    const result = await repo.insertInterestOnce(tx, {
      id: newId(),
      opportunityId,
      fromOrganizationId: from.id,
      toOrganizationId: opportunity.organizationId,
      message: body.message,
      state: 'pending',
      createdBy: actor.userId,
      createdAt: ctx.clock.now(),
    });
    if (!result.created) return result;
    await recordAudit(tx, ctx.clock, {
      actorUserId: actor.userId,
      action: 'interest.expressed',
      subjectType: 'interest',
      subjectId: result.row.id,
      summary: { opportunityId, fromOrganizationId: from.id, toOrganizationId: opportunity.organizationId },
    });
    await notify(tx, ctx, {
      recipients: owners,
      template: 'interest_received',
      path: `/interests/${result.row.id}`,
      params: { title: { text: opportunity.title }, organization: { text: from.name }, message: body.message },
    });
    return result;
  });
}

export async function loadInterest(ctx: Ctx, id: string) {
  const row = await repo.findInterest(ctx.db, id);
  if (!row) throw new AppError('interest_not_found');
  return row;
}

/** Which side of the interest the actor is on; strangers are told it does not exist. */
async function sideOf(ctx: Ctx, actor: Actor, row: repo.InterestRow): Promise<'from' | 'to'> {
  if (await memberRole(ctx, row.toOrganizationId, actor.userId)) return 'to';
  if (await memberRole(ctx, row.fromOrganizationId, actor.userId)) return 'from';
  throw new AppError('interest_not_found');
}

export async function getInterest(ctx: Ctx, actor: Actor, id: string) {
  const row = await loadInterest(ctx, id);
  if (!isAdmin(actor)) await sideOf(ctx, actor, row);
  return row;
}

export async function interestsOfOrganization(
  ctx: Ctx,
  actor: Actor,
  organizationId: string,
  box: 'received' | 'sent',
  state?: InterestState,
) {
  await getOrganization(ctx, organizationId);
  await assertMember(ctx, actor, organizationId);
  return repo.interestsOfOrganization(ctx.db, organizationId, box, state);
}

/** On an opportunity: its owner's members see what was received, others what their organisations sent. */
export async function interestsOnOpportunity(ctx: Ctx, actor: Actor, opportunityId: string) {
  await loadOpportunity(ctx, opportunityId);
  const own = (await membershipsOf(ctx, actor.userId)).map((m) => m.organizationId);
  return repo.interestsOnOpportunity(ctx.db, opportunityId, own);
}

/** The owner's decision, compare-and-set: of two members deciding at once, one wins. */
async function decide(
  ctx: Ctx,
  actor: Actor,
  id: string,
  patch: Pick<repo.InterestRow, 'state'> & Partial<repo.InterestRow>,
  /** Runs inside the decision's transaction: what else must happen with it, or not at all. */
  alongside?: (tx: DbOrTx, row: repo.InterestRow) => Promise<void>,
) {
  const current = await loadInterest(ctx, id);
  if ((await sideOf(ctx, actor, current)) !== 'to') throw new AppError('organization_forbidden');
  if (current.state !== 'pending') {
    throw new AppError('interest_state_conflict', { params: { state: stateLabel(current.state) } });
  }
  const [opportunity, owner, sender, from] = await Promise.all([
    loadOpportunity(ctx, current.opportunityId),
    getOrganization(ctx, current.toOrganizationId),
    recipientsOf(ctx, [current.createdBy]),
    getOrganization(ctx, current.fromOrganizationId),
  ]);
  assertNotSanctioned(owner);
  // Accepting opens a conversation and shows contacts: not with an organisation suspended or excluded
  // since it wrote. Declining stays possible.
  if (patch.state === 'accepted' && isSanctioned(from.status)) {
    throw new AppError('interest_sender_sanctioned', {
      params: { status: { key: `status.${from.status}`, ns: 'common' } },
    });
  }
  return ctx.db.transaction(async (tx) => {
    const next = await repo.compareAndSetInterest(tx, id, current, {
      ...patch,
      decidedBy: actor.userId,
      decidedAt: ctx.clock.now(),
    });
    if (!next) {
      const now = await repo.findInterest(tx, id);
      throw new AppError('interest_state_conflict', { params: { state: stateLabel(now?.state ?? 'pending') } });
    }
    await alongside?.(tx, next);
    await recordAudit(tx, ctx.clock, {
      actorUserId: actor.userId,
      action: `interest.${patch.state}`,
      subjectType: 'interest',
      subjectId: id,
      summary: { declineReason: next.declineReason, declineText: next.declineText },
    });
    await notify(tx, ctx, {
      recipients: sender,
      template: patch.state === 'accepted' ? 'interest_accepted' : 'interest_declined',
      path: `/interests/${id}`,
      params: {
        title: { text: opportunity.title },
        organization: { text: owner.name },
        reason: next.declineReason ? { key: `declineReason.${next.declineReason}`, ns: 'common' } : '',
        text: next.declineText ?? '',
      },
    });
    return next;
  });
}

/** Accepts the interest and opens the conversation between the two organisations. */
export const acceptInterest = (ctx: Ctx, actor: Actor, id: string) =>
  decide(ctx, actor, id, { state: 'accepted' }, async (tx, row) => {
    await conversations.insertConversation(tx, {
      id: newId(),
      interestId: row.id,
      ownerOrganizationId: row.toOrganizationId,
      interestedOrganizationId: row.fromOrganizationId,
      createdAt: ctx.clock.now(),
    });
  });

export function declineInterest(ctx: Ctx, actor: Actor, id: string, body: z.infer<typeof DeclineBody>) {
  if (body.reason === 'other' && !body.text) {
    throw new AppError('validation_failed', { fields: [{ path: 'text', code: 'required' }] });
  }
  return decide(ctx, actor, id, { state: 'declined', declineReason: body.reason, declineText: body.text ?? null });
}

/** Either side records what came of it; the data platform counts these. */
export async function recordOutcome(ctx: Ctx, actor: Actor, id: string, outcome: Outcome) {
  const current = await loadInterest(ctx, id);
  await sideOf(ctx, actor, current);
  if (current.state !== 'accepted') {
    throw new AppError('interest_state_conflict', { params: { state: stateLabel(current.state) } });
  }
  return ctx.db.transaction(async (tx) => {
    const row = await repo.compareAndSetInterest(tx, id, current, {
      outcome,
      outcomeRecordedBy: actor.userId,
      outcomeRecordedAt: ctx.clock.now(),
    });
    if (!row) throw new AppError('interest_state_conflict', { params: { state: stateLabel(current.state) } });
    await recordAudit(tx, ctx.clock, {
      actorUserId: actor.userId,
      action: 'interest.outcome_recorded',
      subjectType: 'interest',
      subjectId: id,
      summary: { from: current.outcome, to: outcome },
    });
    return row;
  });
}
