import { createRoute } from '@tanstack/react-router';
import { lazyPage } from '../../app/lazy-page.js';
import type { ModuleParents } from '../../app/router.js';

export { AdminNavigation, AdminOnly } from './admin-only.js';

/** Platform administration: people and roles, the audit log; the technical glossary (with operators). */
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
  const glossary = createRoute({
    getParentRoute: () => signedIn,
    path: '/admin/glossary',
    component: lazyPage('admin', () => import('./glossary-page.js'), 'GlossaryPage'),
  });
  return { signedIn: [users, audit, glossary] };
}
