export { conversationOfInterest, postMessage } from './conversations/conversations.service.js';
export { defineExchangeJobs, EXPIRY_JOB, MESSAGE_DIGEST_JOB, SEARCH_TEXT_UPGRADE_JOB } from './exchange.jobs.js';
export { registerExchangeRoutes } from './exchange.routes.js';
export {
  createOpportunity,
  publishOpportunity,
  submitOpportunity,
  withholdOpportunities,
} from './exchange.service.js';
export { acceptInterest, expressInterest } from './interests.service.js';
