import {
  APPLICATION_STATES,
  APPLIED_STATUSES,
  type ApplicationState,
  type AppliedStatus,
  COOPERATION_FORMS,
  INTEREST_STATES,
  type InterestState,
  JURISDICTIONS,
  type Jurisdiction,
  OPERATOR_JURISDICTIONS,
  OPPORTUNITY_TYPES,
  type OperatorJurisdiction,
  type OpportunityType,
  ORGANIZATION_TYPES,
  type OrganizationType,
} from '@innobridge/contracts';
import type { QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext, createRoute, createRouter, lazyRouteComponent } from '@tanstack/react-router';
import { Spin } from 'antd';
import { requireSignedIn } from './auth.js';
import { HomePage } from './home-page.js';
import { AppLayout } from './layout.js';
import { NotFoundPage, RouteErrorPage } from './not-found-page.js';

export type RouterContext = { queryClient: QueryClient };

/** A search parameter that is a string, or empty when absent or malformed. */
const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const optionalText = (value: unknown): string | undefined => (typeof value === 'string' && value ? value : undefined);
/** One of the allowed values, or absent: a hand-edited address never reaches the API malformed. */
const oneOf =
  <T extends string>(values: readonly T[]) =>
  (value: unknown): T | undefined =>
    typeof value === 'string' && (values as readonly string[]).includes(value) ? (value as T) : undefined;
const flag = (value: unknown): true | undefined => (value === true || value === 'true' ? true : undefined);
/** A whole number in a range, or absent. */
const integerIn =
  (min: number, max: number) =>
  (value: unknown): number | undefined => {
    const number = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : Number.NaN;
    return Number.isInteger(number) && number >= min && number <= max ? number : undefined;
  };

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: AppLayout,
  notFoundComponent: NotFoundPage,
  errorComponent: RouteErrorPage,
});

const homeRoute = createRoute({ getParentRoute: () => rootRoute, path: '/', component: HomePage });

// Identity
const signUpRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sign-up',
  component: lazyRouteComponent(() => import('../modules/identity/sign-up-page.js'), 'SignUpPage'),
});
const checkEmailRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/check-email',
  validateSearch: (search: Record<string, unknown>) => ({ email: text(search.email) }),
  component: lazyRouteComponent(() => import('../modules/identity/check-email-page.js'), 'CheckEmailPage'),
});
const confirmEmailRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/confirm-email',
  validateSearch: (search: Record<string, unknown>) => ({ token: text(search.token) }),
  component: lazyRouteComponent(() => import('../modules/identity/confirm-email-page.js'), 'ConfirmEmailPage'),
});
const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sign-in',
  validateSearch: (search: Record<string, unknown>): { redirect?: string } => ({
    redirect: optionalText(search.redirect),
  }),
  component: lazyRouteComponent(() => import('../modules/identity/sign-in-page.js'), 'SignInPage'),
});
const forgotPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/forgot-password',
  component: lazyRouteComponent(() => import('../modules/identity/forgot-password-page.js'), 'ForgotPasswordPage'),
});
const resetPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/reset-password',
  validateSearch: (search: Record<string, unknown>) => ({ token: text(search.token) }),
  component: lazyRouteComponent(() => import('../modules/identity/reset-password-page.js'), 'ResetPasswordPage'),
});
const accountRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/account',
  beforeLoad: requireSignedIn,
  component: lazyRouteComponent(() => import('../modules/identity/account-page.js'), 'AccountPage'),
});

