import {
  ConversationList,
  ConversationMessage,
  ConversationMessageBody,
  ConversationThread,
  WorkListQuery,
} from '@innobridge/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../../app-context.js';
import { requireActor } from '../../../lib/actor.js';
import { readMultipart, sendStoredFile } from '../../../lib/uploads.js';
import { errorResponses } from '../../../plugins/openapi.js';
import * as conversations from './conversations.service.js';

const Id = z.object({ id: z.uuid() });

export function registerConversationRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['exchange'];

  r.get('/api/v1/conversations', {
    schema: {
      tags,
      summary: "My organisations' conversations, newest news first, a page at a time, with unread counts",
      querystring: WorkListQuery,
      response: { 200: ConversationList, ...errorResponses(401, 422) },
    },
    handler: (request) => conversations.listConversations(ctx, requireActor(request), request.query),
  });

  r.get('/api/v1/conversations/:id', {
    schema: {
      tags,
      summary: 'A conversation and its messages (its two organisations only)',
      params: Id,
      response: { 200: ConversationThread, ...errorResponses(401, 404) },
    },
    handler: (request) => conversations.readConversation(ctx, requireActor(request), request.params.id),
  });

  r.post('/api/v1/conversations/:id/messages', {
    schema: {
      tags,
      summary: 'Write a message',
      params: Id,
      body: ConversationMessageBody,
      response: { 201: ConversationMessage, ...errorResponses(401, 404, 422) },
    },
    handler: async (request, reply) =>
      reply
        .code(201)
        .send(await conversations.postMessage(ctx, requireActor(request), request.params.id, request.body)),
  });

  r.post('/api/v1/conversations/:id/attachments', {
    schema: {
      tags,
      summary: 'Send a file (multipart: optional `body`, then `file`; PDF, PNG or JPEG up to 10 MB)',
      params: Id,
      consumes: ['multipart/form-data'],
      response: { 201: ConversationMessage, ...errorResponses(401, 404, 413, 422) },
    },
    // The service opens the conversation first: a stranger's upload is refused before its body is read.
    handler: async (request, reply) =>
      reply
        .code(201)
        .send(
          await conversations.sendAttachment(ctx, requireActor(request), request.params.id, () =>
            readMultipart(request),
          ),
        ),
  });

  r.get('/api/v1/conversations/:id/attachments/:attachmentId', {
    schema: {
      tags,
      summary: 'An attachment, for preview or download',
      params: Id.extend({ attachmentId: z.uuid() }),
      response: { 200: z.string().describe('The file, with its content type'), ...errorResponses(401, 404) },
    },
    handler: async (request, reply) => {
      const { file, content } = await conversations.readAttachment(
        ctx,
        requireActor(request),
        request.params.id,
        request.params.attachmentId,
      );
      return sendStoredFile(reply, file, content);
    },
  });

  r.post('/api/v1/conversations/:id/read', {
    schema: {
      tags,
      summary: 'Mark the conversation read up to now',
      params: Id,
      response: { 204: z.null(), ...errorResponses(401, 404) },
    },
    handler: async (request, reply) => {
      await conversations.markConversationRead(ctx, requireActor(request), request.params.id);
      return reply.code(204).send(null);
    },
  });
}
