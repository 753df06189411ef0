// The dashboard reads the other modules through their entry points and owns no table.
export { registerDashboardRoutes } from './dashboard.routes.js';
