export { conceptIndex } from './glossary/glossary.index.js';
export { ensureGlossarySeeded } from './glossary/glossary.service.js';
export { registerMatchingRoutes } from './matching.routes.js';
export { ensureTaxonomySeeded, listTaxonomy, unknownAreas } from './matching.service.js';
export { defineMatchingJobs, MATCH_CATCH_UP_JOB, MATCH_REFRESH_JOB } from './proposals/proposals.jobs.js';
export { registerProposalRoutes } from './proposals/proposals.routes.js';
export { type NewMatch, newMatchesOf, proposalFeedbackCounts } from './proposals/proposals.service.js';
export type { MatchingSources } from './proposals/proposals.sources.js';
export { type AreaRef, type AreaTerm, type QueryWord, queryWords, suggestQuery } from './vocabulary.js';
