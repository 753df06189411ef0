import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../app-context.js';
import { registerConversationRoutes } from './conversations/conversations.routes.js';
import { registerInterestRoutes } from './interests/interests.routes.js';
import { registerOpportunityRoutes } from './opportunities/opportunities.routes.js';
import { registerSearchRoutes } from './search/search.routes.js';

/** The exchange's routes: each sub-feature's, in the order the API document lists them. */
export function registerExchangeRoutes(app: FastifyInstance, ctx: AppContext) {
  registerSearchRoutes(app, ctx);
  registerOpportunityRoutes(app, ctx);
  registerInterestRoutes(app, ctx);
  registerConversationRoutes(app, ctx);
}
