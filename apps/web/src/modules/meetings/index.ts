import { createRoute } from '@tanstack/react-router';
import { lazyPage } from '../../app/lazy-page.js';
import type { ModuleParents } from '../../app/router.js';

/**
 * B2B meetings at an event: the participants, my profile, requests and agenda, and the organiser's
 * page. For signed-in people; each page says when the reader does not take part.
 */
export function meetingsRoutes({ signedIn }: ModuleParents) {
  const participants = createRoute({
    getParentRoute: () => signedIn,
    path: '/events/$eventId/meetings',
    component: lazyPage('meetings', () => import('./participants-page.js'), 'ParticipantsPage'),
  });
  const profile = createRoute({
    getParentRoute: () => signedIn,
    path: '/events/$eventId/meetings/profile',
    component: lazyPage('meetings', () => import('./profile-page.js'), 'MeetingProfilePage'),
  });
  const requests = createRoute({
    getParentRoute: () => signedIn,
    path: '/events/$eventId/meetings/requests',
    component: lazyPage('meetings', () => import('./requests-page.js'), 'MeetingRequestsPage'),
  });
  const agenda = createRoute({
    getParentRoute: () => signedIn,
    path: '/events/$eventId/meetings/agenda',
    component: lazyPage('meetings', () => import('./agenda-page.js'), 'AgendaPage'),
  });
  const manage = createRoute({
    getParentRoute: () => signedIn,
    path: '/events/$eventId/meetings/manage',
    component: lazyPage('meetings', () => import('./manage-page.js'), 'ManageMeetingsPage'),
  });
  return { signedIn: [participants, profile, requests, agenda, manage] };
}
