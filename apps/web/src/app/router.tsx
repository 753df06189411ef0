import type { QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext, createRoute, createRouter } from '@tanstack/react-router';
import { Spin } from 'antd';
import { adminRoutes } from '../modules/admin/index.js';
import { exchangeRoutes } from '../modules/exchange/index.js';
import { identityRoutes } from '../modules/identity/index.js';
import { mailboxRoutes } from '../modules/mailbox/index.js';
import { notificationsRoutes } from '../modules/notifications/index.js';
import { organizationsRoutes } from '../modules/organizations/index.js';
import { registryRoutes } from '../modules/registry/index.js';
import { requireSignedIn } from './auth.js';
import { HomePage } from './home-page.js';
import { AppLayout } from './layout.js';
import { NotFoundPage, RouteErrorPage } from './not-found-page.js';

export type RouterContext = { queryClient: QueryClient };

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: AppLayout,
  notFoundComponent: NotFoundPage,
  errorComponent: RouteErrorPage,
});

/** Every page under this layout is for signed-in people: visitors are sent to sign in and brought back. */
const signedInRoute = createRoute({ getParentRoute: () => rootRoute, id: '_signedIn', beforeLoad: requireSignedIn });

/** Where a module hangs its routes: open pages under `root`, pages for signed-in people under `signedIn`. */
export type ModuleParents = { root: typeof rootRoute; signedIn: typeof signedInRoute };
const parents: ModuleParents = { root: rootRoute, signedIn: signedInRoute };

const homeRoute = createRoute({ getParentRoute: () => rootRoute, path: '/', component: HomePage });

// The modules, each with its own route tree (see its index.ts).
const identity = identityRoutes(parents);
const organizations = organizationsRoutes(parents);
const registry = registryRoutes(parents);
const exchange = exchangeRoutes(parents);
const notifications = notificationsRoutes(parents);
const admin = adminRoutes(parents);
const mailbox = mailboxRoutes(parents);

const routeTree = rootRoute.addChildren([
  homeRoute,
  ...identity.open,
  ...organizations.open,
  ...registry.open,
  ...exchange.open,
  ...mailbox.open,
  signedInRoute.addChildren([
    ...identity.signedIn,
    ...organizations.signedIn,
    ...registry.signedIn,
    ...exchange.signedIn,
    ...notifications.signedIn,
    ...admin.signedIn,
  ]),
]);

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
