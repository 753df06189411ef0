import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  redirect,
} from '@tanstack/react-router';
import { Spin } from 'antd';
import { readAgainOnceSchemasArrive } from '../shared/search-params.js';
import { requireSignedIn } from './auth.js';
import { HomePage } from './home-page.js';
import { AppLayout } from './layout.js';
import { WEB_MODULES } from './modules.js';

export type RouterContext = { queryClient: QueryClient };

const rootRoute = createRootRouteWithContext<RouterContext>()({
  // Search parameters read before their module's schema had arrived are read again with it.
  beforeLoad: ({ location }) => readAgainOnceSchemasArrive(location.href, (href) => redirect({ href, replace: true })),
  component: AppLayout,
  // Rarely seen, and with Ant Design's illustrations: their own chunk, not the first page's.
  notFoundComponent: lazyRouteComponent(() => import('./not-found-page.js'), 'NotFoundPage'),
  errorComponent: lazyRouteComponent(() => import('./not-found-page.js'), 'RouteErrorPage'),
});

/** Every page under this layout is for signed-in people: visitors are sent to sign in and brought back. */
const signedInRoute = createRoute({ getParentRoute: () => rootRoute, id: '_signedIn', beforeLoad: requireSignedIn });

/** Where a module hangs its routes: open pages under `root`, pages for signed-in people under `signedIn`. */
export type ModuleParents = { root: typeof rootRoute; signedIn: typeof signedInRoute };
const parents: ModuleParents = { root: rootRoute, signedIn: signedInRoute };

const homeRoute = createRoute({ getParentRoute: () => rootRoute, path: '/', component: HomePage });

// The modules' route trees (see modules.ts): open pages beside the home page, the others under sign-in.
type ModuleTree = ReturnType<(typeof WEB_MODULES)[number]>;
type RoutesOf<T, Part extends string> = T extends { [P in Part]: (infer R)[] } ? R : never;
const moduleTrees: ModuleTree[] = WEB_MODULES.map((routes) => routes(parents));
const openRoutes = moduleTrees.flatMap((tree): RoutesOf<ModuleTree, 'open'>[] => ('open' in tree ? tree.open : []));
const signedInRoutes = moduleTrees.flatMap((tree): RoutesOf<ModuleTree, 'signedIn'>[] =>
  'signedIn' in tree ? tree.signedIn : [],
);

const routeTree = rootRoute.addChildren([homeRoute, ...openRoutes, signedInRoute.addChildren(signedInRoutes)]);

export function createAppRouter(queryClient: QueryClient) {
  return createRouter({
    routeTree,
    context: { queryClient },
    defaultPreload: 'intent',
    defaultPendingComponent: () => <Spin className="page-spinner" />,
    scrollRestoration: true,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