// Organisations
const myOrganizationsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/my-organizations',
  beforeLoad: requireSignedIn,
  component: lazyRouteComponent(
    () => import('../modules/organizations/my-organizations-page.js'),
    'MyOrganizationsPage',
  ),
});
const createOrganizationRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/organizations/new',
  beforeLoad: requireSignedIn,
  component: lazyRouteComponent(
    () => import('../modules/organizations/create-organization-page.js'),
    'CreateOrganizationPage',
  ),
});
const organizationRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/organizations/$organizationId',
  component: lazyRouteComponent(() => import('../modules/organizations/organization-page.js'), 'OrganizationPage'),
});
const editOrganizationRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/organizations/$organizationId/edit',
  beforeLoad: requireSignedIn,
  component: lazyRouteComponent(
    () => import('../modules/organizations/edit-organization-page.js'),
    'EditOrganizationPage',
  ),
});
const membersRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/organizations/$organizationId/members',
  beforeLoad: requireSignedIn,
  component: lazyRouteComponent(() => import('../modules/organizations/members-page.js'), 'MembersPage'),
});
const acceptInvitationRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/invitations/accept',
  validateSearch: (search: Record<string, unknown>) => ({ token: text(search.token) }),
  component: lazyRouteComponent(
    () => import('../modules/organizations/accept-invitation-page.js'),
    'AcceptInvitationPage',
  ),
});

// The cluster registry
const publicRegistryRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/registry',
  validateSearch: (
    search: Record<string, unknown>,
  ): { q?: string; jurisdiction?: Jurisdiction; type?: OrganizationType; status?: AppliedStatus; city?: string } => ({
    q: optionalText(search.q),
    jurisdiction: oneOf(JURISDICTIONS)(search.jurisdiction),
    type: oneOf(ORGANIZATION_TYPES)(search.type),
    status: oneOf(APPLIED_STATUSES)(search.status),
    city: optionalText(search.city),
  }),
  component: lazyRouteComponent(() => import('../modules/registry/public-registry-page.js'), 'PublicRegistryPage'),
});
const organizationRegistryRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/organizations/$organizationId/registry',
  beforeLoad: requireSignedIn,
  component: lazyRouteComponent(
    () => import('../modules/registry/organization-registry-page.js'),
    'OrganizationRegistryPage',
  ),
});
const applicationRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/applications/$applicationId',
  beforeLoad: requireSignedIn,
  component: lazyRouteComponent(() => import('../modules/registry/application-page.js'), 'ApplicationPage'),
});
const operatorQueueRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/operator/applications',
  beforeLoad: requireSignedIn,
  validateSearch: (
    search: Record<string, unknown>,
  ): {
    state?: ApplicationState;
    requestedStatus?: AppliedStatus;
    type?: OrganizationType;
    overdue?: true;
    assignedToMe?: true;
    jurisdiction?: OperatorJurisdiction;
  } => ({
    state: oneOf(APPLICATION_STATES)(search.state),
    requestedStatus: oneOf(APPLIED_STATUSES)(search.requestedStatus),
    type: oneOf(ORGANIZATION_TYPES)(search.type),
    overdue: flag(search.overdue),
    assignedToMe: flag(search.assignedToMe),
    jurisdiction: oneOf(OPERATOR_JURISDICTIONS)(search.jurisdiction),
  }),
  component: lazyRouteComponent(() => import('../modules/registry/queue-page.js'), 'QueuePage'),
});
const notificationsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/notifications',
  beforeLoad: requireSignedIn,
  component: lazyRouteComponent(() => import('../modules/notifications/notifications-page.js'), 'NotificationsPage'),
});

