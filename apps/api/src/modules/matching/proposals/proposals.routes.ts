import {
  MatchFeedbackBody,
  MatchProposalList,
  OrganizationRecommendations,
  RecommendationsPage,
} from '@innobridge/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../../app-context.js';
import { type Actor, requireActor } from '../../../lib/actor.js';
import { errorResponses, signInOptional } from '../../../plugins/openapi.js';
import { giveFeedback, organizationRecommendations, proposalsOf, recommendations } from './proposals.service.js';
import type { MatchingSources } from './proposals.sources.js';

const Id = z.object({ id: z.uuid() });
const RecommendationsQuery = z.object({ organizationId: z.uuid() });

/** Proposals: an opportunity's candidates and similar ones, an organisation's recommendations, feedback. */
export function registerProposalRoutes(app: FastifyInstance, ctx: AppContext, sources: MatchingSources) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['matching'];

  /** One of an opportunity's stored lists, for whoever may read the opportunity. */
  const storedList = (list: 'candidates' | 'similar', summary: string) => ({
    schema: {
      ...signInOptional,
      tags,
      summary,
      params: Id,
      response: { 200: MatchProposalList, ...errorResponses(404, 422) },
    },
    handler: (request: { actor: Actor | null; locale: string; params: { id: string } }) =>
      proposalsOf(ctx, sources, request.actor, request.locale, request.params.id, list),
  });

  r.get(
    '/api/v1/matching/opportunities/:id/candidates',
    storedList(
      'candidates',
      'The opportunities and organisations that answer this one, best first, with why (published ones are public)',
    ),
  );

  r.get(
    '/api/v1/matching/opportunities/:id/similar',
    storedList('similar', 'Opportunities of the same kind about the same things (published ones are public)'),
  );

  r.get('/api/v1/me/recommendations', {
    schema: {
      tags,
      summary: "The best proposals for each of my organisation's published opportunities",
      querystring: RecommendationsQuery,
      response: { 200: RecommendationsPage, ...errorResponses(401, 403, 422) },
    },
    handler: (request) =>
      recommendations(ctx, sources, requireActor(request), request.locale, request.query.organizationId),
  });

  r.get('/api/v1/matching/organizations/:id/recommendations', {
    schema: {
      tags,
      summary: 'The opportunities recommended to an organisation from its profile (members, operators)',
      params: Id,
      response: { 200: OrganizationRecommendations, ...errorResponses(401, 403, 404, 422) },
    },
    handler: (request) =>
      organizationRecommendations(ctx, sources, requireActor(request), request.locale, request.params.id),
  });

  r.put('/api/v1/matching/proposals/:id/feedback', {
    schema: {
      tags,
      summary: 'My feedback on a proposal: useful, not useful (hidden from me), or none',
      params: Id,
      body: MatchFeedbackBody,
      response: { 204: z.null(), ...errorResponses(401, 404, 422) },
    },
    handler: async (request, reply) => {
      await giveFeedback(ctx, sources, requireActor(request), request.params.id, request.body);
      return reply.code(204).send(null);
    },
  });
}
