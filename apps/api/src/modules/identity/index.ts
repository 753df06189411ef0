export { createApiToken } from './api-tokens/api-tokens.service.js';
export { type IdentityRouteDeps, registerIdentityRoutes } from './identity.routes.js';
export { actorForUser, actorFromApiToken, actorFromSession } from './sessions/actors.js';
// Signing in and turning two-factor sign-in on without HTTP, for the tests' factories.
export { completeSignIn, login } from './sessions/sessions.service.js';
export { totpCodeAt } from './two-factor/two-factor.js';
export { enableTwoFactor, startTwoFactorSetup } from './two-factor/two-factor.service.js';
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
