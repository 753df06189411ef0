import { createRoute } from '@tanstack/react-router';
import { lazyPage } from '../../app/lazy-page.js';
import type { ModuleParents } from '../../app/router.js';

export { AdminNavigation, AdminOnly } from './admin-only.js';

/** Platform administration: people and roles, the audit log. */
export function adminRoutes({ signedIn }: ModuleParents) {
  const users = createRoute({
    getParentRoute: () => signedIn,
    path: '/admin/users',
    component: lazyPage('admin', () => import('./users-page.js'), 'UsersPage'),
  });
  const audit = createRoute({
    getParentRoute: () => signedIn,
    path: '/admin/audit',
    component: lazyPage('admin', () => import('./audit-page.js'), 'AuditPage'),
  });
  return { signedIn: [users, audit] };
}
