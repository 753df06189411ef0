import {
  Conversation,
  ConversationMessage,
  ConversationMessageBody,
  type OpportunityType,
} from '@innobridge/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app-context.js';
import { requireActor } from '../../lib/actor.js';
import { AppError } from '../../lib/app-error.js';
import { readMultipart, sendStoredFile } from '../../lib/uploads.js';
import { errorResponses } from '../../plugins/openapi.js';
import { usersByIds } from '../identity/index.js';
import { organizationsByIds } from '../organizations/index.js';
import type { AttachmentRow, ConversationRow, MessageRow } from './conversations.repository.js';
import * as conversations from './conversations.service.js';
import { contactLookup, organizationRefs } from './exchange.refs.js';
import { findOpportunities } from './exchange.repository.js';
import { findInterest } from './interests.repository.js';

const Id = z.object({ id: z.uuid() });
type ConversationOut = z.infer<typeof Conversation>;
type MessageOut = z.infer<typeof ConversationMessage>;

/** Conversations as the reader's side sees them: the two organisations, the opportunity, contacts. */
async function describeConversations(
  ctx: AppContext,
  rows: ConversationRow[],
  ownIds: string[],
  unread: Map<string, number>,
): Promise<ConversationOut[]> {
  const interests = (await Promise.all(rows.map((r) => findInterest(ctx.db, r.interestId)))).filter((i) => !!i);
  const [orgs, opportunities, contact] = await Promise.all([
    organizationsByIds(ctx, [...new Set(rows.flatMap((r) => [r.ownerOrganizationId, r.interestedOrganizationId]))]),
    findOpportunities(ctx.db, [...new Set(interests.map((i) => i.opportunityId))]),
    // Every conversation comes from an accepted interest: its contacts are shown to both sides.
    contactLookup(ctx, interests),
  ]);
  const orgRef = organizationRefs(orgs);
  return rows.map((row) => {
    const interest = interests.find((i) => i.id === row.interestId);
    const opportunity = opportunities.find((o) => o.id === interest?.opportunityId);
    const ours = ownIds.includes(row.ownerOrganizationId) ? row.ownerOrganizationId : row.interestedOrganizationId;
    const theirs = ours === row.ownerOrganizationId ? row.interestedOrganizationId : row.ownerOrganizationId;
    return {
      id: row.id,
      interestId: row.interestId,
      opportunity: {
        id: opportunity?.id ?? '',
        type: (opportunity?.type ?? 'technology_offer') as OpportunityType,
        title: opportunity?.title ?? {},
      },
      ours: orgRef(ours),
      theirs: orgRef(theirs),
      contacts: [
        ...contact(row.interestedOrganizationId, interest?.createdBy),
        ...contact(row.ownerOrganizationId, interest?.decidedBy),
      ],
      outcome: interest?.outcome ?? null,
      unread: unread.get(row.id) ?? 0,
      lastMessageAt: row.lastMessageAt?.toISOString() ?? null,
      createdAt: row.createdAt.toISOString(),
    };
  });
}

async function describeMessages(
  ctx: AppContext,
  readerId: string,
  messages: MessageRow[],
  attachments: AttachmentRow[],
): Promise<MessageOut[]> {
  const authors = await usersByIds(ctx.db, [...new Set(messages.map((m) => m.authorUserId))]);
  return messages.map((m) => ({
    id: m.id,
    organizationId: m.organizationId,
    authorName: authors.find((a) => a.id === m.authorUserId)?.displayName ?? '',
    mine: m.authorUserId === readerId,
    body: m.body,
    attachments: attachments
      .filter((a) => a.messageId === m.id)
      .map((a) => ({ id: a.id, fileName: a.fileName, contentType: a.contentType, size: a.size })),
    createdAt: m.createdAt.toISOString(),
  }));
}

export function registerConversationRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['exchange'];

  r.get('/api/v1/conversations', {
    schema: {
      tags,
      summary: "My organisations' conversations, with unread counts",
      response: {
        200: z.object({ items: z.array(Conversation), unreadTotal: z.number().int() }),
        ...errorResponses(401),
      },
    },
    handler: async (request) => {
      const { rows, own, unread } = await conversations.listConversations(ctx, requireActor(request));
      return {
        items: await describeConversations(ctx, rows, own, unread),
        unreadTotal: [...unread.values()].reduce((a, b) => a + b, 0),
      };
    },
  });

  r.get('/api/v1/conversations/:id', {
    schema: {
      tags,
      summary: 'A conversation and its messages (its two organisations only)',
      params: Id,
      response: {
        200: z.object({ conversation: Conversation, messages: z.array(ConversationMessage) }),
        ...errorResponses(401, 404),
      },
    },
    handler: async (request) => {
      const actor = requireActor(request);
      const found = await conversations.readMessages(ctx, actor, request.params.id);
      const [conversation] = await describeConversations(
        ctx,
        [found.row],
        found.own,
        new Map([[found.row.id, found.unread]]),
      );
      return {
        conversation: conversation as ConversationOut,
        messages: await describeMessages(ctx, actor.userId, found.messages, found.attachments),
      };
    },
  });

  r.post('/api/v1/conversations/:id/messages', {
    schema: {
      tags,
      summary: 'Write a message',
      params: Id,
      body: ConversationMessageBody,
      response: { 201: ConversationMessage, ...errorResponses(401, 404, 422) },
    },
    handler: async (request, reply) => {
      const actor = requireActor(request);
      const { message } = await conversations.postMessage(ctx, actor, request.params.id, request.body);
      return reply.code(201).send((await describeMessages(ctx, actor.userId, [message], []))[0] as MessageOut);
    },
  });

  r.post('/api/v1/conversations/:id/attachments', {
    schema: {
      tags,
      summary: 'Send a file (multipart: optional `body`, then `file`; PDF, PNG or JPEG up to 10 MB)',
      params: Id,
      consumes: ['multipart/form-data'],
      response: { 201: ConversationMessage, ...errorResponses(401, 404, 413, 422) },
    },
    handler: async (request, reply) => {
      const actor = requireActor(request);
      // A stranger's upload is refused before its body is read.
      await conversations.openConversation(ctx, actor, request.params.id);
      const { fields, file } = await readMultipart(request);
      const body = (fields.body ?? '').trim();
      if (body.length > 10_000)
        throw new AppError('validation_failed', { fields: [{ path: 'body', code: 'too_big' }] });
      const sent = await conversations.postMessage(ctx, actor, request.params.id, { body, file });
      return reply
        .code(201)
        .send((await describeMessages(ctx, actor.userId, [sent.message], sent.attachments))[0] as MessageOut);
    },
  });

  r.get('/api/v1/conversations/:id/attachments/:attachmentId', {
    schema: {
      tags,
      summary: 'An attachment, for preview or download',
      params: Id.extend({ attachmentId: z.uuid() }),
      response: { 200: z.string().describe('The file, with its content type'), ...errorResponses(401, 404) },
    },
    handler: async (request, reply) => {
      const { attachment, content } = await conversations.readAttachment(
        ctx,
        requireActor(request),
        request.params.id,
        request.params.attachmentId,
      );
      return sendStoredFile(reply, attachment, content);
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
