import type { ErrorTable } from '../common/error-table.js';

/** Events: organisers, the events themselves, registrations, badges and check-in. */
export const eventsErrors = {
  /** No such event, or a draft the reader may not see. */
  event_not_found: 404,
  /** Only operators and the organisations they approved as organisers manage events. */
  event_organizer_required: 403,
  /** The organisation is not an approved organiser (or its approval was withdrawn). */
  event_organizer_not_approved: 403,
  /** The event is not in a state the action leaves from. */
  event_state_conflict: 409,
  /** The event was changed meanwhile: read it again. */
  event_changed: 409,
  /** The organisation already is an approved organiser. */
  event_organizer_exists: 409,
  /** No approval of this organisation to withdraw. */
  event_organizer_not_found: 404,
  /** Registration is not open: the event is not published, or registration closed. */
  event_registration_closed: 409,
  /** The reader has no registration for this event. */
  event_registration_not_found: 404,
  /** The reader is already registered or on the waiting list. */
  event_already_registered: 409,
  /** A badge code the platform did not sign, or of another event. */
  event_badge_invalid: 422,
  /** A badge that was reissued: the person holds a newer one. */
  event_badge_replaced: 422,
  /** The badge's registration was cancelled or is still on the waiting list. */
  event_badge_not_registered: 409,
  /** The badge was already checked in (the answer says when). */
  event_already_checked_in: 409,
} as const satisfies ErrorTable;
