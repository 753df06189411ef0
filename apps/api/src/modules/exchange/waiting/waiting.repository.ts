import { and, asc, desc, eq, gt, inArray, isNotNull, isNull, max, notInArray, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.js';
import {
  conversationMessages,
  conversationReads,
  conversations,
  interests,
  opportunities,
} from '../exchange.tables.js';

// What waits for someone in the exchange, counted and listed in one statement each: the total comes
// from a window over the rows before the limit, so a count costs no second statement.

const total = sql<number>`(count(*) over ())::int`;

/** Expressions of interest received by the organisations and not answered yet, the oldest first. */
export async function interestsAwaitingAnswer(db: DbOrTx, organizationIds: string[], limit: number) {
  if (organizationIds.length === 0) return [];
  return db
    .select({
      id: interests.id,
      opportunityId: interests.opportunityId,
      opportunityTitle: opportunities.title,
      toOrganizationId: interests.toOrganizationId,
      fromOrganizationId: interests.fromOrganizationId,
      createdAt: interests.createdAt,
      total,
    })
    .from(interests)
    .innerJoin(opportunities, eq(opportunities.id, interests.opportunityId))
    .where(and(inArray(interests.toOrganizationId, organizationIds), eq(interests.state, 'pending')))
    .orderBy(asc(interests.createdAt), asc(interests.id))
    .limit(limit);
}

/** Drafts the moderator sent back with a comment (a submission clears it), the latest first. */
export async function returnedOpportunities(db: DbOrTx, organizationIds: string[], limit: number) {
  if (organizationIds.length === 0) return [];
  return db
    .select({
      id: opportunities.id,
      organizationId: opportunities.organizationId,
      title: opportunities.title,
      comment: opportunities.moderationComment,
      updatedAt: opportunities.updatedAt,
      total,
    })
    .from(opportunities)
    .where(
      and(
        inArray(opportunities.organizationId, organizationIds),
        eq(opportunities.state, 'draft'),
        isNotNull(opportunities.moderationComment),
      ),
    )
    .orderBy(desc(opportunities.updatedAt), asc(opportunities.id))
    .limit(limit);
}

/**
 * The organisations' conversations holding messages of the other side the reader has not read, the
 * latest news first, with how many each holds and how many in all.
 */
export async function unreadConversations(db: DbOrTx, userId: string, organizationIds: string[], limit: number) {
  if (organizationIds.length === 0) return [];
  const unread = sql<number>`count(${conversationMessages.id})::int`;
  return db
    .select({
      id: conversations.id,
      ownerOrganizationId: conversations.ownerOrganizationId,
      interestedOrganizationId: conversations.interestedOrganizationId,
      lastMessageAt: max(conversationMessages.createdAt),
      unread,
      total,
      totalUnread: sql<number>`(sum(count(${conversationMessages.id})) over ())::int`,
    })
    .from(conversations)
    .innerJoin(conversationMessages, eq(conversationMessages.conversationId, conversations.id))
    .leftJoin(
      conversationReads,
      and(eq(conversationReads.conversationId, conversations.id), eq(conversationReads.userId, userId)),
    )
    .where(
      and(
        or(
          inArray(conversations.ownerOrganizationId, organizationIds),
          inArray(conversations.interestedOrganizationId, organizationIds),
        ),
        notInArray(conversationMessages.organizationId, organizationIds),
        or(isNull(conversationReads.readUpTo), gt(conversationMessages.createdAt, conversationReads.readUpTo)),
      ),
    )
    .groupBy(conversations.id)
    .orderBy(desc(max(conversationMessages.createdAt)), asc(conversations.id))
    .limit(limit);
}

/** Opportunities waiting for moderation in the jurisdictions, the longest waiting first. */
export async function moderationWaiting(db: DbOrTx, jurisdictions: string[], limit: number) {
  if (jurisdictions.length === 0) return [];
  return db
    .select({
      id: opportunities.id,
      organizationId: opportunities.organizationId,
      title: opportunities.title,
      submittedAt: opportunities.updatedAt,
      total,
    })
    .from(opportunities)
    .where(
      and(
        eq(opportunities.state, 'submitted'),
        inArray(opportunities.jurisdiction, jurisdictions as ('RU' | 'CN' | 'OTHER')[]),
      ),
    )
    .orderBy(asc(opportunities.updatedAt), asc(opportunities.id))
    .limit(limit);
}
