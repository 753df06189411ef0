// What the app may use of the support services: their routes, and what the demo data seeds through.

export { createService, moveService } from './catalogue/catalogue.service.js';
export { approveProvider, operatorProviderId } from './providers/providers.service.js';
export { registerServiceRoutes } from './services.routes.js';
