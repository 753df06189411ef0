import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../app-context.js';
import { registerApplicationRoutes } from './applications/applications.routes.js';
import { registerCatalogueRoutes } from './catalogue/catalogue.routes.js';
import { registerProviderRoutes } from './providers/providers.routes.js';

/** The support services' routes, in the order the API document lists them. */
export function registerServiceRoutes(app: FastifyInstance, ctx: AppContext) {
  registerProviderRoutes(app, ctx);
  registerCatalogueRoutes(app, ctx);
  registerApplicationRoutes(app, ctx);
}
