import {
  Service,
  ServiceBody,
  ServiceList,
  ServicePage,
  ServicePatch,
  ServiceQuery,
  ServiceVersionBody,
} from '@innobridge/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../../app-context.js';
import { requireActor } from '../../../lib/actor.js';
import { errorResponses, signInOptional } from '../../../plugins/openapi.js';
import * as catalogue from './catalogue.service.js';

const Id = z.object({ id: z.uuid() });

/** The catalogue of support services, and the providers' own services. */
export function registerCatalogueRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['services'];

  r.get('/api/v1/services', {
    schema: {
      ...signInOptional,
      tags,
      summary: 'The catalogue of support services, searched and filtered, judged for one of my organisations',
      querystring: ServiceQuery,
      response: { 200: ServicePage, ...errorResponses(401, 403) },
    },
    handler: (request) => catalogue.browseCatalogue(ctx, request.actor, request.locale, request.query),
  });

  r.get('/api/v1/me/services', {
    schema: {
      tags,
      summary: 'The services of the providers I act for, in every state',
      response: { 200: ServiceList, ...errorResponses(401) },
    },
    handler: (request) => catalogue.myServices(ctx, requireActor(request)),
  });

  r.post('/api/v1/services', {
    schema: {
      tags,
      summary: 'Create a service of a provider I act for, as a draft',
      body: ServiceBody,
      response: { 201: Service, ...errorResponses(401, 403, 404, 409, 422) },
    },
    handler: async (request, reply) => {
      reply.code(201);
      return catalogue.createService(ctx, requireActor(request), request.body);
    },
  });

  r.get('/api/v1/services/:id', {
    schema: {
      ...signInOptional,
      tags,
      summary: 'One service: published ones to everyone, the others to their provider',
      params: Id,
      response: { 200: Service, ...errorResponses(404) },
    },
    handler: (request) => catalogue.readService(ctx, request.actor, request.params.id),
  });

  r.patch('/api/v1/services/:id', {
    schema: {
      tags,
      summary: 'Change a service; a new application form becomes its next version',
      params: Id,
      body: ServicePatch,
      response: { 200: Service, ...errorResponses(401, 403, 404, 409, 422) },
    },
    handler: (request) => catalogue.updateService(ctx, requireActor(request), request.params.id, request.body),
  });

  for (const action of ['publish', 'withdraw'] as const) {
    r.post(`/api/v1/services/:id/${action}`, {
      schema: {
        tags,
        summary: action === 'publish' ? 'Publish a service in the catalogue' : 'Withdraw a service from the catalogue',
        params: Id,
        body: ServiceVersionBody,
        response: { 200: Service, ...errorResponses(401, 403, 404, 409, 422) },
      },
      handler: (request) =>
        catalogue.moveService(ctx, requireActor(request), request.params.id, action, request.body.version),
    });
  }
}
