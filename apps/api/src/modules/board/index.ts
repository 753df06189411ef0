// What the app may use of the supervisory board: its routes.

export { registerBoardRoutes } from './board.routes.js';
