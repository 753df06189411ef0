import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../app-context.js';
import { registerApplicationRoutes } from './applications/applications.routes.js';
import { registerCaseFileRoutes } from './case-files/case-files.routes.js';
import { registerPublicRegistryRoutes } from './public-registry/public-registry.routes.js';
import { registerSettingsRoutes } from './settings/settings.routes.js';

/** The registry's routes, one file per sub-feature (registered in this order, which the API document keeps). */
export function registerRegistryRoutes(app: FastifyInstance, ctx: AppContext) {
  registerApplicationRoutes(app, ctx);
  registerCaseFileRoutes(app, ctx);
  registerSettingsRoutes(app, ctx);
  registerPublicRegistryRoutes(app, ctx);
}
