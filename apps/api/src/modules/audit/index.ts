export { recordAudit, verifyChain, type AuditEntryInput } from './audit.service.js';
export { registerAuditRoutes } from './audit.routes.js';
