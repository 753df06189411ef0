import type { OpportunityState, OrganizationStatus } from '@innobridge/contracts';
import type { AppContext } from '../../../app-context.js';
import { type Actor, isAdmin, operatorJurisdictions } from '../../../lib/actor.js';
import { AppError } from '../../../lib/app-error.js';
import { OPPORTUNITY_CHANGED_JOB, type OpportunityChangedJob } from '../../../lib/jobs.js';
import { runTransition, type TransitionTable, type Workflow } from '../../../lib/workflow.js';
import { recordAudit } from '../../audit/index.js';
import { notify, type Recipient } from '../../notifications/index.js';
import { getOrganization, memberRole } from '../../organizations/index.js';
import { assertMember, assertNotSanctioned, ownerRecipients } from '../exchange.shared.js';
import type { OpportunityRow } from './opportunities.repository.js';
import * as repo from './opportunities.repository.js';

/**
 * The opportunity's lifecycle: draft → submitted → published (after moderation; or back to draft
 * with the operator's comment) → closed (withdrawn, expired or success).
 */
export type OpportunityAction = 'submit' | 'publish' | 'return' | 'withdraw' | 'close_success' | 'renew' | 'expire';

/** Who takes an action: a member of the owning organisation, an operator, or the scheduled job. */
export type OpportunityRole = 'owner' | 'operator' | 'system';

export const OPPORTUNITY_TRANSITIONS: TransitionTable<OpportunityAction, OpportunityState, OpportunityRole> = {
  submit: { from: ['draft'], to: 'submitted', by: 'owner' },
  publish: { from: ['submitted'], to: 'published', by: 'operator' },
  return: { from: ['submitted'], to: 'draft', by: 'operator' },
  withdraw: { from: ['draft', 'submitted', 'published'], to: 'closed', by: 'owner' },
  close_success: { from: ['published'], to: 'closed', by: 'owner' },
  renew: { from: ['published'], to: 'published', by: 'owner' },
  expire: { from: ['published'], to: 'closed', by: 'system' },
};

/** The owner edits only what is not in front of a moderator or the public. */
export const EDITABLE_STATES: OpportunityState[] = ['draft'];

export const PUBLICATION_MONTHS = 12;
export const EXPIRY_REMINDER_DAYS = 14;

// The table run by lib/workflow.ts: who may act, what is checked before, the audit entry and the mail.

type Ctx = AppContext;

export const stateLabel = (state: string) => ({ key: `opportunityState.${state}`, ns: 'common' as const });

export const changedError = (now: OpportunityRow | undefined) =>
  new AppError('opportunity_changed', { params: { state: stateLabel(now?.state ?? 'draft') } });

/** Operators moderate their own jurisdiction's organisations; organisations from elsewhere, either side. */
function assertModerator(actor: Actor, jurisdiction: string) {
  if (isAdmin(actor)) return;
  const own = operatorJurisdictions(actor);
  if (own.length === 0) throw new AppError('operator_required');
  if (jurisdiction !== 'OTHER' && !own.includes(jurisdiction as 'RU'))
    throw new AppError('operator_other_jurisdiction');
}

/** An organisation submits for moderation only while it holds a status the exchange accepts. */
async function assertMaySubmit(ctx: Ctx, organizationId: string) {
  const org = await getOrganization(ctx, organizationId);
  assertNotSanctioned(org);
  if (!ctx.config.exchangeSubmitStatuses.includes(org.status as OrganizationStatus)) {
    throw new AppError('submit_status_required', {
      params: { status: { key: `status.${org.status}`, ns: 'common' } },
    });
  }
}

const TEMPLATE_OF: Partial<Record<OpportunityAction, Parameters<typeof notify>[2]['template']>> = {
  publish: 'opportunity_published',
  return: 'opportunity_returned',
  expire: 'opportunity_expired',
};

/** The steps that publish an opportunity or take it out of publication. */
const MATCHED_ACTIONS: OpportunityAction[] = ['publish', 'withdraw', 'close_success', 'expire'];

type Lifecycle = {
  ctx: Ctx;
  /** Null when the scheduled job acts. */
  actor: Actor | null;
  row: OpportunityRow;
  action: OpportunityAction;
  role: OpportunityRole;
  /** The owner's admins, told of what an operator or the system did. */
  prepared: Recipient[];
  plan: { patch?: Partial<OpportunityRow> };
};

/** The opportunity's lifecycle on the shared workflow helper: one step, audited and announced, or nothing. */
const lifecycle: Workflow<Lifecycle> = {
  table: OPPORTUNITY_TRANSITIONS,
  subjectType: 'opportunity',
  find: repo.findOpportunity,
  compareAndSet: (tx, seen, changes) => repo.compareAndSet(tx, seen.id, seen, changes),
  mayAct: {
    owner: async (ctx, actor, row) => {
      if (actor) await assertMember(ctx, actor, row.organizationId);
    },
    operator: async (ctx, actor, row) => {
      if (!actor) return;
      assertModerator(actor, row.jurisdiction);
      // Nobody moderates their own organisation's opportunity (ADR 0014).
      if (await memberRole(ctx, row.organizationId, actor.userId)) throw new AppError('moderation_own_organization');
    },
    system: () => {},
  },
  errors: {
    notFound: () => new AppError('opportunity_not_found'),
    stateConflict: (row) => new AppError('opportunity_state_conflict', { params: { state: stateLabel(row.state) } }),
    changed: changedError,
  },
  async prepare(ctx, { action, rule, before }) {
    if (action === 'submit') await assertMaySubmit(ctx, before.organizationId);
    return rule.by === 'operator' || rule.by === 'system' ? ownerRecipients(ctx, before.organizationId) : [];
  },
  stamp: ({ now }) => ({ updatedAt: now }),
  audit: {
    record: recordAudit,
    entry: ({ action, rule, before, row }) => ({
      action: `opportunity.${action}`,
      summary: { from: before.state, to: rule.to, closeReason: row.closeReason, comment: row.moderationComment },
    }),
  },
  async notify(tx, ctx, { action, row, prepared }) {
    // The matcher reads what is published: it recomputes on every step into or out of publication.
    if (MATCHED_ACTIONS.includes(action)) {
      await ctx.jobs.send(tx, OPPORTUNITY_CHANGED_JOB, { opportunityId: row.id } satisfies OpportunityChangedJob);
    }
    const template = TEMPLATE_OF[action];
    if (!template) return;
    await notify(tx, ctx, {
      recipients: prepared,
      template,
      path: `/opportunities/${row.id}`,
      params: { title: { text: row.title }, comment: row.moderationComment ?? '' },
    });
  },
};

/** Takes one step of the lifecycle, with the changes `patch` makes beside the state. */
export const transition = (
  ctx: Ctx,
  actor: Actor | null,
  id: string,
  action: OpportunityAction,
  patch: () => Partial<OpportunityRow>,
) => runTransition(lifecycle, ctx, { actor, id, action, plan: () => ({ patch: patch() }) });
