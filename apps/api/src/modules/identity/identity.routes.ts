import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../app-context.js';
import {
  registerPasswordResetRoutes,
  registerProfileRoutes,
  registerSignUpRoutes,
} from './accounts/accounts.routes.js';
import type { IdentityDeps } from './accounts/accounts.service.js';
import { registerApiTokenRoutes } from './api-tokens/api-tokens.routes.js';
import { registerSessionRoutes, registerSignInRoutes } from './sessions/sessions.routes.js';
import { registerTwoFactorRoutes } from './two-factor/two-factor.routes.js';
import { registerUserAdminRoutes } from './users/users.routes.js';

export type IdentityRouteDeps = IdentityDeps;

/** The identity module's routes, sub-feature by sub-feature (in the order the API document lists them). */
export function registerIdentityRoutes(app: FastifyInstance, ctx: AppContext, deps: IdentityRouteDeps) {
  registerSignUpRoutes(app, ctx);
  registerSignInRoutes(app, ctx, deps);
  registerPasswordResetRoutes(app, ctx);
  registerProfileRoutes(app, ctx, deps);
  registerTwoFactorRoutes(app, ctx);
  registerSessionRoutes(app, ctx);
  registerApiTokenRoutes(app, ctx);
  registerUserAdminRoutes(app, ctx);
}
