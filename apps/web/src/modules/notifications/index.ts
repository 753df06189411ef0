import { createRoute } from '@tanstack/react-router';
import { lazyPage } from '../../app/lazy-page.js';
import type { ModuleParents } from '../../app/router.js';

export { NotificationsBell } from './notifications-bell.js';

/** The in-app notifications (the bell in the header is exported for the layout). */
export function notificationsRoutes({ signedIn }: ModuleParents) {
  const notifications = createRoute({
    getParentRoute: () => signedIn,
    path: '/notifications',
    component: lazyPage('notifications', () => import('./notifications-page.js'), 'NotificationsPage'),
  });
  return { signedIn: [notifications] };
}
