import type { OpportunityState } from '@innobridge/contracts';
import type { TransitionTable } from '../../lib/workflow.js';

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
