import {
  type DeclineBody,
  type ExpressionOfInterest,
  type InterestBody,
  type InterestBox,
  type InterestList,
  type InterestState,
  isSanctioned,
  type Outcome,
} from '@innobridge/contracts';
import type { z } from 'zod';
import type { AppContext } from '../../../app-context.js';
import { type Actor, isAdmin } from '../../../lib/actor.js';
import { AppError } from '../../../lib/app-error.js';
import { newId } from '../../../lib/ids.js';
import { runTransition, type Workflow } from '../../../lib/workflow.js';
import { recordAudit } from '../../audit/index.js';
import { type Person, people } from '../../identity/index.js';
import { notify } from '../../notifications/index.js';
import { getOrganization, memberRole, membershipsOf } from '../../organizations/index.js';
import * as conversations from '../conversations/conversations.repository.js';
import { assertMember, assertNotSanctioned, ownerRecipients } from '../exchange.shared.js';
import type { OpportunityRow } from '../opportunities/opportunities.repository.js';
import { loadOpportunity } from '../opportunities/opportunities.service.js';
import * as repo from './interests.repository.js';
import { describeInterest, describeInterests } from './interests.views.js';
import { INTEREST_TRANSITIONS, type InterestAction, type InterestRole } from './interests.workflow.js';

// Expressions of interest: sending one, the owner's decision, the outcome. The rules work on rows;
// what routes and other modules call answers in the contract's shape, with contacts only where the
// interest was accepted (interests.views.ts).

type Ctx = AppContext;

const stateLabel = (state: string) => ({ key: `interestState.${state}`, ns: 'common' as const });

