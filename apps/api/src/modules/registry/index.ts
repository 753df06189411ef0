export { registerRegistryRoutes } from './registry.routes.js';
