import { Opportunity, OpportunityBody, ReasonBody, SearchQuery, UpdateOpportunityBody } from '@innobridge/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app-context.js';
import { type Actor, requireActor } from '../../lib/actor.js';
import { errorResponses } from '../../plugins/openapi.js';
import { organizationNamesByIds } from '../organizations/index.js';
import { registerConversationRoutes } from './conversations.routes.js';
import type { OpportunityRow } from './exchange.repository.js';
import * as exchange from './exchange.service.js';
import { registerInterestRoutes } from './interests.routes.js';
import { searchOpportunities } from './search/index.js';

const Id = z.object({ id: z.uuid() });
type Out = z.infer<typeof Opportunity>;

/** Opportunities as a reader sees them, with their organisation; the description only when allowed. */
async function describe(
  ctx: AppContext,
  rows: OpportunityRow[],
  showDescription: (row: OpportunityRow) => boolean,
): Promise<Out[]> {
  const orgs = await organizationNamesByIds(ctx, [...new Set(rows.map((r) => r.organizationId))]);
  return rows.map((o) => {
    const org = orgs.find((x) => x.id === o.organizationId);
    return {
      id: o.id,
      organizationId: o.organizationId,
      organizationName: org?.name ?? {},
      organizationJurisdiction: o.jurisdiction,
      organizationType: (org?.type ?? 'company') as Out['organizationType'],
      type: o.type as Out['type'],
      state: o.state,
      closeReason: o.closeReason,
      title: o.title,
      summary: o.summary,
      description: showDescription(o) ? o.description : null,
      offer: o.offer,
      areas: o.areas,
      trl: o.trl,
      ipStatus: o.ipStatus as Out['ipStatus'],
      cooperationForms: o.cooperationForms as Out['cooperationForms'],
      targetCountries: o.targetCountries,
      deadline: o.deadline,
      amount: o.currency
        ? { min: o.amountMin ?? undefined, max: o.amountMax ?? undefined, currency: o.currency as 'RUB' }
        : null,
      moderationComment: o.moderationComment,
      publishedAt: o.publishedAt?.toISOString() ?? null,
      expiresAt: o.expiresAt?.toISOString() ?? null,
      createdAt: o.createdAt.toISOString(),
      updatedAt: o.updatedAt.toISOString(),
    };
  });
}

export function registerExchangeRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['exchange'];
  const full = async (row: OpportunityRow) => (await describe(ctx, [row], () => true))[0] as Out;

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
    handler: (request) => searchOpportunities(ctx, request.query, (rows) => describe(ctx, rows, () => false)),
  });

  r.post('/api/v1/opportunities', {
    schema: {
      tags,
      summary: 'Create an opportunity (a draft) for one of my organisations',
      body: OpportunityBody,
      response: { 201: Opportunity, ...errorResponses(401, 403, 404, 422) },
    },
    handler: async (request, reply) =>
      reply.code(201).send(await full(await exchange.createOpportunity(ctx, requireActor(request), request.body))),
  });

  r.get('/api/v1/opportunities/:id', {
    // A public card: visitors' answers are kept for a moment (plugins/public-cache.ts).
    config: { publicCache: true },
    schema: {
      tags,
      summary: 'An opportunity (published ones are public; the description is for members)',
      params: Id,
      response: { 200: Opportunity, ...errorResponses(404) },
    },
    handler: async (request) => {
      const { row, showDescription } = await exchange.readOpportunity(ctx, request.actor, request.params.id);
      return (await describe(ctx, [row], () => showDescription))[0] as Out;
    },
  });

  r.patch('/api/v1/opportunities/:id', {
    schema: {
      tags,
      summary: 'Edit a draft',
      params: Id,
      body: UpdateOpportunityBody,
      response: { 200: Opportunity, ...errorResponses(401, 403, 404, 409, 422) },
    },
    handler: async (request) =>
      full(await exchange.updateOpportunity(ctx, requireActor(request), request.params.id, request.body)),
  });

  const action = (
    path: string,
    summary: string,
    run: (actor: Actor, id: string, body: never) => Promise<OpportunityRow>,
    body?: z.ZodType,
  ) =>
    r.post(`/api/v1/opportunities/:id/${path}`, {
      schema: {
        tags,
        summary,
        params: Id,
        ...(body ? { body } : {}),
        response: { 200: Opportunity, ...errorResponses(401, 403, 404, 409, 422) },
      },
      handler: async (request) => full(await run(requireActor(request), request.params.id, request.body as never)),
    });

  action('submit', 'Submit for moderation (participants and partners)', (a, id) =>
    exchange.submitOpportunity(ctx, a, id),
  );
  action('publish', 'Publish (operators)', (a, id) => exchange.publishOpportunity(ctx, a, id));
  action(
    'return',
    'Send back to the author with a comment (operators)',
    (a, id, b: z.infer<typeof ReasonBody>) => exchange.returnOpportunity(ctx, a, id, b.reason),
    ReasonBody,
  );
  action('withdraw', 'Withdraw (closes it)', (a, id) => exchange.withdrawOpportunity(ctx, a, id));
  action('close-success', 'Close it as a success', (a, id) => exchange.closeWithSuccess(ctx, a, id));
  action('renew', 'Renew the publication for another 12 months', (a, id) => exchange.renewOpportunity(ctx, a, id));

  r.get('/api/v1/organizations/:id/opportunities', {
    schema: {
      tags,
      summary: "My organisation's opportunities, in every state",
      params: Id,
      response: { 200: z.object({ items: z.array(Opportunity) }), ...errorResponses(401, 403, 404) },
    },
    handler: async (request) => ({
      items: await describe(
        ctx,
        await exchange.organizationOpportunities(ctx, requireActor(request), request.params.id),
        () => true,
      ),
    }),
  });

  r.get('/api/v1/moderation/opportunities', {
    schema: {
      tags,
      summary: 'Opportunities awaiting moderation (operators)',
      response: { 200: z.object({ items: z.array(Opportunity) }), ...errorResponses(401, 403) },
    },
    handler: async (request) => ({
      items: await describe(ctx, await exchange.moderationQueue(ctx, requireActor(request)), () => true),
    }),
  });

  registerInterestRoutes(app, ctx);
  registerConversationRoutes(app, ctx);
}
