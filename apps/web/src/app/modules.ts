import { adminRoutes } from '../modules/admin/index.js';
import { alertsRoutes } from '../modules/alerts/index.js';
import { dashboardRoutes } from '../modules/dashboard/index.js';
import { eventsRoutes } from '../modules/events/index.js';
import { exchangeRoutes } from '../modules/exchange/index.js';
import { identityRoutes } from '../modules/identity/index.js';
import { mailboxRoutes } from '../modules/mailbox/index.js';
import { meetingsRoutes } from '../modules/meetings/index.js';
import { notificationsRoutes } from '../modules/notifications/index.js';
import { organizationsRoutes } from '../modules/organizations/index.js';
import { registryRoutes } from '../modules/registry/index.js';
import { servicesRoutes } from '../modules/services/index.js';

/**
 * The web app's modules. Each exports from its index.ts the function that builds its route tree —
 * `(parents) => ({ open?, signedIn? })`, its pages hung under the layout or under sign-in (see
 * `ModuleParents` in router.tsx) — and a new module is added by adding that function here: the router
 * assembles the list, and nothing else in app/ changes. A module's pages are code-split (`lazyPage`),
 * so this list costs the first page only the route definitions.
 */
export const WEB_MODULES = [
  identityRoutes,
  organizationsRoutes,
  registryRoutes,
  exchangeRoutes,
  notificationsRoutes,
  adminRoutes,
  mailboxRoutes,
  dashboardRoutes,
  alertsRoutes,
  eventsRoutes,
  meetingsRoutes,
  servicesRoutes,
] as const;
