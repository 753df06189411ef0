import { OpportunitySearchPage, SearchQuery } from '@innobridge/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../../app-context.js';
import { errorResponses, publicOperation } from '../../../plugins/openapi.js';
import { describeOpportunities } from '../opportunities/opportunities.views.js';
import { searchOpportunities } from './search.service.js';

/** The search of published opportunities, the first of the exchange's routes in the API document. */
export function registerSearchRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['exchange'];

  r.get('/api/v1/opportunities', {
    // A public list: visitors' answers are kept for a moment (plugins/public-cache.ts).
    config: { publicCache: true },
    schema: {
      ...publicOperation,
      tags,
      summary: 'Search published opportunities in every language, with facets',
      description:
        'Sorted by relevance when there is a query: first the opportunities with its words in the title, then in the summary, then elsewhere; newest first within each. Otherwise, or with sort=date, newest first.',
      querystring: SearchQuery,
      response: { 200: OpportunitySearchPage, ...errorResponses(422) },
    },
    // Search results show summaries; the description is on the opportunity's page.
    handler: (request) =>
      searchOpportunities(ctx, request.query, (rows) => describeOpportunities(ctx, rows, () => false)),
  });
}
