import { createRoute } from '@tanstack/react-router';
import { lazyPage } from '../../app/lazy-page.js';
import type { ModuleParents } from '../../app/router.js';
import { lazySearchParamsOf } from '../../shared/search-params.js';

// The services' schemas (their module's subpath), in a chunk that comes when a page of these routes is
// first asked for: the route tree is on the first page, zod is not.
const catalogueSearch = lazySearchParamsOf(
  () => import('@innobridge/contracts/services').then((m) => m.ServiceQuery),
  ['q', 'category', 'provider', 'jurisdiction', 'language', 'cost', 'organization', 'eligible'],
);

/** The catalogue of support services (open to visitors) and each service's page. */
export function servicesRoutes({ root }: ModuleParents) {
  const catalogue = createRoute({
    getParentRoute: () => root,
    path: '/services',
    validateSearch: catalogueSearch,
    component: lazyPage('services', () => import('./catalogue-page.js'), 'CataloguePage'),
  });
  const service = createRoute({
    getParentRoute: () => root,
    path: '/services/$serviceId',
    component: lazyPage('services', () => import('./service-page.js'), 'ServicePage'),
  });
  return { open: [catalogue, service] };
}
