import { createRoute } from '@tanstack/react-router';
import { lazyPage } from '../../app/lazy-page.js';
import type { ModuleParents } from '../../app/router.js';
import { optionalText } from '../../shared/search-params.js';

export { SaveSearchButton } from './save-search-button.js';

/** Saved searches of the exchange and their alerts; the unsubscribe link's page works without signing in. */
export function alertsRoutes({ root, signedIn }: ModuleParents) {
  const savedSearches = createRoute({
    getParentRoute: () => signedIn,
    path: '/saved-searches',
    component: lazyPage('alerts', () => import('./saved-searches-page.js'), 'SavedSearchesPage'),
  });
  const unsubscribe = createRoute({
    getParentRoute: () => root,
    path: '/saved-searches/unsubscribe',
    validateSearch: (search: Record<string, unknown>): { token?: string } => ({ token: optionalText(search.token) }),
    component: lazyPage('alerts', () => import('./unsubscribe-page.js'), 'UnsubscribePage'),
  });
  return { open: [unsubscribe], signedIn: [savedSearches] };
}
