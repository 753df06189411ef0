import type { ErrorTable } from '../common/error-table.js';

/** B2B meetings at events: profiles, availability, requests, slots and the schedule. */
export const meetingsErrors = {
  /** No published event with meetings at this address (or the reader may not see it). */
  meetings_event_not_found: 404,
  /** Only people registered for the event (not waitlisted, not cancelled) take part in its meetings. */
  meetings_registration_required: 403,
  /** Only the event's organisers (members of the organising organisation), operators and admins. */
  meetings_organiser_required: 403,
  /** No published meeting profile of this participant at this event. */
  meeting_participant_not_found: 404,
  /** No meeting request with this id that the reader is a side of. */
  meeting_request_not_found: 404,
  /** The request is not in a state this action leaves from (params: state). */
  meeting_state_conflict: 409,
  /** An open request between these two participants exists already. */
  meeting_request_exists: 409,
  /** A participant cannot ask themselves for a meeting. */
  meeting_own_request: 422,
  /** No slot with this id at this event. */
  meeting_slot_not_found: 404,
  /** In pick mode the accepting side picks a slot. */
  meeting_slot_required: 422,
  /** Every table of the slot is taken. */
  meeting_slot_full: 409,
  /** A side has another meeting in this slot. */
  meeting_side_busy: 409,
  /** A side is not available in this slot. */
  meeting_side_unavailable: 409,
  /** A side has reached their maximum of meetings in this session. */
  meeting_session_limit: 409,
  /** The table number is outside the slot's tables. */
  meeting_table_out_of_range: 422,
  /** A slot that holds meetings cannot be removed or given fewer tables than it uses. */
  meeting_slot_in_use: 409,
  /** The locked meetings contradict each other or the availability (params: conflicts). */
  meeting_schedule_conflict: 409,
  /** An opportunity linked to a profile must be a published one of the participant's organisation. */
  meeting_opportunity_not_linkable: 422,
  /** A slot ends before it starts. */
  meeting_slot_times_invalid: 422,
} as const satisfies ErrorTable;
