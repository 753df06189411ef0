/**
 * Matchmaking as people see it: proposals with their explanations, on the dashboard, on an
 * opportunity's page and on an organisation's page. The module has no page of its own; its parts come
 * with the pages that show them.
 */
export {
  OpportunityMatches,
  OrganizationRecommendations,
  OrganizationRecommendationsSection,
  RecommendationsSection,
} from './matching-entry.js';
