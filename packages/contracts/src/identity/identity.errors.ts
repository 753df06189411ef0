import type { ErrorTable } from '../common/error-table.js';

/** Accounts, sign-in, sessions, API tokens, two-factor sign-in and platform roles. */
export const identityErrors = {
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
  time_zone_invalid: 422,
} as const satisfies ErrorTable;
