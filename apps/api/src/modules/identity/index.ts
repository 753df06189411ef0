export { type IdentityRouteDeps, registerIdentityRoutes } from './identity.routes.js';
export { actorForUser, actorFromApiToken, actorFromSession } from './sessions/actors.js';
export { totpCodeAt } from './two-factor/two-factor.js';
export {
  hasAnyUser,
  operatorsOf,
  people,
  platformAdmins,
  provisionUser,
  userByEmail,
  usersByIds,
} from './users/users.service.js';
export type { Person, UserSummary } from './users/users.views.js';
