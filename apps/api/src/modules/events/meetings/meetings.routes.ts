import {
  AvailabilityBody,
  Meeting,
  MeetingAcceptBody,
  MeetingDeclineBody,
  MeetingList,
  MeetingParticipantList,
  MeetingParticipantQuery,
  MeetingPatchBody,
  MeetingPlaceBody,
  MeetingProfile,
  MeetingProfileBody,
  MeetingRequestBody,
  MeetingSlot,
  MeetingSlotBody,
  MeetingsEvent,
  MeetingsOverview,
  ScheduleRunStats,
} from '@innobridge/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../../app-context.js';
import { requireActor } from '../../../lib/actor.js';
import { errorResponses } from '../../../plugins/openapi.js';
import { agenda, agendaCalendar } from './meetings.agenda.js';
import * as organiser from './meetings.organiser.js';
import * as meetings from './meetings.service.js';

const Event = z.object({ eventId: z.uuid() });
const EventMeeting = Event.extend({ id: z.uuid() });
const EventSlot = Event.extend({ slotId: z.uuid() });

/** B2B meetings at an event: participants' routes first, then the organiser's (`/manage`). */
export function registerMeetingsRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['meetings'];
  const base = '/api/v1/events/:eventId/meetings';

  r.get(base, {
    schema: {
      tags,
      summary: "An event's meetings: its zone, mode, slots and the reader's part",
      params: Event,
      response: { 200: MeetingsEvent, ...errorResponses(401, 404) },
    },
    handler: (request) => meetings.meetingsEvent(ctx, requireActor(request), request.params.eventId),
  });

  r.get(`${base}/profile`, {
    schema: {
      tags,
      summary: 'My meeting profile and availability at the event',
      params: Event,
      response: { 200: MeetingProfile, ...errorResponses(401, 403, 404) },
    },
    handler: (request) => meetings.myProfile(ctx, requireActor(request), request.params.eventId),
  });

  r.put(`${base}/profile`, {
    schema: {
      tags,
      summary: 'Save my meeting profile: what I offer and look for, languages, linked opportunities',
      params: Event,
      body: MeetingProfileBody,
      response: { 200: MeetingProfile, ...errorResponses(401, 403, 404, 422) },
    },
    handler: (request) => meetings.saveProfile(ctx, requireActor(request), request.params.eventId, request.body),
  });

  r.put(`${base}/availability`, {
    schema: {
      tags,
      summary: 'Set the slots in which I am available for meetings (none chosen: all of them)',
      params: Event,
      body: AvailabilityBody,
      response: { 200: MeetingProfile, ...errorResponses(401, 403, 404, 422) },
    },
    handler: (request) => meetings.setAvailability(ctx, requireActor(request), request.params.eventId, request.body),
  });

  r.get(`${base}/participants`, {
    schema: {
      tags,
      summary: 'Participants with a published meeting profile, filtered by words, language and jurisdiction',
      params: Event,
      querystring: MeetingParticipantQuery,
      response: { 200: MeetingParticipantList, ...errorResponses(401, 403, 404, 422) },
    },
    handler: (request) => meetings.participants(ctx, requireActor(request), request.params.eventId, request.query),
  });

  r.get(`${base}/requests`, {
    schema: {
      tags,
      summary: 'My meeting requests at the event, sent and received',
      params: Event,
      response: { 200: MeetingList, ...errorResponses(401, 403, 404) },
    },
    handler: (request) => meetings.myMeetings(ctx, requireActor(request), request.params.eventId),
  });

  r.post(`${base}/requests`, {
    schema: {
      tags,
      summary: 'Request a meeting with another participant, with a message',
      params: Event,
      body: MeetingRequestBody,
      response: { 201: Meeting, ...errorResponses(401, 403, 404, 409, 422) },
    },
    handler: async (request, reply) =>
      reply
        .code(201)
        .send(await meetings.requestMeeting(ctx, requireActor(request), request.params.eventId, request.body)),
  });

  r.post(`${base}/requests/:id/accept`, {
    schema: {
      tags,
      summary: 'Accept a meeting request (in pick mode, in a free slot I pick)',
      params: EventMeeting,
      body: MeetingAcceptBody,
      response: { 200: Meeting, ...errorResponses(401, 403, 404, 409, 422) },
    },
    handler: (request) => meetings.acceptMeeting(ctx, requireActor(request), request.params.id, request.body),
  });

  r.post(`${base}/requests/:id/decline`, {
    schema: {
      tags,
      summary: 'Decline a meeting request with a reason the requester reads',
      params: EventMeeting,
      body: MeetingDeclineBody,
      response: { 200: Meeting, ...errorResponses(401, 403, 404, 409, 422) },
    },
    handler: (request) => meetings.declineMeeting(ctx, requireActor(request), request.params.id, request.body),
  });

  r.post(`${base}/requests/:id/cancel`, {
    schema: {
      tags,
      summary: 'Cancel a meeting request or an accepted meeting',
      params: EventMeeting,
      response: { 200: Meeting, ...errorResponses(401, 403, 404, 409) },
    },
    handler: (request) => meetings.cancelMeeting(ctx, requireActor(request), request.params.id),
  });

  r.post(`${base}/requests/:id/held`, {
    schema: {
      tags,
      summary: 'Confirm that the meeting took place',
      params: EventMeeting,
      response: { 200: Meeting, ...errorResponses(401, 403, 404, 409) },
    },
    handler: (request) => meetings.confirmHeld(ctx, requireActor(request), request.params.id),
  });

  r.get(`${base}/agenda`, {
    schema: {
      tags,
      summary: 'My agenda of meetings at the event',
      params: Event,
      response: { 200: MeetingList, ...errorResponses(401, 403, 404) },
    },
    handler: (request) => agenda(ctx, requireActor(request), request.params.eventId),
  });

  r.get(`${base}/agenda.ics`, {
    schema: {
      tags,
      summary: 'My agenda of meetings as an iCalendar file in the event’s time zone',
      params: Event,
      response: { 200: z.string().describe('text/calendar'), ...errorResponses(401, 403, 404) },
    },
    handler: async (request, reply) => {
      const body = await agendaCalendar(ctx, requireActor(request), request.params.eventId);
      return reply
        .type('text/calendar; charset=utf-8')
        .header('content-disposition', 'attachment; filename="meetings.ics"')
        .send(body);
    },
  });

  registerOrganiserRoutes(app, ctx);
}

function registerOrganiserRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['meetings'];
  const base = '/api/v1/events/:eventId/meetings/manage';

  r.get(base, {
    schema: {
      tags,
      summary: "The organiser's view: accepted meetings, their places and the figures",
      params: Event,
      response: { 200: MeetingsOverview, ...errorResponses(401, 403, 404) },
    },
    handler: (request) => organiser.overview(ctx, requireActor(request), request.params.eventId),
  });

  r.post(`${base}/slots`, {
    schema: {
      tags,
      summary: 'Add a meeting slot with its number of tables',
      params: Event,
      body: MeetingSlotBody,
      response: { 201: MeetingSlot, ...errorResponses(401, 403, 404, 422) },
    },
    handler: async (request, reply) =>
      reply
        .code(201)
        .send(await organiser.createSlot(ctx, requireActor(request), request.params.eventId, request.body)),
  });

  r.put(`${base}/slots/:slotId`, {
    schema: {
      tags,
      summary: 'Change a meeting slot',
      params: EventSlot,
      body: MeetingSlotBody,
      response: { 200: MeetingSlot, ...errorResponses(401, 403, 404, 409, 422) },
    },
    handler: (request) =>
      organiser.updateSlot(ctx, requireActor(request), request.params.eventId, request.params.slotId, request.body),
  });

  r.delete(`${base}/slots/:slotId`, {
    schema: {
      tags,
      summary: 'Remove a meeting slot that holds no meetings',
      params: EventSlot,
      response: { 204: z.null(), ...errorResponses(401, 403, 404, 409) },
    },
    handler: async (request, reply) => {
      await organiser.removeSlot(ctx, requireActor(request), request.params.eventId, request.params.slotId);
      return reply.code(204).send(null);
    },
  });

  r.put(`${base}/meetings/:id/place`, {
    schema: {
      tags,
      summary: 'Place a meeting in a slot and at a table, locked or not (a move)',
      params: EventMeeting,
      body: MeetingPlaceBody,
      response: { 200: Meeting, ...errorResponses(401, 403, 404, 409, 422) },
    },
    handler: (request) =>
      organiser.placeMeetingByOrganiser(
        ctx,
        requireActor(request),
        request.params.eventId,
        request.params.id,
        request.body,
      ),
  });

  r.post(`${base}/meetings/:id/unlock`, {
    schema: {
      tags,
      summary: 'Let the scheduler move a locked meeting again',
      params: EventMeeting,
      response: { 200: Meeting, ...errorResponses(401, 403, 404, 409) },
    },
    handler: (request) =>
      organiser.unlockMeeting(ctx, requireActor(request), request.params.eventId, request.params.id),
  });

  r.patch(`${base}/meetings/:id`, {
    schema: {
      tags,
      summary: "Set a meeting's interpreter need or priority",
      params: EventMeeting,
      body: MeetingPatchBody,
      response: { 200: Meeting, ...errorResponses(401, 403, 404, 409, 422) },
    },
    handler: (request) =>
      organiser.patchMeeting(ctx, requireActor(request), request.params.eventId, request.params.id, request.body),
  });

  r.post(`${base}/schedule`, {
    schema: {
      tags,
      summary: 'Run the scheduler around the locked meetings',
      params: Event,
      response: { 200: ScheduleRunStats, ...errorResponses(401, 403, 404, 409) },
    },
    handler: (request) => organiser.runScheduler(ctx, requireActor(request), request.params.eventId),
  });

  r.post(`${base}/publish`, {
    schema: {
      tags,
      summary: 'Publish the final schedule and tell every participant',
      params: Event,
      response: { 200: MeetingsOverview, ...errorResponses(401, 403, 404) },
    },
    handler: (request) => organiser.publishSchedule(ctx, requireActor(request), request.params.eventId),
  });
}
