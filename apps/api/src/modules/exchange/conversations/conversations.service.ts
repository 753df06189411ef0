import type {
  Conversation,
  ConversationList,
  ConversationMessage,
  ConversationThread,
  WorkListQuery,
} from '@innobridge/contracts';
import type { z } from 'zod';
import type { AppContext } from '../../../app-context.js';
import type { Actor } from '../../../lib/actor.js';
import { AppError } from '../../../lib/app-error.js';
import { DAY } from '../../../lib/clock.js';
import { newId } from '../../../lib/ids.js';
import { decodeTimeIdCursor, toPage } from '../../../lib/pagination.js';
import { inspectUpload } from '../../../lib/uploads.js';
import { recordAudit, recordEvent } from '../../audit/index.js';
import { people } from '../../identity/index.js';
import { notify } from '../../notifications/index.js';
import { membershipsOf, organizationMemberIds, organizationsByIds } from '../../organizations/index.js';
import { assertNotSanctioned } from '../exchange.shared.js';
import { findInterest } from '../interests/interests.repository.js';
import { loadOpportunity } from '../opportunities/opportunities.service.js';
import * as repo from './conversations.repository.js';
import { describeConversations, describeMessages } from './conversations.views.js';

type Ctx = AppContext;

/** How far back the mail digest looks for conversations with news. */
const DIGEST_WINDOW_DAYS = 7;

async function ownOrganizationIds(ctx: Ctx, actor: Actor) {
  return (await membershipsOf(ctx, actor.userId)).map((m) => m.organizationId);
}

/**
 * A conversation as one of its sides sees it. Only the two organisations' members take part; to
 * anyone else, admins included, it does not exist.
 */
async function openConversation(ctx: Ctx, actor: Actor, id: string) {
  const row = await repo.findConversation(ctx.db, id);
  const own = await ownOrganizationIds(ctx, actor);
  if (!row) throw new AppError('conversation_not_found');
  const ours = own.includes(row.ownerOrganizationId)
    ? row.ownerOrganizationId
    : own.includes(row.interestedOrganizationId)
      ? row.interestedOrganizationId
      : null;
  if (!ours) throw new AppError('conversation_not_found');
  const theirs = ours === row.ownerOrganizationId ? row.interestedOrganizationId : row.ownerOrganizationId;
  return { row, ours, theirs, own };
}

/** The reader's organisations' conversations, newest news first, with what each holds unread. */
export async function listConversations(
  ctx: Ctx,
  actor: Actor,
  query: z.infer<typeof WorkListQuery>,
): Promise<ConversationList> {
  const own = await ownOrganizationIds(ctx, actor);
  const after = decodeTimeIdCursor(query.cursor);
  const rows = await repo.conversationsOfOrganizations(ctx.db, own, after, query.limit + 1);
  const page = toPage(rows, query.limit, (row) => [repo.activityOf(row).toISOString(), row.id]);
  const [unread, unreadTotal] = await Promise.all([
    repo.unreadCounts(
      ctx.db,
      actor.userId,
      own,
      page.items.map((r) => r.id),
    ),
    repo.unreadTotal(ctx.db, actor.userId, own),
  ]);
  return {
    items: await describeConversations(ctx, page.items, own, unread),
    unreadTotal,
    nextCursor: page.nextCursor,
  };
}

/** A conversation and all its messages, as one of its sides sees them. */
export async function readConversation(ctx: Ctx, actor: Actor, id: string): Promise<ConversationThread> {
  const { row, own } = await openConversation(ctx, actor, id);
  const unread = await repo.unreadCounts(ctx.db, actor.userId, own, [id]);
  const { messages, attachments } = await repo.messagesOf(ctx.db, id);
  const [conversation] = await describeConversations(ctx, [row], own, new Map([[id, unread.get(id) ?? 0]]));
  return {
    conversation: conversation as Conversation,
    messages: await describeMessages(ctx, actor.userId, messages, attachments),
  };
}

