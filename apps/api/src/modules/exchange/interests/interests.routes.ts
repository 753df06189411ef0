import {
  DeclineBody,
  ExpressionOfInterest,
  InterestBody,
  InterestBox,
  InterestList,
  OutcomeBody,
} from '@innobridge/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../../app-context.js';
import { requireActor } from '../../../lib/actor.js';
import { errorResponses } from '../../../plugins/openapi.js';
import * as interests from './interests.service.js';

const Id = z.object({ id: z.uuid() });

export function registerInterestRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['exchange'];

  r.post('/api/v1/opportunities/:id/interests', {
    schema: {
      tags,
      summary: 'Express interest in a published opportunity (sending it again returns the first one, 200)',
      params: Id,
      body: InterestBody,
      response: { 200: ExpressionOfInterest, 201: ExpressionOfInterest, ...errorResponses(401, 403, 404, 409, 422) },
    },
    handler: async (request, reply) => {
      const { interest, created } = await interests.expressInterest(
        ctx,
        requireActor(request),
        request.params.id,
        request.body,
      );
      return reply.code(created ? 201 : 200).send(interest);
    },
  });

  r.get('/api/v1/opportunities/:id/interests', {
    schema: {
      tags,
      summary: "On an opportunity: what its owner received, or what the reader's organisations sent",
      params: Id,
      response: { 200: InterestList, ...errorResponses(401, 404) },
    },
    handler: (request) => interests.interestsOnOpportunity(ctx, requireActor(request), request.params.id),
  });

  r.get('/api/v1/organizations/:id/interests', {
    schema: {
      tags,
      summary: "An organisation's inbox (received) or outbox (sent) of expressions of interest",
      params: Id,
      querystring: InterestBox,
      response: { 200: InterestList, ...errorResponses(401, 403, 404, 422) },
    },
    handler: (request) =>
      interests.interestsOfOrganization(ctx, requireActor(request), request.params.id, request.query),
  });

  r.get('/api/v1/interests/:id', {
    schema: {
      tags,
      summary: 'An expression of interest (its two sides only)',
      params: Id,
      response: { 200: ExpressionOfInterest, ...errorResponses(401, 404) },
    },
    handler: (request) => interests.getInterest(ctx, requireActor(request), request.params.id),
  });

  r.post('/api/v1/interests/:id/accept', {
    schema: {
      tags,
      summary: "Accept: opens a conversation and shows both sides' contacts",
      params: Id,
      response: { 200: ExpressionOfInterest, ...errorResponses(401, 403, 404, 409) },
    },
    handler: (request) => interests.acceptInterest(ctx, requireActor(request), request.params.id),
  });

  r.post('/api/v1/interests/:id/decline', {
    schema: {
      tags,
      summary: 'Decline with a reason the sender reads',
      params: Id,
      body: DeclineBody,
      response: { 200: ExpressionOfInterest, ...errorResponses(401, 403, 404, 409, 422) },
    },
    handler: (request) => interests.declineInterest(ctx, requireActor(request), request.params.id, request.body),
  });

  r.post('/api/v1/interests/:id/outcome', {
    schema: {
      tags,
      summary: 'Record the outcome of an accepted interest (either side)',
      params: Id,
      body: OutcomeBody,
      response: { 200: ExpressionOfInterest, ...errorResponses(401, 404, 409, 422) },
    },
    handler: (request) => interests.recordOutcome(ctx, requireActor(request), request.params.id, request.body.outcome),
  });
}
