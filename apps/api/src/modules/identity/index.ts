export { platformAdmins } from './admins.js';
export { type IdentityRouteDeps, registerIdentityRoutes } from './identity.routes.js';
export {
  actorForUser,
  actorFromApiToken,
  actorFromSession,
  hasAnyUser,
  operatorsOf,
  provisionUser,
  userByEmail,
  usersByIds,
} from './identity.service.js';
export { totpCodeAt } from './two-factor.js';
