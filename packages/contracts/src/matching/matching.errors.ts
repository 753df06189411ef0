import type { ErrorTable } from '../common/error-table.js';

/** The taxonomy, the technical glossary and matching. */
export const matchingErrors = {
  glossary_concept_not_found: 404,
  /** A term the matcher would read as a term of another concept (stemmed; abbreviations as written). */
  glossary_term_taken: 409,
  /** Someone else changed the concept since it was read: its version moved on. */
  glossary_concept_changed: 409,
  /** The concept is retired: restore it before changing it. */
  glossary_concept_retired: 409,
  glossary_concept_not_retired: 409,
  /** No such proposal: never made, or no longer stored since its opportunity closed. */
  proposal_not_found: 404,
} as const satisfies ErrorTable;
