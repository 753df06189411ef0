import { createRoute } from '@tanstack/react-router';
import { lazyPage } from '../../app/lazy-page.js';
import type { ModuleParents } from '../../app/router.js';

/**
 * Events: the calendar and an event's page are open to everyone; writing an event, its badge and the
 * organiser's pages (check-in, attendees, figures) need signing in. `/events/:eventId/meetings` is the
 * B2B meetings' page.
 */
export function eventsRoutes({ root, signedIn }: ModuleParents) {
  const list = createRoute({
    getParentRoute: () => root,
    path: '/events',
    component: lazyPage('events', () => import('./events-list-page.js'), 'EventsListPage'),
  });
  const create = createRoute({
    getParentRoute: () => signedIn,
    path: '/events/new',
    component: lazyPage('events', () => import('./event-form-page.js'), 'NewEventPage'),
  });
  const one = createRoute({
    getParentRoute: () => root,
    path: '/events/$eventId',
    component: lazyPage('events', () => import('./event-page.js'), 'EventPage'),
  });
  const manage = createRoute({
    getParentRoute: () => signedIn,
    path: '/events/$eventId/manage',
    component: lazyPage('events', () => import('./event-manage-page.js'), 'EventManagePage'),
  });
  const edit = createRoute({
    getParentRoute: () => signedIn,
    path: '/events/$eventId/manage/edit',
    component: lazyPage('events', () => import('./event-form-page.js'), 'EditEventPage'),
  });
  return { open: [list, one], signedIn: [create, manage, edit] };
}
