export { registerAuditRoutes } from './audit.routes.js';
export { type AuditEntryInput, recordAudit, verifyChain } from './audit.service.js';
