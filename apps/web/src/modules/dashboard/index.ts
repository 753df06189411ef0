import { createRoute } from '@tanstack/react-router';
import { lazyPage } from '../../app/lazy-page.js';
import type { ModuleParents } from '../../app/router.js';

/** The signed-in person's dashboard: where they land after signing in. */
export function dashboardRoutes({ signedIn }: ModuleParents) {
  const dashboard = createRoute({
    getParentRoute: () => signedIn,
    path: '/dashboard',
    component: lazyPage('dashboard', () => import('./dashboard-page.js'), 'DashboardPage'),
  });
  return { signedIn: [dashboard] };
}
