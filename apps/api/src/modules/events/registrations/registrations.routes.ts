import {
  AttendeeList,
  Badge,
  CheckIn,
  CheckInBody,
  Event,
  EventFigures,
  RegistrationBody,
} from '@innobridge/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../../app-context.js';
import { requireActor } from '../../../lib/actor.js';
import { errorResponses, signInOptional } from '../../../plugins/openapi.js';
import * as service from './registrations.service.js';

const Id = z.object({ id: z.uuid() });

/** Registration, the attendee lists, the calendar file, badges, check-in and the organiser's figures. */
export function registerRegistrationRoutes(app: FastifyInstance, ctx: AppContext, badgeKey: Buffer) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['events'];

  r.post('/api/v1/events/:id/registration', {
    schema: {
      tags,
      summary: 'Register for an event (the waiting list when it is full)',
      params: Id,
      body: RegistrationBody,
      response: { 200: Event, ...errorResponses(401, 403, 404, 409, 422) },
    },
    handler: (request) => service.register(ctx, requireActor(request), request.params.id, request.body),
  });

  r.delete('/api/v1/events/:id/registration', {
    schema: {
      tags,
      summary: 'Cancel my registration (the first on the waiting list takes the seat)',
      params: Id,
      response: { 200: Event, ...errorResponses(401, 404) },
    },
    handler: (request) => service.cancelRegistration(ctx, requireActor(request), request.params.id),
  });

  r.get('/api/v1/events/:id/attendees', {
    schema: {
      ...signInOptional,
      tags,
      summary: 'The public list of attendees (those who agreed to be listed)',
      params: Id,
      response: { 200: AttendeeList, ...errorResponses(404) },
    },
    handler: (request) => service.attendees(ctx, request.actor, request.params.id),
  });

  r.get('/api/v1/events/:id/attendees.csv', {
    schema: {
      tags,
      summary: 'Every registration as a spreadsheet (CSV, UTF-8) for the organiser',
      params: Id,
      response: { 200: z.string(), ...errorResponses(401, 403, 404) },
    },
    handler: async (request, reply) => {
      const csv = await service.attendeeExport(ctx, requireActor(request), request.params.id, request.locale);
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="attendees-${request.params.id}.csv"`)
        .send(csv);
    },
  });

  r.get('/api/v1/events/:id/calendar.ics', {
    schema: {
      ...signInOptional,
      tags,
      summary: 'The event and its agenda as an iCalendar file, on the event’s clock',
      params: Id,
      response: { 200: z.string(), ...errorResponses(404) },
    },
    handler: async (request, reply) => {
      const ics = await service.calendarFile(ctx, request.actor, request.params.id, request.locale);
      return reply
        .header('content-type', 'text/calendar; charset=utf-8')
        .header('content-disposition', `attachment; filename="event-${request.params.id}.ics"`)
        .send(ics);
    },
  });

  r.get('/api/v1/events/:id/badge', {
    schema: {
      tags,
      summary: 'My badge for the event, with its signed code',
      params: Id,
      response: { 200: Badge, ...errorResponses(401, 404) },
    },
    handler: (request) => service.badge(ctx, badgeKey, requireActor(request), request.params.id),
  });

  r.post('/api/v1/events/:id/badge/reissue', {
    schema: {
      tags,
      summary: 'Reissue my badge (the old code is refused from then on)',
      params: Id,
      response: { 200: Badge, ...errorResponses(401, 404, 409) },
    },
    handler: (request) => service.reissueBadge(ctx, badgeKey, requireActor(request), request.params.id),
  });

  r.post('/api/v1/events/:id/check-in', {
    schema: {
      tags,
      summary: 'Check a person in by their badge code (organisers)',
      params: Id,
      body: CheckInBody,
      response: { 200: CheckIn, ...errorResponses(401, 403, 404, 409, 422) },
    },
    handler: (request) => service.checkIn(ctx, badgeKey, requireActor(request), request.params.id, request.body.code),
  });

  r.get('/api/v1/events/:id/figures', {
    schema: {
      tags,
      summary: 'Registrations, attendance and meetings of an event (organisers)',
      params: Id,
      response: { 200: EventFigures, ...errorResponses(401, 403, 404) },
    },
    handler: (request) => service.figures(ctx, requireActor(request), request.params.id),
  });
}
