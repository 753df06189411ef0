import type { InterestState } from '@innobridge/contracts';
import type { TransitionTable } from '../../../lib/workflow.js';

/**
 * The decision on an expression of interest: the organisation that received it accepts or declines
 * it while it is pending. The outcome recorded afterwards is not a change of state.
 */
export type InterestAction = 'accept' | 'decline';

/** Who decides: a member of the organisation the interest was sent to. */
export type InterestRole = 'recipient';

export const INTEREST_TRANSITIONS: TransitionTable<InterestAction, InterestState, InterestRole> = {
  accept: { from: ['pending'], to: 'accepted', by: 'recipient' },
  decline: { from: ['pending'], to: 'declined', by: 'recipient' },
};
