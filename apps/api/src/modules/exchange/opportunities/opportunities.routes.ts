import {
  Opportunity,
  OpportunityBody,
  OpportunityList,
  OpportunityPage,
  ReasonBody,
  UpdateOpportunityBody,
  WorkListQuery,
} from '@innobridge/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../../app-context.js';
import { type Actor, requireActor } from '../../../lib/actor.js';
import { errorResponses, signInOptional } from '../../../plugins/openapi.js';
import * as opportunities from './opportunities.service.js';

const Id = z.object({ id: z.uuid() });

/** Writing, reading and moderating opportunities (the search is the exchange's own route). */
export function registerOpportunityRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['exchange'];

  r.post('/api/v1/opportunities', {
    schema: {
      tags,
      summary: 'Create an opportunity (a draft) for one of my organisations',
      body: OpportunityBody,
      response: { 201: Opportunity, ...errorResponses(401, 403, 404, 422) },
    },
    handler: async (request, reply) =>
      reply.code(201).send(await opportunities.createOpportunity(ctx, requireActor(request), request.body)),
  });

  r.get('/api/v1/opportunities/:id', {
    // A public card: visitors' answers are kept for a moment (plugins/public-cache.ts).
    config: { publicCache: true },
    schema: {
      ...signInOptional,
      tags,
      summary: 'An opportunity (published ones are public; the description is for members)',
      params: Id,
      response: { 200: Opportunity, ...errorResponses(404) },
    },
    handler: (request) => opportunities.readOpportunity(ctx, request.actor, request.params.id),
  });

  r.patch('/api/v1/opportunities/:id', {
    schema: {
      tags,
      summary: 'Edit a draft',
      params: Id,
      body: UpdateOpportunityBody,
      response: { 200: Opportunity, ...errorResponses(401, 403, 404, 409, 422) },
    },
    handler: (request) => opportunities.updateOpportunity(ctx, requireActor(request), request.params.id, request.body),
  });

  const action = (
    path: string,
    summary: string,
    run: (actor: Actor, id: string, body: never) => Promise<Opportunity>,
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
      handler: (request) => run(requireActor(request), request.params.id, request.body as never),
    });

  action('submit', 'Submit for moderation (participants and partners)', (a, id) =>
    opportunities.submitOpportunity(ctx, a, id),
  );
  action('publish', 'Publish (operators)', (a, id) => opportunities.publishOpportunity(ctx, a, id));
  action(
    'return',
    'Send back to the author with a comment (operators)',
    (a, id, b: z.infer<typeof ReasonBody>) => opportunities.returnOpportunity(ctx, a, id, b.reason),
    ReasonBody,
  );
  action('withdraw', 'Withdraw (closes it)', (a, id) => opportunities.withdrawOpportunity(ctx, a, id));
  action('close-success', 'Close it as a success', (a, id) => opportunities.closeWithSuccess(ctx, a, id));
  action('renew', 'Renew the publication for another 12 months', (a, id) => opportunities.renewOpportunity(ctx, a, id));

  r.get('/api/v1/organizations/:id/opportunities', {
    schema: {
      tags,
      summary: "My organisation's opportunities, in every state",
      params: Id,
      response: { 200: OpportunityList, ...errorResponses(401, 403, 404) },
    },
    handler: (request) => opportunities.organizationOpportunities(ctx, requireActor(request), request.params.id),
  });

  r.get('/api/v1/moderation/opportunities', {
    schema: {
      tags,
      summary: 'Opportunities awaiting moderation (operators), the longest waiting first, a page at a time',
      querystring: WorkListQuery,
      response: { 200: OpportunityPage, ...errorResponses(401, 403, 422) },
    },
    handler: (request) => opportunities.moderationQueue(ctx, requireActor(request), request.query),
  });
}
