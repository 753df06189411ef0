import {
  ServiceApplication,
  ServiceApplicationAction,
  ServiceApplicationBody,
  ServiceApplicationList,
  ServiceApplicationStep,
  ServiceRatingBody,
} from '@innobridge/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../../app-context.js';
import { requireActor } from '../../../lib/actor.js';
import { errorResponses } from '../../../plugins/openapi.js';
import * as applications from './applications.service.js';

const Id = z.object({ id: z.uuid() });

/** Applications for services: made by an organisation's members, worked through by the provider. */
export function registerApplicationRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['services'];

  r.post('/api/v1/services/:id/applications', {
    schema: {
      tags,
      summary: 'Apply for a service for one of my organisations, as a draft or submitted at once',
      params: Id,
      body: ServiceApplicationBody,
      response: { 201: ServiceApplication, ...errorResponses(401, 403, 404, 409, 422) },
    },
    handler: async (request, reply) => {
      reply.code(201);
      return applications.createApplication(ctx, requireActor(request), request.params.id, request.body);
    },
  });

  r.get('/api/v1/services/:id/applications', {
    schema: {
      tags,
      summary: "The provider's queue of a service, with deadlines, overdue flags and what is left of its budget",
      params: Id,
      response: { 200: ServiceApplicationList, ...errorResponses(401, 403, 404) },
    },
    handler: (request) => applications.queue(ctx, requireActor(request), request.params.id),
  });

  r.get('/api/v1/service-applications/:id', {
    schema: {
      tags,
      summary: 'One application for a service, with the form it was made with',
      params: Id,
      response: { 200: ServiceApplication, ...errorResponses(401, 404) },
    },
    handler: (request) => applications.readApplication(ctx, requireActor(request), request.params.id),
  });

  r.post('/api/v1/service-applications/:id/steps/:action', {
    schema: {
      tags,
      summary: "Take a step of an application's workflow",
      params: Id.extend({ action: ServiceApplicationAction }),
      body: ServiceApplicationStep,
      response: { 200: ServiceApplication, ...errorResponses(401, 403, 404, 409, 422) },
    },
    handler: (request) =>
      applications.step(ctx, requireActor(request), request.params.id, request.params.action, request.body),
  });

  r.post('/api/v1/service-applications/:id/rating', {
    schema: {
      tags,
      summary: 'Rate a delivered service, once',
      params: Id,
      body: ServiceRatingBody,
      response: { 200: ServiceApplication, ...errorResponses(401, 403, 404, 409) },
    },
    handler: (request) => applications.rate(ctx, requireActor(request), request.params.id, request.body),
  });
}
