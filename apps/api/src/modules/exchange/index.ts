// What other modules, the app and the demo data may use of the exchange. Entry points take `ctx`
// first (a transaction, when the caller must share one, as an option) and answer in the contracts'
// shapes, never with rows.
export { postMessage } from './conversations/conversations.service.js';
export { defineExchangeJobs, EXPIRY_JOB, MESSAGE_DIGEST_JOB, SEARCH_TEXT_UPGRADE_JOB } from './exchange.jobs.js';
export { registerExchangeRoutes } from './exchange.routes.js';
export { type ReadableText, readableText } from './exchange.texts.js';
export { acceptInterest, expressInterest } from './interests/interests.service.js';
export {
  createOpportunity,
  // For the matcher (passed to it by the module list, modules.ts).
  opportunitiesChangedSince,
  opportunitiesForMatching,
  publishedOpportunitiesByIds,
  publishedOpportunitiesOf,
  publishOpportunity,
  readOpportunity,
  returnOpportunity,
  submitOpportunity,
  // Runs inside the registry's status change: its transaction comes as an option.
  withholdOpportunities,
} from './opportunities/opportunities.service.js';
// The newest results of many searches at once, for saved searches' alerts and feeds.
export { type NewestQuery, newestResults } from './search/search.service.js';
// What waits for someone, counted, for the dashboard: one statement each whatever the counts.
export {
  interestsAwaitingAnswer,
  moderationWaiting,
  returnedOpportunities,
  unreadConversations,
  type Waiting,
} from './waiting/waiting.service.js';
