import {
  BoardItem,
  BoardItemBody,
  BoardMeeting,
  BoardMeetingBody,
  BoardMeetingList,
  BoardMember,
  BoardMemberBody,
  BoardMemberList,
  BoardMemberPatch,
  BoardResolution,
  BoardResolutionList,
  BoardRules,
  BoardRulesBody,
  ConflictBody,
  VoteBody,
} from '@innobridge/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app-context.js';
import { requireActor } from '../../lib/actor.js';
import { errorResponses, publicOperation } from '../../plugins/openapi.js';
import * as board from './board.service.js';

const Id = z.object({ id: z.uuid() });

/** The supervisory board: composition and rules, meetings and votes, published resolutions. */
export function registerBoardRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['board'];

  r.get('/api/v1/board/members', {
    schema: {
      tags,
      summary: "The board's members, present and past",
      response: { 200: BoardMemberList, ...errorResponses(401, 404) },
    },
    handler: (request) => board.listMembers(ctx, requireActor(request)),
  });

  r.post('/api/v1/board/members', {
    schema: {
      tags,
      summary: 'Add a member to the board',
      body: BoardMemberBody,
      response: { 201: BoardMember, ...errorResponses(401, 403, 404, 409, 422) },
    },
    handler: async (request, reply) => {
      reply.code(201);
      return board.addMember(ctx, requireActor(request), request.body);
    },
  });

  r.patch('/api/v1/board/members/:id', {
    schema: {
      tags,
      summary: "Change a member's seat, side or term, or record that the member left",
      params: Id,
      body: BoardMemberPatch,
      response: { 200: BoardMember, ...errorResponses(401, 403, 404, 409, 422) },
    },
    handler: (request) => board.changeMember(ctx, requireActor(request), request.params.id, request.body),
  });

  r.get('/api/v1/board/rules', {
    schema: {
      tags,
      summary: "The board's rules of quorum and majority",
      response: { 200: BoardRules, ...errorResponses(401, 404) },
    },
    handler: (request) => board.readRules(ctx, requireActor(request)),
  });

  r.put('/api/v1/board/rules', {
    schema: {
      tags,
      summary: "Set the board's rules of quorum and majority",
      body: BoardRulesBody,
      response: { 200: BoardRules, ...errorResponses(401, 403, 409, 422) },
    },
    handler: (request) => board.setRules(ctx, requireActor(request), request.body),
  });

  r.get('/api/v1/board/meetings', {
    schema: { tags, summary: "The board's meetings", response: { 200: BoardMeetingList, ...errorResponses(401, 404) } },
    handler: (request) => board.listMeetings(ctx, requireActor(request)),
  });

  r.post('/api/v1/board/meetings', {
    schema: {
      tags,
      summary: 'Draft a meeting of the board',
      body: BoardMeetingBody,
      response: { 201: BoardMeeting, ...errorResponses(401, 403, 404, 422) },
    },
    handler: async (request, reply) => {
      reply.code(201);
      return board.createMeeting(ctx, requireActor(request), request.body);
    },
  });

  r.get('/api/v1/board/meetings/:id', {
    schema: {
      tags,
      summary: 'A meeting of the board with its agenda, votes and results',
      params: Id,
      response: { 200: BoardMeeting, ...errorResponses(401, 404) },
    },
    handler: (request) => board.readMeeting(ctx, requireActor(request), request.params.id),
  });

  r.post('/api/v1/board/meetings/:id/items', {
    schema: {
      tags,
      summary: "Add an item to a drafted meeting's agenda",
      params: Id,
      body: BoardItemBody,
      response: { 201: BoardMeeting, ...errorResponses(401, 403, 404, 409, 422) },
    },
    handler: async (request, reply) => {
      reply.code(201);
      return board.addItem(ctx, requireActor(request), request.params.id, request.body);
    },
  });

  const meetingAction = (summary: string, act: typeof board.callMeeting) => ({
    schema: { tags, summary, params: Id, response: { 200: BoardMeeting, ...errorResponses(401, 403, 404, 409, 422) } },
    handler: (request: { actor: Parameters<typeof requireActor>[0]['actor']; params: { id: string } }) =>
      act(ctx, requireActor(request), request.params.id),
  });

  r.post(
    '/api/v1/board/meetings/:id/call',
    meetingAction('Call a meeting: its members are notified; an absentee ballot opens', board.callMeeting),
  );
  r.post('/api/v1/board/meetings/:id/open', meetingAction('Open a called meeting for voting', board.openMeeting));
  r.post(
    '/api/v1/board/items/:id/close',
    meetingAction("Close an item's vote and store its result (the chair)", board.closeItem),
  );

  r.put('/api/v1/board/items/:id/vote', {
    schema: {
      tags,
      summary: 'Vote on an item, or change my vote while it is open',
      params: Id,
      body: VoteBody,
      response: { 200: BoardItem, ...errorResponses(401, 403, 404, 409) },
    },
    handler: (request) => board.vote(ctx, requireActor(request), request.params.id, request.body.choice),
  });

  r.put('/api/v1/board/items/:id/conflict', {
    schema: {
      tags,
      summary: 'Declare or withdraw my conflict of interest on an item',
      params: Id,
      body: ConflictBody,
      response: { 200: BoardItem, ...errorResponses(401, 403, 404, 409) },
    },
    handler: (request) => board.declareConflict(ctx, requireActor(request), request.params.id, request.body),
  });

  r.post('/api/v1/board/items/:id/publish', {
    schema: {
      tags,
      summary: "Publish an adopted item's resolution",
      params: Id,
      response: { 200: BoardResolution, ...errorResponses(401, 403, 404, 409) },
    },
    handler: (request) => board.publishResolution(ctx, requireActor(request), request.params.id),
  });

  r.get('/api/v1/board/resolutions', {
    schema: {
      ...publicOperation,
      tags,
      summary: "The board's published resolutions",
      response: { 200: BoardResolutionList, ...errorResponses() },
    },
    handler: () => board.listResolutions(ctx),
  });
}
