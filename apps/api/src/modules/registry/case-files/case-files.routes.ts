import {
  CaseContactBody,
  CaseEntry,
  CaseFile,
  CaseNoteBody,
  CaseTaskBody,
  OperatorJurisdiction,
  OperatorList,
} from '@innobridge/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../../app-context.js';
import { requireActor } from '../../../lib/actor.js';
import { errorResponses } from '../../../plugins/openapi.js';
import * as cases from './case-files.service.js';

const Id = z.object({ id: z.uuid() });
const tags = ['case'];

/** The operators' private case files on organisations, and whom they may assign tasks to. */
export function registerCaseFileRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  registerEntries(app, ctx);
  r.get('/api/v1/me/operators', {
    schema: {
      tags,
      summary: 'Operators of a jurisdiction (for operators and admins), to assign tasks',
      querystring: z.object({ jurisdiction: OperatorJurisdiction }),
      response: { 200: OperatorList, ...errorResponses(401, 403, 422) },
    },
    handler: async (request) => cases.assignableOperators(ctx, requireActor(request), request.query.jurisdiction),
  });
}

function registerEntries(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/v1/organizations/:id/case', {
    schema: {
      tags,
      summary: "The operator's private case file on an organisation",
      params: Id,
      response: { 200: CaseFile, ...errorResponses(401, 403, 404) },
    },
    handler: async (request) => cases.readCaseFile(ctx, requireActor(request), request.params.id),
  });

  r.post('/api/v1/organizations/:id/case/notes', {
    schema: {
      tags,
      summary: 'Add a private note',
      params: Id,
      body: CaseNoteBody,
      response: { 201: CaseEntry, ...errorResponses(401, 403, 404, 422) },
    },
    handler: async (request, reply) =>
      reply.code(201).send(await cases.addNote(ctx, requireActor(request), request.params.id, request.body.body)),
  });
  r.post('/api/v1/organizations/:id/case/tasks', {
    schema: {
      tags,
      summary: 'Add a follow-up task',
      params: Id,
      body: CaseTaskBody,
      response: { 201: CaseEntry, ...errorResponses(401, 403, 404, 422) },
    },
    handler: async (request, reply) =>
      reply.code(201).send(await cases.addTask(ctx, requireActor(request), request.params.id, request.body)),
  });
  r.post('/api/v1/organizations/:id/case/tasks/:taskId/done', {
    schema: {
      tags,
      summary: 'Mark a task done',
      params: Id.extend({ taskId: z.uuid() }),
      response: { 200: CaseEntry, ...errorResponses(401, 403, 404) },
    },
    handler: async (request) =>
      cases.completeTask(ctx, requireActor(request), request.params.id, request.params.taskId),
  });
  r.post('/api/v1/organizations/:id/case/contacts', {
    schema: {
      tags,
      summary: 'Log a contact',
      params: Id,
      body: CaseContactBody,
      response: { 201: CaseEntry, ...errorResponses(401, 403, 404, 422) },
    },
    handler: async (request, reply) =>
      reply.code(201).send(await cases.logContact(ctx, requireActor(request), request.params.id, request.body)),
  });
}
