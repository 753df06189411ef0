import { createRoute } from '@tanstack/react-router';
import { lazyPage } from '../../app/lazy-page.js';
import type { ModuleParents } from '../../app/router.js';
import { lazySearchParamsOf, optionalText } from '../../shared/search-params.js';

export { ConversationsNavLink } from './conversations-nav.js';
export { exchangeApi, exchangeKeys } from './exchange.api.js';
export { AreaSelect } from './opportunity-form-fields.js';
export { AreaTags } from './opportunity-parts.js';
export { type AreaNode, matchesArea, useAreaTree } from './taxonomy.js';

// The exchange's schemas (its module's subpath, not every module's), in a chunk that comes when a page
// of these routes is first asked for: the route tree is on the first page, zod is not.
const exchangeSchemas = () => import('@innobridge/contracts/exchange');
const exchangeSearch = lazySearchParamsOf(
  () => exchangeSchemas().then((m) => m.SearchQuery),
  ['q', 'sort', 'type', 'jurisdiction', 'area', 'trl', 'cooperationForm'],
);
const interestsSearch = lazySearchParamsOf(() => exchangeSchemas().then((m) => m.InterestBox), ['box', 'state']);

/** The exchange: searching and publishing opportunities, expressions of interest, conversations. */
export function exchangeRoutes({ root, signedIn }: ModuleParents) {
  const exchange = createRoute({
    getParentRoute: () => root,
    path: '/exchange',
    validateSearch: exchangeSearch,
    component: lazyPage('exchange', () => import('./exchange-page.js'), 'ExchangePage'),
  });
  const newOpportunity = createRoute({
    getParentRoute: () => signedIn,
    path: '/opportunities/new',
    validateSearch: (search: Record<string, unknown>): { organizationId?: string } => ({
      organizationId: optionalText(search.organizationId),
    }),
    component: lazyPage('exchange', () => import('./opportunity-editor-page.js'), 'NewOpportunityPage'),
  });
  const opportunity = createRoute({
    getParentRoute: () => root,
    path: '/opportunities/$opportunityId',
    // `organizationId`: the reader's organisation its expression-of-interest form proposes (from a recommendation).
    validateSearch: (search: Record<string, unknown>): { organizationId?: string } => ({
      organizationId: optionalText(search.organizationId),
    }),
    component: lazyPage('exchange', () => import('./opportunity-page.js'), 'OpportunityPage'),
  });
  const editOpportunity = createRoute({
    getParentRoute: () => signedIn,
    path: '/opportunities/$opportunityId/edit',
    component: lazyPage('exchange', () => import('./opportunity-editor-page.js'), 'EditOpportunityPage'),
  });
  const organizationOpportunities = createRoute({
    getParentRoute: () => signedIn,
    path: '/organizations/$organizationId/opportunities',
    component: lazyPage(
      'exchange',
      () => import('./organization-opportunities-page.js'),
      'OrganizationOpportunitiesPage',
    ),
  });
  const organizationInterests = createRoute({
    getParentRoute: () => signedIn,
    path: '/organizations/$organizationId/interests',
    validateSearch: interestsSearch,
    component: lazyPage('exchange', () => import('./interests-page.js'), 'InterestsPage'),
  });
  const interest = createRoute({
    getParentRoute: () => signedIn,
    path: '/interests/$interestId',
    component: lazyPage('exchange', () => import('./interest-page.js'), 'InterestPage'),
  });
  const moderation = createRoute({
    getParentRoute: () => signedIn,
    path: '/moderation/opportunities',
    component: lazyPage('exchange', () => import('./moderation-page.js'), 'ModerationPage'),
  });
  const conversations = createRoute({
    getParentRoute: () => signedIn,
    path: '/conversations',
    component: lazyPage('exchange', () => import('./conversations-page.js'), 'ConversationsPage'),
  });
  const conversation = createRoute({
    getParentRoute: () => signedIn,
    path: '/conversations/$conversationId',
    component: lazyPage('exchange', () => import('./conversation-page.js'), 'ConversationPage'),
  });
  return {
    open: [exchange, opportunity],
    signedIn: [
      newOpportunity,
      editOpportunity,
      organizationOpportunities,
      organizationInterests,
      interest,
      moderation,
      conversations,
      conversation,
    ],
  };
}