/** Sending it again returns the row already sent (`created: false`) and tells nobody twice. */
async function sendInterest(ctx: Ctx, actor: Actor, opportunityId: string, body: z.infer<typeof InterestBody>) {
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

async function loadInterest(ctx: Ctx, id: string) {
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

async function readInterest(ctx: Ctx, actor: Actor, id: string) {
  const row = await loadInterest(ctx, id);
  if (!isAdmin(actor)) await sideOf(ctx, actor, row);
  return row;
}

export async function interestsOfOrganization(
  ctx: Ctx,
  actor: Actor,
  organizationId: string,
  { box, state }: z.infer<typeof InterestBox>,
): Promise<InterestList> {
  await getOrganization(ctx, organizationId);
  await assertMember(ctx, actor, organizationId);
  return {
    items: await describeInterests(ctx, await repo.interestsOfOrganization(ctx.db, organizationId, box, state)),
  };
}

/** On an opportunity: its owner's members see what was received, others what their organisations sent. */
export async function interestsOnOpportunity(ctx: Ctx, actor: Actor, opportunityId: string): Promise<InterestList> {
  await loadOpportunity(ctx, opportunityId);
  const own = (await membershipsOf(ctx, actor.userId)).map((m) => m.organizationId);
  return { items: await describeInterests(ctx, await repo.interestsOnOpportunity(ctx.db, opportunityId, own)) };
}

const stateConflict = (state: InterestState) =>
  new AppError('interest_state_conflict', { params: { state: stateLabel(state) } });

type Decision = {
  ctx: Ctx;
  actor: Actor;
  row: repo.InterestRow;
  action: InterestAction;
  role: InterestRole;
  prepared: {
    opportunity: OpportunityRow;
    owner: Awaited<ReturnType<typeof getOrganization>>;
    sender: Person[];
  };
  plan: { patch?: Partial<repo.InterestRow> };
};

/** The owner's decision on the shared workflow helper: of two members deciding at once, one wins. */
const decision: Workflow<Decision> = {
  table: INTEREST_TRANSITIONS,
  subjectType: 'interest',
  find: repo.findInterest,
  compareAndSet: (tx, seen, changes) => repo.compareAndSetInterest(tx, seen.id, seen, changes),
  mayAct: {
    recipient: async (ctx, actor, row) => {
      if ((await sideOf(ctx, actor, row)) !== 'to') throw new AppError('organization_forbidden');
    },
  },
  errors: {
    notFound: () => new AppError('interest_not_found'),
    stateConflict: (row) => stateConflict(row.state),
    changed: (now) => stateConflict(now?.state ?? 'pending'),
  },
  async prepare(ctx, { rule, before }) {
    const [opportunity, owner, sender, from] = await Promise.all([
      loadOpportunity(ctx, before.opportunityId),
      getOrganization(ctx, before.toOrganizationId),
      people(ctx, [before.createdBy]),
      getOrganization(ctx, before.fromOrganizationId),
    ]);
    assertNotSanctioned(owner);
    // Accepting opens a conversation and shows contacts: not with an organisation suspended or excluded
    // since it wrote. Declining stays possible.
    if (rule.to === 'accepted' && isSanctioned(from.status)) {
      throw new AppError('interest_sender_sanctioned', {
        params: { status: { key: `status.${from.status}`, ns: 'common' } },
      });
    }
    return { opportunity, owner, sender };
  },
  stamp: ({ actor, now }) => ({ decidedBy: actor.userId, decidedAt: now }),
  async alongside(tx, ctx, { row }) {
    // Accepting opens the conversation between the two organisations.
    if (row.state !== 'accepted') return;
    await conversations.insertConversation(tx, {
      id: newId(),
      interestId: row.id,
      ownerOrganizationId: row.toOrganizationId,
      interestedOrganizationId: row.fromOrganizationId,
      createdAt: ctx.clock.now(),
    });
  },
  audit: {
    record: recordAudit,
    entry: ({ rule, row }) => ({
      action: `interest.${rule.to}`,
      summary: { declineReason: row.declineReason, declineText: row.declineText },
    }),
  },
  async notify(tx, ctx, { row, prepared: { opportunity, owner, sender } }) {
    await notify(tx, ctx, {
      recipients: sender,
      template: row.state === 'accepted' ? 'interest_accepted' : 'interest_declined',
      path: `/interests/${row.id}`,
      params: {
        title: { text: opportunity.title },
        organization: { text: owner.name },
        reason: row.declineReason ? { key: `declineReason.${row.declineReason}`, ns: 'common' } : '',
        text: row.declineText ?? '',
      },
    });
  },
};

const accept = (ctx: Ctx, actor: Actor, id: string) => runTransition(decision, ctx, { actor, id, action: 'accept' });

function decline(ctx: Ctx, actor: Actor, id: string, body: z.infer<typeof DeclineBody>) {
  if (body.reason === 'other' && !body.text) {
    throw new AppError('validation_failed', { fields: [{ path: 'text', code: 'required' }] });
  }
  return runTransition(decision, ctx, {
    actor,
    id,
    action: 'decline',
    plan: () => ({ patch: { declineReason: body.reason, declineText: body.text ?? null } }),
  });
}

async function setOutcome(ctx: Ctx, actor: Actor, id: string, outcome: Outcome) {
  const current = await loadInterest(ctx, id);
  await sideOf(ctx, actor, current);
  if (current.state !== 'accepted') {
    throw stateConflict(current.state);
  }
  return ctx.db.transaction(async (tx) => {
    const row = await repo.compareAndSetInterest(tx, id, current, {
      outcome,
      outcomeRecordedBy: actor.userId,
      outcomeRecordedAt: ctx.clock.now(),
    });
    if (!row) throw stateConflict(current.state);
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

/** Runs a step that returns the interest's row and answers with the interest as its sides see it. */
const described =
  <A extends unknown[]>(step: (ctx: Ctx, actor: Actor, ...args: A) => Promise<repo.InterestRow>) =>
  async (ctx: Ctx, actor: Actor, ...args: A): Promise<ExpressionOfInterest> =>
    describeInterest(ctx, await step(ctx, actor, ...args));

export const getInterest = described(readInterest);
/** Accepts the interest and opens the conversation between the two organisations. */
export const acceptInterest = described(accept);
export const declineInterest = described(decline);
/** Either side records what came of it; the data platform counts these. */
export const recordOutcome = described(setOutcome);

/**
 * Expresses an organisation's interest in a published opportunity of another. Sending it again
 * answers with the interest already sent (`created: false`) and tells nobody twice.
 */
export async function expressInterest(
  ctx: Ctx,
  actor: Actor,
  opportunityId: string,
  body: z.infer<typeof InterestBody>,
): Promise<{ interest: ExpressionOfInterest; created: boolean }> {
  const { row, created } = await sendInterest(ctx, actor, opportunityId, body);
  return { interest: await describeInterest(ctx, row), created };
}
