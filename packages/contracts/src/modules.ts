/**
 * The module list: one line per module, its folder's export. A folder exports its request and
 * response schemas and, when it has error codes, its `<module>Errors` table
 * (`<module>/<module>.errors.ts`), which joins ERROR_TABLES in the package's index by that name.
 *
 * Each `.meta({ id })` registers its schema as its file loads, so the order of these lines is the order
 * of the named schemas in the OpenAPI document: the document's order is kept, and a new module's line
 * goes last. problem.ts sits between organizations and registry, where the document has always listed
 * Problem; matching's TaxonomyArea has always come last.
 */
// biome-ignore-all assist/source/organizeImports: the order of these lines is the API document's order
export * from './audit/index.js';
export * from './common/index.js';
export * from './exchange/index.js';
export * from './identity/index.js';
export * from './organizations/index.js';
export * from './problem.js';
export * from './registry/index.js';
export * from './matching/index.js';
export * from './notifications/index.js';
export * from './mailbox/index.js';
export * from './dashboard/index.js';
export * from './translation/index.js';
export * from './alerts/index.js';
export * from './events/index.js';
export * from './meetings/index.js';
export * from './services/index.js';
export * from './board/index.js';
