export { registerIdentityRoutes, type IdentityRouteDeps } from './identity.routes.js';
export {
  actorForUser,
  actorFromApiToken,
  actorFromSession,
  hasAnyUser,
  provisionUser,
  userByEmail,
  usersByIds,
} from './identity.service.js';
