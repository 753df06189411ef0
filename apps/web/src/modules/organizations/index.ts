import { createRoute } from '@tanstack/react-router';
import { lazyPage } from '../../app/lazy-page.js';
import type { ModuleParents } from '../../app/router.js';
import { text } from '../../shared/search-params.js';

export { jurisdictionLabel, organizationTypeLabel, STATUS_COLORS, statusLabel } from './organization-labels.js';
export { useOrganization } from './organization-query.js';
export { organizationQueryKey, organizationsApi } from './organizations.api.js';
export { PlaceSelect, usePlaceName } from './places.js';

/** Organisations: one's own, their cards, editing and members, and invitations. */
export function organizationsRoutes({ root, signedIn }: ModuleParents) {
  const myOrganizations = createRoute({
    getParentRoute: () => signedIn,
    path: '/my-organizations',
    component: lazyPage('organizations', () => import('./my-organizations-page.js'), 'MyOrganizationsPage'),
  });
  const createOrganization = createRoute({
    getParentRoute: () => signedIn,
    path: '/organizations/new',
    component: lazyPage('organizations', () => import('./create-organization-page.js'), 'CreateOrganizationPage'),
  });
  const organization = createRoute({
    getParentRoute: () => root,
    path: '/organizations/$organizationId',
    component: lazyPage('organizations', () => import('./organization-page.js'), 'OrganizationPage'),
  });
  const editOrganization = createRoute({
    getParentRoute: () => signedIn,
    path: '/organizations/$organizationId/edit',
    component: lazyPage('organizations', () => import('./edit-organization-page.js'), 'EditOrganizationPage'),
  });
  const members = createRoute({
    getParentRoute: () => signedIn,
    path: '/organizations/$organizationId/members',
    component: lazyPage('organizations', () => import('./members-page.js'), 'MembersPage'),
  });
  const acceptInvitation = createRoute({
    getParentRoute: () => root,
    path: '/invitations/accept',
    validateSearch: (search: Record<string, unknown>) => ({ token: text(search.token) }),
    component: lazyPage('organizations', () => import('./accept-invitation-page.js'), 'AcceptInvitationPage'),
  });
  return {
    open: [organization, acceptInvitation],
    signedIn: [myOrganizations, createOrganization, editOrganization, members],
  };
}
