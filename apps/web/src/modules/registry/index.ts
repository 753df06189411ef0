import { createRoute } from '@tanstack/react-router';
import { lazyPage } from '../../app/lazy-page.js';
import type { ModuleParents } from '../../app/router.js';
import { flag, lazySearchParamsOf } from '../../shared/search-params.js';

// The registry's schemas (its module's subpath, not every module's), in a chunk that comes when a page
// of these routes is first asked for: the route tree is on the first page, zod is not.
const registrySchemas = () => import('@innobridge/contracts/registry');
const publicRegistrySearch = lazySearchParamsOf(
  () => registrySchemas().then((m) => m.RegistryQuery),
  ['q', 'jurisdiction', 'type', 'status', 'city', 'area'],
);
const queueSearch = lazySearchParamsOf(
  () => registrySchemas().then((m) => m.QueueQuery),
  ['state', 'requestedStatus', 'type', 'jurisdiction'],
);

type QueueSearch = ReturnType<typeof queueSearch> & { overdue?: true; assignedToMe?: true };

/** The cluster registry: the public list, an organisation's applications, the operators' queue, settings. */
export function registryRoutes({ root, signedIn }: ModuleParents) {
  const publicRegistry = createRoute({
    getParentRoute: () => root,
    path: '/registry',
    validateSearch: publicRegistrySearch,
    component: lazyPage('registry', () => import('./public-registry-page.js'), 'PublicRegistryPage'),
  });
  const organizationRegistry = createRoute({
    getParentRoute: () => signedIn,
    path: '/organizations/$organizationId/registry',
    component: lazyPage('registry', () => import('./organization-registry-page.js'), 'OrganizationRegistryPage'),
  });
  const application = createRoute({
    getParentRoute: () => signedIn,
    path: '/applications/$applicationId',
    component: lazyPage('registry', () => import('./application-page.js'), 'ApplicationPage'),
  });
  const operatorQueue = createRoute({
    getParentRoute: () => signedIn,
    path: '/operator/applications',
    // The API takes the two flags as 'true' | 'false'; the page keeps them as `true` or absent.
    validateSearch: (search: Record<string, unknown>): QueueSearch => ({
      ...queueSearch(search),
      overdue: flag(search.overdue),
      assignedToMe: flag(search.assignedToMe),
    }),
    component: lazyPage('registry', () => import('./queue-page.js'), 'QueuePage'),
  });
  const settings = createRoute({
    getParentRoute: () => signedIn,
    path: '/admin/registry',
    component: lazyPage('registry', () => import('./registry-settings-page.js'), 'RegistrySettingsPage'),
  });
  return { open: [publicRegistry], signedIn: [organizationRegistry, application, operatorQueue, settings] };
}