/** A message, with at most one file checked by the platform's upload rules; nothing is kept if refused. */
async function storeMessage(
  ctx: Ctx,
  actor: Actor,
  id: string,
  input: { body: string; file?: { fileName: string; content: Buffer } },
) {
  const { ours } = await openConversation(ctx, actor, id);
  assertNotSanctioned((await organizationsByIds(ctx, [ours]))[0] ?? { status: 'none' });
  const inspected = input.file ? await inspectUpload(input.file.fileName, input.file.content, 'attachment') : null;
  const message = {
    id: newId(),
    conversationId: id,
    organizationId: ours,
    authorUserId: actor.userId,
    body: input.body,
    createdAt: ctx.clock.now(),
  };
  const attachment =
    inspected && input.file
      ? {
          id: newId(),
          messageId: message.id,
          conversationId: id,
          ...inspected,
          storageKey: `conversations/${id}/${newId()}`,
        }
      : undefined;
  if (attachment && input.file) await ctx.storage.put(attachment.storageKey, input.file.content);
  try {
    await ctx.db.transaction(async (tx) => {
      await repo.insertMessage(tx, message, attachment);
      // What was sent, by whom and when; not what it says: the words stay between the two sides.
      await recordAudit(tx, ctx.clock, {
        actorUserId: actor.userId,
        action: 'conversation.message_posted',
        subjectType: 'conversation',
        subjectId: id,
        summary: { messageId: message.id, organizationId: ours, length: input.body.length },
      });
      if (attachment) {
        await recordAudit(tx, ctx.clock, {
          actorUserId: actor.userId,
          action: 'conversation.attachment_added',
          subjectType: 'conversation',
          subjectId: id,
          summary: {
            messageId: message.id,
            attachmentId: attachment.id,
            fileName: attachment.fileName,
            contentType: attachment.contentType,
            size: attachment.size,
            sha256: attachment.sha256,
          },
        });
      }
    });
  } catch (error) {
    if (attachment) await ctx.storage.delete(attachment.storageKey);
    throw error;
  }
  return { message, attachments: attachment ? [attachment] : [] };
}

/** A message as its author sees it once sent. */
export async function postMessage(
  ctx: Ctx,
  actor: Actor,
  id: string,
  input: { body: string; file?: { fileName: string; content: Buffer } },
): Promise<ConversationMessage> {
  const { message, attachments } = await storeMessage(ctx, actor, id, input);
  return (await describeMessages(ctx, actor.userId, [message], attachments))[0] as ConversationMessage;
}

/**
 * A file, with an optional message (`body`). A stranger's upload is refused before `read` reads the
 * request's body.
 */
export async function sendAttachment(
  ctx: Ctx,
  actor: Actor,
  id: string,
  read: () => Promise<{ fields: Record<string, string>; file: { fileName: string; content: Buffer } }>,
): Promise<ConversationMessage> {
  await openConversation(ctx, actor, id);
  const { fields, file } = await read();
  const body = (fields.body ?? '').trim();
  if (body.length > 10_000) throw new AppError('validation_failed', { fields: [{ path: 'body', code: 'too_big' }] });
  return postMessage(ctx, actor, id, { body, file });
}

export async function markConversationRead(ctx: Ctx, actor: Actor, id: string) {
  await openConversation(ctx, actor, id);
  await repo.markRead(ctx.db, id, actor.userId, ctx.clock.now());
}

export async function readAttachment(ctx: Ctx, actor: Actor, id: string, attachmentId: string) {
  await openConversation(ctx, actor, id);
  const attachment = await repo.findAttachment(ctx.db, id, attachmentId);
  if (!attachment) throw new AppError('attachment_not_found');
  const content = await ctx.storage.get(attachment.storageKey);
  await recordEvent(ctx, {
    actorUserId: actor.userId,
    action: 'conversation.attachment_downloaded',
    subjectType: 'conversation',
    subjectId: id,
    summary: { attachmentId: attachment.id, fileName: attachment.fileName, sha256: attachment.sha256 },
  });
  return { file: { fileName: attachment.fileName, contentType: attachment.contentType }, content };
}

/**
 * The scheduled digest: each member of a side hears once about what the other side wrote since
 * they last read or were told — one mail for many messages, none for what they have already read.
 */
export async function runMessageDigest(ctx: Ctx): Promise<{ mailed: number }> {
  const now = ctx.clock.now();
  let mailed = 0;
  for (const conversation of await repo.conversationsActiveSince(
    ctx.db,
    new Date(now.getTime() - DIGEST_WINDOW_DAYS * DAY),
  )) {
    const interest = await findInterest(ctx.db, conversation.interestId);
    if (!interest) continue;
    const opportunity = await loadOpportunity(ctx, interest.opportunityId);
    const sides = await organizationsByIds(ctx, [
      conversation.ownerOrganizationId,
      conversation.interestedOrganizationId,
    ]);
    for (const side of sides) {
      const other = sides.find((o) => o.id !== side.id);
      if (!other) continue;
      for (const userId of await organizationMemberIds(ctx, side.id)) {
        const count = await repo.unmailedCount(ctx.db, conversation.id, userId, other.id, now);
        if (count === 0) continue;
        const recipients = await people(ctx, [userId]);
        await ctx.db.transaction(async (tx) => {
          await repo.markMailed(tx, conversation.id, userId, now);
          await notify(tx, ctx, {
            recipients,
            template: 'conversation_messages',
            path: `/conversations/${conversation.id}`,
            params: { organization: { text: other.name }, title: { text: opportunity.title }, count: String(count) },
          });
        });
        mailed += 1;
      }
    }
  }
  return { mailed };
}
