export { type Anchor, anchorStores, fileAnchorStore, readAnchors } from './audit.anchors.js';
export { ANCHOR_JOB, ANCHOR_MAIL_JOB, type AuditJobDeps, defineAuditJobs, mailAnchorToAdmins } from './audit.jobs.js';
export { auditKeyFile, loadAuditKey } from './audit.key.js';
export { describeVerification } from './audit.report.js';
export { registerAuditRoutes } from './audit.routes.js';
export {
  type AuditEntryInput,
  type ChainBreak,
  type ChainVerification,
  recordAudit,
  recordEvent,
  recordRefusedRequest,
  useAuditKey,
  verifyAudit,
  verifyChain,
  verifyStoredChain,
  writeAnchor,
} from './audit.service.js';
