// What the app may use of the support services: their routes.

export { registerServiceRoutes } from './services.routes.js';
