/**
 * Matchmaking as people see it: proposals with their explanations, on the dashboard and on an
 * opportunity's page. The module has no page of its own; its parts come with the pages that show them.
 */
export { OpportunityMatches, RecommendationsSection } from './matching-entry.js';
