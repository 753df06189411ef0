import { Opportunity, SearchQuery } from '@innobridge/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app-context.js';
import { errorResponses } from '../../plugins/openapi.js';
import { registerConversationRoutes } from './conversations/conversations.routes.js';
import { registerInterestRoutes } from './interests/interests.routes.js';
import { registerOpportunityRoutes } from './opportunities/opportunities.routes.js';
import { describeOpportunities } from './opportunities/opportunities.views.js';
import { searchOpportunities } from './search/index.js';

/** The exchange's routes: its search here, then each sub-feature's, in the order the API document lists them. */
export function registerExchangeRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['exchange'];

  r.get('/api/v1/opportunities', {
    // A public list: visitors' answers are kept for a moment (plugins/public-cache.ts).
    config: { publicCache: true },
    schema: {
      tags,
      summary: 'Search published opportunities in every language, with facets',
      description:
        'Sorted by relevance when there is a query: first the opportunities with its words in the title, then in the summary, then elsewhere; newest first within each. Otherwise, or with sort=date, newest first.',
      querystring: SearchQuery,
      response: {
        200: z.object({
          items: z.array(Opportunity),
          nextCursor: z.string().nullable(),
          total: z.number().int(),
          estimated: z
            .boolean()
            .describe(
              'True when the matches were too many to count: the total is then an estimate, rounded to two significant figures',
            ),
          estimatedFacets: z
            .array(z.string())
            .describe(
              "The facets whose counts are estimates, rounded to two significant figures (a facet with a filter of its own is counted over that facet's own matches)",
            ),
          facets: z.record(z.string(), z.record(z.string(), z.number().int())),
          terms: z.array(z.string()).describe('Words and stems of the query, to highlight in the results'),
        }),
        ...errorResponses(422),
      },
    },
    // Search results show summaries; the description is on the opportunity's page.
    handler: (request) =>
      searchOpportunities(ctx, request.query, (rows) => describeOpportunities(ctx, rows, () => false)),
  });

  registerOpportunityRoutes(app, ctx);
  registerInterestRoutes(app, ctx);
  registerConversationRoutes(app, ctx);
}
