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
} as const satisfies ErrorTable;
