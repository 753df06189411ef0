// What other modules, the app and the demo data may use of the exchange. Entry points take `ctx`
// first and answer in the contracts' shapes, never with rows.
export { postMessage } from './conversations/conversations.service.js';
export { defineExchangeJobs, EXPIRY_JOB, MESSAGE_DIGEST_JOB, SEARCH_TEXT_UPGRADE_JOB } from './exchange.jobs.js';
export { registerExchangeRoutes } from './exchange.routes.js';
// Runs inside the registry's status change, in its transaction: hence the transaction first.
export { withholdOpportunities } from './exchange.service.js';
export { acceptInterest, expressInterest } from './interests/interests.service.js';
export { createOpportunity, publishOpportunity, submitOpportunity } from './opportunities/opportunities.service.js';
