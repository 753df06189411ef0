import type { LocalizedText } from '@innobridge/contracts';
import type { AppContext } from '../../../app-context.js';
import { type Actor, isAdmin, operatorJurisdictions } from '../../../lib/actor.js';
import * as repo from './waiting.repository.js';

// What waits for someone in the exchange, for the dashboard: a count and the first few of each kind,
// one statement each whatever the counts. Organisations are named by ids; the caller names them in
// one batch with the rest of its page.

type Ctx = AppContext;

/** How many wait in all, and the first `limit` of them. */
export type Waiting<T> = { count: number; items: T[] };

const waiting = <R extends { total: number }, T>(rows: R[], item: (row: R) => T): Waiting<T> => ({
  count: rows[0]?.total ?? 0,
  items: rows.map(item),
});

export async function interestsAwaitingAnswer(
  ctx: Ctx,
  organizationIds: string[],
  limit: number,
): Promise<
  Waiting<{
    id: string;
    opportunityId: string;
    opportunityTitle: LocalizedText;
    toOrganizationId: string;
    fromOrganizationId: string;
    createdAt: Date;
  }>
> {
  const rows = await repo.interestsAwaitingAnswer(ctx.db, organizationIds, limit);
  return waiting(rows, ({ total: _, ...item }) => item);
}

export async function returnedOpportunities(
  ctx: Ctx,
  organizationIds: string[],
  limit: number,
): Promise<Waiting<{ id: string; organizationId: string; title: LocalizedText; comment: string; returnedAt: Date }>> {
  const rows = await repo.returnedOpportunities(ctx.db, organizationIds, limit);
  return waiting(rows, (r) => ({
    id: r.id,
    organizationId: r.organizationId,
    title: r.title,
    comment: r.comment ?? '',
    returnedAt: r.updatedAt,
  }));
}

/** Conversations with messages the reader has not read, and how many such messages in all. */
export async function unreadConversations(
  ctx: Ctx,
  userId: string,
  organizationIds: string[],
  limit: number,
): Promise<
  Waiting<{ id: string; otherOrganizationId: string; unread: number; lastMessageAt: Date | null }> & {
    unreadMessages: number;
  }
> {
  const rows = await repo.unreadConversations(ctx.db, userId, organizationIds, limit);
  return {
    ...waiting(rows, (r) => ({
      id: r.id,
      // A person in both organisations reads it as the owner's side.
      otherOrganizationId: organizationIds.includes(r.ownerOrganizationId)
        ? r.interestedOrganizationId
        : r.ownerOrganizationId,
      unread: r.unread,
      lastMessageAt: r.lastMessageAt,
    })),
    unreadMessages: rows[0]?.totalUnread ?? 0,
  };
}

/**
 * Opportunities waiting for the actor's moderation — their jurisdictions' and those of organisations
 * from elsewhere, as the moderation queue shows them — the longest waiting first; null for anyone
 * who moderates nothing.
 */
export async function moderationWaiting(
  ctx: Ctx,
  actor: Actor,
  limit: number,
): Promise<Waiting<{ id: string; organizationId: string; title: LocalizedText; submittedAt: Date }> | null> {
  const own = isAdmin(actor) ? ['RU', 'CN'] : operatorJurisdictions(actor);
  if (own.length === 0) return null;
  const rows = await repo.moderationWaiting(ctx.db, [...own, 'OTHER'], limit);
  return waiting(rows, ({ total: _, ...item }) => item);
}
