import { Event, EventBody, EventList, EventListQuery, UpdateEventBody } from '@innobridge/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../../app-context.js';
import { requireActor } from '../../../lib/actor.js';
import { errorResponses, signInOptional } from '../../../plugins/openapi.js';
import * as service from './events.service.js';

const Id = z.object({ id: z.uuid() });

/** Events: the public calendar, an event's page, and what organisers write. */
export function registerEventItemRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['events'];

  r.get('/api/v1/events', {
    schema: {
      ...signInOptional,
      tags,
      summary: 'Published events, upcoming or past, by kind, place, format and month; or the events I manage',
      querystring: EventListQuery,
      response: { 200: EventList, ...errorResponses(401, 422) },
    },
    handler: (request) => service.listEvents(ctx, request.actor, request.query),
  });

  r.post('/api/v1/events', {
    schema: {
      tags,
      summary: 'Create an event as a draft (operators and approved organisers)',
      body: EventBody,
      response: { 201: Event, ...errorResponses(401, 403, 404, 422) },
    },
    handler: async (request, reply) =>
      reply.code(201).send(await service.createEvent(ctx, requireActor(request), request.body)),
  });

  r.get('/api/v1/events/:id', {
    schema: {
      ...signInOptional,
      tags,
      summary: 'An event with its agenda (drafts for their organisers only)',
      params: Id,
      response: { 200: Event, ...errorResponses(404) },
    },
    handler: (request) => service.readEvent(ctx, request.actor, request.params.id),
  });

  r.put('/api/v1/events/:id', {
    schema: {
      tags,
      summary: 'Edit an event and its agenda (organisers)',
      params: Id,
      body: UpdateEventBody,
      response: { 200: Event, ...errorResponses(401, 403, 404, 409, 422) },
    },
    handler: (request) => service.updateEvent(ctx, requireActor(request), request.params.id, request.body),
  });

  r.post('/api/v1/events/:id/publish', {
    schema: {
      tags,
      summary: 'Publish an event (organisers)',
      params: Id,
      response: { 200: Event, ...errorResponses(401, 403, 404, 409) },
    },
    handler: (request) => service.publishEvent(ctx, requireActor(request), request.params.id),
  });

  r.post('/api/v1/events/:id/cancel', {
    schema: {
      tags,
      summary: 'Cancel an event; everyone registered is told (organisers)',
      params: Id,
      response: { 200: Event, ...errorResponses(401, 403, 404, 409) },
    },
    handler: (request) => service.cancelEvent(ctx, requireActor(request), request.params.id),
  });
}
