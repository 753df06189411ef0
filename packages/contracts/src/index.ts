/**
 * The module list. Each module's folder holds its request and response schemas and its error codes
 * (`<module>/<module>.errors.ts`); a new module adds its folder's export here and its error table to
 * ERROR_TABLES below, and its subpath to package.json's exports (the web app imports one module's
 * schemas from there, `@innobridge/contracts/<module>`, so that a page carries no other module's);
 * nothing else central changes.
 */
import { auditErrors } from './audit/audit.errors.js';
import { commonErrors } from './common/common.errors.js';
import { type FieldProblem, mergeErrorTables } from './common/error-table.js';
import { exchangeErrors } from './exchange/exchange.errors.js';
import { identityErrors } from './identity/identity.errors.js';
import { organizationsErrors } from './organizations/organizations.errors.js';
import { registryErrors } from './registry/registry.errors.js';

// Each `.meta({ id })` registers its schema as its file loads, so the order of these lines (kept sorted
// by biome) is the order of the named schemas in the OpenAPI document; problem.ts sits here, between
// organizations and registry, where the document has always listed Problem.
export * from './audit/index.js';
export * from './common/index.js';
export * from './exchange/index.js';
export * from './identity/index.js';
export * from './organizations/index.js';
export * from './problem.js';
export * from './registry/index.js';

/** Each module's error codes, by module. */
export const ERROR_TABLES = {
  common: commonErrors,
  identity: identityErrors,
  organizations: organizationsErrors,
  audit: auditErrors,
  registry: registryErrors,
  exchange: exchangeErrors,
} as const;

/** Every error code the API answers with, and its HTTP status. */
export const ERROR_STATUS = mergeErrorTables(ERROR_TABLES);

export type ErrorCode = keyof typeof ERROR_STATUS;
export const ERROR_CODES = Object.keys(ERROR_STATUS) as ErrorCode[];

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
