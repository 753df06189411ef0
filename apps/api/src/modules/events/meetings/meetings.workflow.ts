import type { MeetingState } from '@innobridge/contracts';
import type { TransitionTable } from '../../../lib/workflow.js';

/**
 * A meeting request: the recipient accepts or declines it while it is open; either side cancels it,
 * the requester while it waits for an answer, both once it is accepted.
 */
export type MeetingAction = 'accept' | 'decline' | 'cancel';

/** `recipient`: the participant asked; `side`: either of the two. */
export type MeetingRole = 'recipient' | 'side';

export const MEETING_TRANSITIONS: TransitionTable<MeetingAction, MeetingState, MeetingRole> = {
  accept: { from: ['requested'], to: 'accepted', by: 'recipient' },
  decline: { from: ['requested'], to: 'declined', by: 'recipient' },
  cancel: { from: ['requested', 'accepted'], to: 'cancelled', by: 'side' },
};
