import { EventOrganizer, EventOrganizerBody, EventOrganizerList } from '@innobridge/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../../app-context.js';
import { requireActor } from '../../../lib/actor.js';
import { errorResponses } from '../../../plugins/openapi.js';
import * as organizers from './organizers.service.js';

/** Operators approve organisations as event organisers, and withdraw the approval. */
export function registerOrganizerRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['events'];

  r.get('/api/v1/event-organizers', {
    schema: {
      tags,
      summary: 'Organisations approved as event organisers (operators)',
      response: { 200: EventOrganizerList, ...errorResponses(401, 403) },
    },
    handler: (request) => organizers.listOrganizers(ctx, requireActor(request)),
  });

  r.post('/api/v1/event-organizers', {
    schema: {
      tags,
      summary: 'Approve an organisation as an event organiser (operators)',
      body: EventOrganizerBody,
      response: { 201: EventOrganizer, ...errorResponses(401, 403, 404, 409, 422) },
    },
    handler: async (request, reply) =>
      reply.code(201).send(await organizers.approveOrganizer(ctx, requireActor(request), request.body.organizationId)),
  });

  r.post('/api/v1/event-organizers/:organizationId/revoke', {
    schema: {
      tags,
      summary: "Withdraw an organisation's approval as an event organiser (operators)",
      params: z.object({ organizationId: z.uuid() }),
      response: { 200: EventOrganizer, ...errorResponses(401, 403, 404) },
    },
    handler: (request) => organizers.revokeOrganizer(ctx, requireActor(request), request.params.organizationId),
  });
}
