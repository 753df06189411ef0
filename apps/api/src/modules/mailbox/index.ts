export { registerMailboxRoutes } from './mailbox.routes.js';
