import { createRoute } from '@tanstack/react-router';
import { lazyPage } from '../../app/lazy-page.js';
import type { ModuleParents } from '../../app/router.js';
import { text } from '../../shared/search-params.js';

export { NotificationsBell } from './notifications-bell.js';

/**
 * The in-app notifications (the bell in the header is exported for the layout), the settings of which
 * e-mails a person receives, and the page of the unsubscribe link in those e-mails (open to everyone).
 */
export function notificationsRoutes({ root, signedIn }: ModuleParents) {
  const notifications = createRoute({
    getParentRoute: () => signedIn,
    path: '/notifications',
    component: lazyPage('notifications', () => import('./notifications-page.js'), 'NotificationsPage'),
  });
  const settings = createRoute({
    getParentRoute: () => signedIn,
    path: '/account/notifications',
    component: lazyPage('notifications', () => import('./notification-settings-page.js'), 'NotificationSettingsPage'),
  });
  const unsubscribe = createRoute({
    getParentRoute: () => root,
    path: '/unsubscribe',
    validateSearch: (search: Record<string, unknown>) => ({ token: text(search.token) }),
    component: lazyPage('notifications', () => import('./unsubscribe-page.js'), 'UnsubscribePage'),
  });
  return { open: [unsubscribe], signedIn: [notifications, settings] };
}
