import type { ErrorTable } from '../common/error-table.js';

/** The taxonomy and matching. */
export const matchingErrors = {
  /** No such proposal: never made, or no longer stored since its opportunity closed. */
  proposal_not_found: 404,
} as const satisfies ErrorTable;
