/**
 * Every error code the API answers with, and its HTTP status. The code is the stable, machine-readable
 * part of a problem+json answer; its message lives in packages/i18n under the `errors` namespace,
 * so the web app shows the same words for the same code.
 */
export const ERROR_STATUS = {
  bad_request: 400,
  validation_failed: 422,
  unauthenticated: 401,
  forbidden: 403,
  csrf_failed: 403,
  not_found: 404,
  conflict: 409,
  rate_limited: 429,
  payload_too_large: 413,
  internal: 500,
  // identity
  invalid_credentials: 401,
  account_locked: 429,
  email_not_confirmed: 403,
  token_invalid: 400,
  wrong_password: 422,
  password_too_short: 422,
  password_too_common: 422,
  admin_required: 403,
  role_not_found: 404,
  user_not_found: 404,
  session_not_found: 404,
  api_token_not_found: 404,
  two_factor_code_invalid: 422,
  two_factor_already_enabled: 409,
  two_factor_not_enabled: 409,
  two_factor_setup_not_started: 409,
  two_factor_required_for_role: 403,
  two_factor_setup_required: 403,
  sign_in_challenge_invalid: 401,
  session_required: 403,
  second_factor_required: 403,
  token_scope_missing: 403,
  api_token_expired: 401,
  // organisations
  organization_not_found: 404,
  organization_forbidden: 403,
  organization_admin_required: 403,
  legal_id_invalid: 422,
  legal_id_duplicate: 409,
  name_required: 422,
  invitation_not_found: 404,
  invitation_expired: 410,
  invitation_email_mismatch: 403,
  already_member: 409,
  member_not_found: 404,
  last_admin: 409,
  verified_facts_status_loss: 409,
  verified_facts_application_open: 409,
  verified_facts_sanctioned: 409,
  // audit
  audit_admin_required: 403,
  // registry
  application_not_found: 404,
  application_state_conflict: 409,
  application_changed: 409,
  application_open: 409,
  registry_already_member: 409,
  status_not_applicable: 409,
  reapply_waiting: 409,
  reviewer_required: 422,
  documents_missing: 422,
  documents_locked: 409,
  file_type_refused: 422,
  file_too_large: 413,
  file_required: 422,
  document_not_found: 404,
  operator_required: 403,
  operator_other_jurisdiction: 403,
  checklist_incomplete: 422,
  decision_own_organization: 403,
  status_transition_forbidden: 409,
  task_not_found: 404,
  settings_invalid: 422,
  // exchange
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
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;
export const ERROR_CODES = Object.keys(ERROR_STATUS) as ErrorCode[];

/** One field-level problem in a validation answer. */
export type FieldProblem = { path: string; code: string; message: string };

/** The body of every error answer (RFC 9457 problem details). */
export type Problem = {
  type: string;
  title: string;
  status: number;
  code: ErrorCode;
  detail: string;
  requestId?: string;
  errors?: FieldProblem[];
  [extra: string]: unknown;
};
