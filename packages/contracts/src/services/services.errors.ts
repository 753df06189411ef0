import type { ErrorTable } from '../common/error-table.js';

/** Support services: providers, the catalogue, eligibility, application forms and applications. */
export const servicesErrors = {
  /** No provider with this id. */
  service_provider_not_found: 404,
  /** Only an operator approves or revokes a provider; only a provider's people act for it. */
  service_provider_forbidden: 403,
  /** The organisation is not an approved provider (never approved, or revoked). */
  service_provider_not_approved: 409,
  /** The provider was changed meanwhile: read it again. */
  service_provider_conflict: 409,
  /** No service with this id that the reader may see. */
  service_not_found: 404,
  /** The reader does not act for the service's provider. */
  service_forbidden: 403,
  /** The service is not in a state the action leaves from, or was changed meanwhile. */
  service_conflict: 409,
  /** A published service needs a title and a description in at least one language. */
  service_incomplete: 422,
  /** The form's definition is not valid (duplicate keys, a choice without options). */
  service_form_invalid: 422,
  /** The reader is not a member of the organisation named. */
  service_organization_forbidden: 403,
  /** No application with this id that the reader may see. */
  service_application_not_found: 404,
  /** The reader is neither the applicant's organisation nor the provider, as the step requires. */
  service_application_forbidden: 403,
  /** The application is not in a state the step leaves from, or was changed meanwhile. */
  service_application_conflict: 409,
  /** The organisation does not meet the service's eligibility rules. */
  service_not_eligible: 422,
  /** The answers do not fit the application form. */
  service_answers_invalid: 422,
  /** The step needs a message (a question, a reason) or an amount it was not given. */
  service_step_incomplete: 422,
  /** The approval's amount exceeds what is left of the grant's budget. */
  service_budget_exceeded: 409,
  /** The service can be rated once, after delivery. */
  service_rating_refused: 409,
} as const satisfies ErrorTable;
