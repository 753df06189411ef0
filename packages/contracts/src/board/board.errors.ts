import type { ErrorTable } from '../common/error-table.js';

/** The supervisory board: its members and rules, meetings, agenda items, votes and resolutions. */
export const boardErrors = {
  /** Only a platform admin manages the board's composition and rules. */
  board_admin_required: 403,
  /** Only the board's secretary (or chair) prepares and runs its meetings. */
  board_secretary_required: 403,
  /** Only a current member of the board takes part in its meetings. */
  board_member_required: 403,
  /** Only the chair closes an item of a meeting held in person or online. */
  board_chair_required: 403,
  /** No such member, meeting, item or resolution that the reader may see. */
  board_not_found: 404,
  /** The person is already a current member of the board. */
  board_member_exists: 409,
  /** The meeting is not in a state that allows this (for example, calling a meeting that is open). */
  board_meeting_state: 409,
  /** The item is closed (or not open yet): its votes can no longer change. */
  board_item_closed: 409,
  /** The member declared a conflict of interest on this item and does not vote on it. */
  board_conflicted: 409,
  /** Someone changed it meanwhile: read it again. */
  board_conflict: 409,
  /** A meeting called with no agenda item, or an absentee ballot without a deadline in the future. */
  board_meeting_incomplete: 422,
  /** A term of office that ends before it begins. */
  board_term_invalid: 422,
} as const satisfies ErrorTable;
