import type { ErrorTable } from '../common/error-table.js';

/** Organisations, their members and invitations, and the facts an operator verified. */
export const organizationsErrors = {
  organization_not_found: 404,
  organization_forbidden: 403,
  organization_admin_required: 403,
  legal_id_invalid: 422,
  legal_id_duplicate: 409,
  legal_id_registered: 409,
  name_required: 422,
  place_unknown: 422,
  city_required: 422,
  invitation_not_found: 404,
  invitation_expired: 410,
  invitation_email_mismatch: 403,
  already_member: 409,
  member_not_found: 404,
  last_admin: 409,
  verified_facts_status_loss: 409,
  verified_facts_application_open: 409,
  verified_facts_sanctioned: 409,
} as const satisfies ErrorTable;
