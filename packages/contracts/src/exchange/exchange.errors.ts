import type { ErrorTable } from '../common/error-table.js';

/** Opportunities, expressions of interest and conversations. */
export const exchangeErrors = {
  opportunity_not_found: 404,
  opportunity_state_conflict: 409,
  opportunity_changed: 409,
  submit_status_required: 403,
  moderation_own_organization: 403,
  interest_sender_sanctioned: 409,
  organization_sanctioned: 403,
  interest_not_found: 404,
  interest_state_conflict: 409,
  interest_own_opportunity: 409,
  interest_not_open: 409,
  conversation_not_found: 404,
  attachment_not_found: 404,
  deadline_in_past: 422,
} as const satisfies ErrorTable;