// The exchange
const exchangeRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/exchange',
  validateSearch: (
    search: Record<string, unknown>,
  ): {
    q?: string;
    sort?: 'relevance' | 'date';
    type?: OpportunityType;
    jurisdiction?: Jurisdiction;
    area?: string;
    trl?: number;
    cooperationForm?: (typeof COOPERATION_FORMS)[number];
  } => ({
    q: optionalText(search.q),
    sort: oneOf(['relevance', 'date'] as const)(search.sort),
    type: oneOf(OPPORTUNITY_TYPES)(search.type),
    jurisdiction: oneOf(JURISDICTIONS)(search.jurisdiction),
    area: optionalText(search.area),
    trl: integerIn(1, 9)(search.trl),
    cooperationForm: oneOf(COOPERATION_FORMS)(search.cooperationForm),
  }),
  component: lazyRouteComponent(() => import('../modules/exchange/exchange-page.js'), 'ExchangePage'),
});
const newOpportunityRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/opportunities/new',
  beforeLoad: requireSignedIn,
  validateSearch: (search: Record<string, unknown>): { organizationId?: string } => ({
    organizationId: optionalText(search.organizationId),
  }),
  component: lazyRouteComponent(() => import('../modules/exchange/opportunity-editor-page.js'), 'NewOpportunityPage'),
});
const opportunityRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/opportunities/$opportunityId',
  component: lazyRouteComponent(() => import('../modules/exchange/opportunity-page.js'), 'OpportunityPage'),
});
const editOpportunityRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/opportunities/$opportunityId/edit',
  beforeLoad: requireSignedIn,
  component: lazyRouteComponent(() => import('../modules/exchange/opportunity-editor-page.js'), 'EditOpportunityPage'),
});
const organizationOpportunitiesRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/organizations/$organizationId/opportunities',
  beforeLoad: requireSignedIn,
  component: lazyRouteComponent(
    () => import('../modules/exchange/organization-opportunities-page.js'),
    'OrganizationOpportunitiesPage',
  ),
});
const organizationInterestsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/organizations/$organizationId/interests',
  beforeLoad: requireSignedIn,
  validateSearch: (search: Record<string, unknown>): { box?: 'received' | 'sent'; state?: InterestState } => ({
    box: oneOf(['received', 'sent'] as const)(search.box),
    state: oneOf(INTEREST_STATES)(search.state),
  }),
  component: lazyRouteComponent(() => import('../modules/exchange/interests-page.js'), 'InterestsPage'),
});
const interestRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/interests/$interestId',
  beforeLoad: requireSignedIn,
  component: lazyRouteComponent(() => import('../modules/exchange/interest-page.js'), 'InterestPage'),
});
const moderationRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/moderation/opportunities',
  beforeLoad: requireSignedIn,
  component: lazyRouteComponent(() => import('../modules/exchange/moderation-page.js'), 'ModerationPage'),
});
const conversationsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/conversations',
  beforeLoad: requireSignedIn,
  component: lazyRouteComponent(() => import('../modules/exchange/conversations-page.js'), 'ConversationsPage'),
});
const conversationRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/conversations/$conversationId',
  beforeLoad: requireSignedIn,
  component: lazyRouteComponent(() => import('../modules/exchange/conversation-page.js'), 'ConversationPage'),
});

// Administration
const adminUsersRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/admin/users',
  beforeLoad: requireSignedIn,
  component: lazyRouteComponent(() => import('../modules/admin/users-page.js'), 'UsersPage'),
});
const adminAuditRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/admin/audit',
  beforeLoad: requireSignedIn,
  component: lazyRouteComponent(() => import('../modules/admin/audit-page.js'), 'AuditPage'),
});

const adminRegistryRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/admin/registry',
  beforeLoad: requireSignedIn,
  component: lazyRouteComponent(() => import('../modules/registry/registry-settings-page.js'), 'RegistrySettingsPage'),
});

const routeTree = rootRoute.addChildren([
  homeRoute,
  signUpRoute,
  checkEmailRoute,
  confirmEmailRoute,
  signInRoute,
  forgotPasswordRoute,
  resetPasswordRoute,
  accountRoute,
  myOrganizationsRoute,
  createOrganizationRoute,
  organizationRoute,
  editOrganizationRoute,
  membersRoute,
  acceptInvitationRoute,
  publicRegistryRoute,
  organizationRegistryRoute,
  applicationRoute,
  operatorQueueRoute,
  notificationsRoute,
  exchangeRoute,
  newOpportunityRoute,
  opportunityRoute,
  editOpportunityRoute,
  organizationOpportunitiesRoute,
  organizationInterestsRoute,
  interestRoute,
  moderationRoute,
  conversationsRoute,
  conversationRoute,
  adminUsersRoute,
  adminAuditRoute,
  adminRegistryRoute,
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
