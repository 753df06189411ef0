import type { ErrorTable } from './error-table.js';

/** Codes any module may answer with. */
export const commonErrors = {
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
} as const satisfies ErrorTable;
