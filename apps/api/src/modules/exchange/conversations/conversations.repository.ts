import { and, asc, count, desc, eq, gt, inArray, lte, notInArray, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.js';
import { conversationAttachments, conversationMessages, conversationReads, conversations } from '../exchange.tables.js';

export type ConversationRow = typeof conversations.$inferSelect;
export type MessageRow = typeof conversationMessages.$inferSelect;
export type AttachmentRow = typeof conversationAttachments.$inferSelect;

export async function insertConversation(db: DbOrTx, row: typeof conversations.$inferInsert): Promise<void> {
  await db.insert(conversations).values(row);
}

export async function findConversation(db: DbOrTx, id: string): Promise<ConversationRow | undefined> {
  const [row] = await db.select().from(conversations).where(eq(conversations.id, id));
  return row;
}

export async function conversationsByInterests(db: DbOrTx, interestIds: string[]): Promise<ConversationRow[]> {
  if (interestIds.length === 0) return [];
  return db.select().from(conversations).where(inArray(conversations.interestId, interestIds));
}

const ofOrganizations = (organizationIds: string[]) =>
  or(
    inArray(conversations.ownerOrganizationId, organizationIds),
    inArray(conversations.interestedOrganizationId, organizationIds),
  );

/** When a conversation last had news: its last message, else its opening. The list's sort key. */
export const activityOf = (row: ConversationRow) => row.lastMessageAt ?? row.createdAt;
const activity = sql`coalesce(${conversations.lastMessageAt}, ${conversations.createdAt})`;

/** The organisations' conversations, newest news first, after the keyset `(activity, id)` of the last row read. */
export async function conversationsOfOrganizations(
  db: DbOrTx,
  organizationIds: string[],
  after: { createdAt: Date; id: string } | null,
  limit: number,
): Promise<ConversationRow[]> {
  if (organizationIds.length === 0) return [];
  return db
    .select()
    .from(conversations)
    .where(
      and(
        ofOrganizations(organizationIds),
        after
          ? sql`(${activity}, ${conversations.id}) < (${after.createdAt.toISOString()}::timestamptz, ${after.id}::uuid)`
          : undefined,
      ),
    )
    .orderBy(sql`${activity} desc`, desc(conversations.id))
    .limit(limit);
}

export async function insertMessage(
  db: DbOrTx,
  message: typeof conversationMessages.$inferInsert,
  attachment?: typeof conversationAttachments.$inferInsert,
): Promise<void> {
  await db.insert(conversationMessages).values(message);
  if (attachment) await db.insert(conversationAttachments).values(attachment);
  await db
    .update(conversations)
    .set({ lastMessageAt: message.createdAt })
    .where(eq(conversations.id, message.conversationId));
}

export async function messagesOf(db: DbOrTx, conversationId: string) {
  const messages = await db
    .select()
    .from(conversationMessages)
    .where(eq(conversationMessages.conversationId, conversationId))
    .orderBy(asc(conversationMessages.createdAt), asc(conversationMessages.id));
  const attachments = await db
    .select()
    .from(conversationAttachments)
    .where(eq(conversationAttachments.conversationId, conversationId));
  return { messages, attachments };
}

export async function findAttachment(
  db: DbOrTx,
  conversationId: string,
  attachmentId: string,
): Promise<AttachmentRow | undefined> {
  const [row] = await db
    .select()
    .from(conversationAttachments)
    .where(
      and(eq(conversationAttachments.id, attachmentId), eq(conversationAttachments.conversationId, conversationId)),
    );
  return row;
}

/** Joins each message to what one reader has read and been mailed of its conversation. */
const readsOf = (userId: string) =>
  and(eq(conversationReads.conversationId, conversationMessages.conversationId), eq(conversationReads.userId, userId));

/** Messages of the other side a reader has not read yet, per conversation. */
export async function unreadCounts(
  db: DbOrTx,
  userId: string,
  ownOrganizationIds: string[],
  conversationIds: string[],
): Promise<Map<string, number>> {
  if (conversationIds.length === 0) return new Map();
  const rows = await db
    .select({ conversationId: conversationMessages.conversationId, unread: count() })
    .from(conversationMessages)
    .leftJoin(conversationReads, readsOf(userId))
    .where(
      and(
        inArray(conversationMessages.conversationId, conversationIds),
        ownOrganizationIds.length > 0 ? notInArray(conversationMessages.organizationId, ownOrganizationIds) : undefined,
        or(sql`${conversationReads.readUpTo} is null`, gt(conversationMessages.createdAt, conversationReads.readUpTo)),
      ),
    )
    .groupBy(conversationMessages.conversationId);
  return new Map(rows.map((r) => [r.conversationId, r.unread]));
}

/** Messages of the other side a reader has not read yet, over all their organisations' conversations. */
export async function unreadTotal(db: DbOrTx, userId: string, ownOrganizationIds: string[]): Promise<number> {
  if (ownOrganizationIds.length === 0) return 0;
  const ours = db.select({ id: conversations.id }).from(conversations).where(ofOrganizations(ownOrganizationIds));
  const [row] = await db
    .select({ n: count() })
    .from(conversationMessages)
    .leftJoin(conversationReads, readsOf(userId))
    .where(
      and(
        inArray(conversationMessages.conversationId, ours),
        notInArray(conversationMessages.organizationId, ownOrganizationIds),
        or(sql`${conversationReads.readUpTo} is null`, gt(conversationMessages.createdAt, conversationReads.readUpTo)),
      ),
    );
  return Number(row?.n ?? 0);
}

export async function markRead(db: DbOrTx, conversationId: string, userId: string, upTo: Date): Promise<void> {
  await db
    .insert(conversationReads)
    .values({ conversationId, userId, readUpTo: upTo })
    .onConflictDoUpdate({
      target: [conversationReads.conversationId, conversationReads.userId],
      set: { readUpTo: sql`greatest(${conversationReads.readUpTo}, excluded.read_up_to)` },
    });
}

/** Conversations with messages since `since`: the only ones whose readers may need a mail. */
export async function conversationsActiveSince(db: DbOrTx, since: Date): Promise<ConversationRow[]> {
  return db
    .select()
    .from(conversations)
    .where(gt(conversations.lastMessageAt, since))
    .orderBy(desc(conversations.lastMessageAt))
    .limit(1000);
}

/**
 * For one reader of one side: how many messages of the other side arrived after what they read and
 * after what they were last mailed about, up to `upTo`.
 */
export async function unmailedCount(
  db: DbOrTx,
  conversationId: string,
  userId: string,
  otherOrganizationId: string,
  upTo: Date,
): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(conversationMessages)
    .leftJoin(conversationReads, readsOf(userId))
    .where(
      and(
        eq(conversationMessages.conversationId, conversationId),
        eq(conversationMessages.organizationId, otherOrganizationId),
        lte(conversationMessages.createdAt, upTo),
        sql`${conversationMessages.createdAt} > greatest(coalesce(${conversationReads.readUpTo}, '-infinity'), coalesce(${conversationReads.mailedUpTo}, '-infinity'))`,
      ),
    );
  return row?.n ?? 0;
}

export async function markMailed(db: DbOrTx, conversationId: string, userId: string, upTo: Date): Promise<void> {
  await db
    .insert(conversationReads)
    .values({ conversationId, userId, mailedUpTo: upTo })
    .onConflictDoUpdate({
      target: [conversationReads.conversationId, conversationReads.userId],
      set: { mailedUpTo: upTo },
    });
}
