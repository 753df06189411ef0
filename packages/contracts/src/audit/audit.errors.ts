import type { ErrorTable } from '../common/error-table.js';

/** The audit trail. */
export const auditErrors = {
  audit_admin_required: 403,
} as const satisfies ErrorTable;
