import type { ErrorTable } from '../common/error-table.js';

/** Status applications, case files, the status of an organisation and the registry settings. */
export const registryErrors = {
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
} as const satisfies ErrorTable;
