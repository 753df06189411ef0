import { and, asc, eq, inArray, lte, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { savedSearches, savedSearchSent, webhookDeliveries } from './alerts.tables.js';

export type SavedSearchRow = typeof savedSearches.$inferSelect;
export type DeliveryRow = typeof webhookDeliveries.$inferSelect;
/** How a result was sent: by e-mail, by the webhook, or named as a new match in a digest. */
export type Channel = 'email' | 'webhook' | 'match';

export async function insertSavedSearch(db: DbOrTx, row: typeof savedSearches.$inferInsert): Promise<SavedSearchRow> {
  const [created] = await db.insert(savedSearches).values(row).returning();
  return created as SavedSearchRow;
}

/** Serialises one person's saves for the rest of the transaction (the limit is counted under it). */
export async function lockOwner(db: DbOrTx, userId: string): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`saved_searches:${userId}`}))`);
}

export async function countOfUser(db: DbOrTx, userId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(savedSearches)
    .where(eq(savedSearches.userId, userId));
  return row?.n ?? 0;
}

export function listOfUser(db: DbOrTx, userId: string): Promise<SavedSearchRow[]> {
  return db
    .select()
    .from(savedSearches)
    .where(eq(savedSearches.userId, userId))
    .orderBy(asc(savedSearches.createdAt), asc(savedSearches.id));
}

export async function findOwned(db: DbOrTx, userId: string, id: string): Promise<SavedSearchRow | null> {
  const [row] = await db
    .select()
    .from(savedSearches)
    .where(and(eq(savedSearches.id, id), eq(savedSearches.userId, userId)));
  return row ?? null;
}

export async function ownerOf(db: DbOrTx, id: string): Promise<string | null> {
  const [row] = await db.select({ userId: savedSearches.userId }).from(savedSearches).where(eq(savedSearches.id, id));
  return row?.userId ?? null;
}

export async function findByToken(
  db: DbOrTx,
  column: 'feedToken' | 'unsubscribeToken',
  token: string,
): Promise<SavedSearchRow | null> {
  const [row] = await db.select().from(savedSearches).where(eq(savedSearches[column], token));
  return row ?? null;
}

/** Applies a change made on `version`; null when the row changed meanwhile (or is gone). */
export async function updateAt(
  db: DbOrTx,
  id: string,
  version: number,
  change: Partial<typeof savedSearches.$inferInsert>,
): Promise<SavedSearchRow | null> {
  const [row] = await db
    .update(savedSearches)
    .set({ ...change, version: sql`${savedSearches.version} + 1` })
    .where(and(eq(savedSearches.id, id), eq(savedSearches.version, version)))
    .returning();
  return row ?? null;
}

export async function deleteOwned(db: DbOrTx, userId: string, id: string): Promise<boolean> {
  const rows = await db
    .delete(savedSearches)
    .where(and(eq(savedSearches.id, id), eq(savedSearches.userId, userId)))
    .returning({ id: savedSearches.id });
  return rows.length > 0;
}

/** Saved searches whose owners want each new result at once, a page in id order. */
export function immediateAfter(db: DbOrTx, afterId: string | null, limit: number): Promise<SavedSearchRow[]> {
  return db
    .select()
    .from(savedSearches)
    .where(and(eq(savedSearches.frequency, 'immediate'), afterId ? sql`${savedSearches.id} > ${afterId}` : undefined))
    .orderBy(asc(savedSearches.id))
    .limit(limit);
}

/** Saved searches whose webhook delivers, a page in id order. */
export function activeWebhooksAfter(db: DbOrTx, afterId: string | null, limit: number): Promise<SavedSearchRow[]> {
  return db
    .select()
    .from(savedSearches)
    .where(and(eq(savedSearches.webhookState, 'active'), afterId ? sql`${savedSearches.id} > ${afterId}` : undefined))
    .orderBy(asc(savedSearches.id))
    .limit(limit);
}

/** Digests due by `now`, a page. */
export function dueDigests(db: DbOrTx, now: Date, limit: number): Promise<SavedSearchRow[]> {
  return db
    .select()
    .from(savedSearches)
    .where(and(inArray(savedSearches.frequency, ['daily', 'weekly']), lte(savedSearches.nextDigestAt, now)))
    .orderBy(asc(savedSearches.nextDigestAt), asc(savedSearches.id))
    .limit(limit);
}

/**
 * Takes a due digest for this run: moves its next instant on, compare-and-set on the one read, so that
 * of two runs at once only one sends it.
 */
export async function claimDigest(db: DbOrTx, id: string, due: Date, next: Date): Promise<boolean> {
  const rows = await db
    .update(savedSearches)
    .set({ nextDigestAt: next })
    .where(and(eq(savedSearches.id, id), eq(savedSearches.nextDigestAt, due)))
    .returning({ id: savedSearches.id });
  return rows.length > 0;
}

/**
 * Records results as sent by a channel and answers those recorded now: a result already recorded (by an
 * earlier run, or a concurrent one, which this insert waits for) is left out.
 */
export async function recordSent(
  db: DbOrTx,
  savedSearchId: string,
  channel: Channel,
  opportunityIds: string[],
  now: Date,
): Promise<Set<string>> {
  if (opportunityIds.length === 0) return new Set();
  const rows = await db
    .insert(savedSearchSent)
    .values(opportunityIds.map((opportunityId) => ({ savedSearchId, opportunityId, channel, sentAt: now })))
    .onConflictDoNothing()
    .returning({ opportunityId: savedSearchSent.opportunityId });
  return new Set(rows.map((r) => r.opportunityId));
}

export async function insertDeliveries(db: DbOrTx, rows: (typeof webhookDeliveries.$inferInsert)[]): Promise<void> {
  if (rows.length > 0) await db.insert(webhookDeliveries).values(rows);
}

/**
 * Takes up to `limit` deliveries due by `now` for this run, each with its webhook: pushes their next
 * attempt to `leaseUntil`, so that a concurrent run skips them and a run that dies leaves them due again.
 */
export async function claimDueDeliveries(
  db: DbOrTx,
  now: Date,
  leaseUntil: Date,
  limit: number,
): Promise<(DeliveryRow & { url: string | null; secret: string | null })[]> {
  const claimed = await db
    .update(webhookDeliveries)
    .set({ nextAttemptAt: leaseUntil })
    .where(
      inArray(
        webhookDeliveries.id,
        sql`(select id from ${webhookDeliveries} where state = 'pending' and next_attempt_at <= ${now}
          order by next_attempt_at, id limit ${limit} for update skip locked)`,
      ),
    )
    .returning();
  if (claimed.length === 0) return [];
  const hooks = await db
    .select({ id: savedSearches.id, url: savedSearches.webhookUrl, secret: savedSearches.webhookSecret })
    .from(savedSearches)
    .where(
      inArray(
        savedSearches.id,
        claimed.map((d) => d.savedSearchId),
      ),
    );
  const hookOf = new Map(hooks.map((h) => [h.id, h]));
  return claimed.map((d) => ({
    ...d,
    url: hookOf.get(d.savedSearchId)?.url ?? null,
    secret: hookOf.get(d.savedSearchId)?.secret ?? null,
  }));
}

export async function markDelivered(db: DbOrTx, id: string, attempts: number): Promise<void> {
  await db
    .update(webhookDeliveries)
    .set({ state: 'delivered', attempts, lastError: null })
    .where(eq(webhookDeliveries.id, id));
}

export async function markRetry(db: DbOrTx, id: string, attempts: number, next: Date, error: string): Promise<void> {
  await db
    .update(webhookDeliveries)
    .set({ attempts, nextAttemptAt: next, lastError: error.slice(0, 500) })
    .where(eq(webhookDeliveries.id, id));
}

/** Drops a saved search's waiting deliveries (its webhook was turned off, changed or removed). */
export async function dropPending(db: DbOrTx, savedSearchId: string): Promise<void> {
  await db
    .update(webhookDeliveries)
    .set({ state: 'dropped' })
    .where(and(eq(webhookDeliveries.savedSearchId, savedSearchId), eq(webhookDeliveries.state, 'pending')));
}

/** A webhook's failures in a row, after one more (when it is still the same, active webhook). */
export async function countFailure(db: DbOrTx, id: string, url: string): Promise<SavedSearchRow | null> {
  const [row] = await db
    .update(savedSearches)
    .set({ webhookFailures: sql`${savedSearches.webhookFailures} + 1` })
    .where(and(eq(savedSearches.id, id), eq(savedSearches.webhookUrl, url), eq(savedSearches.webhookState, 'active')))
    .returning();
  return row ?? null;
}

export async function resetFailures(db: DbOrTx, id: string, url: string): Promise<void> {
  await db
    .update(savedSearches)
    .set({ webhookFailures: 0 })
    .where(and(eq(savedSearches.id, id), eq(savedSearches.webhookUrl, url)));
}

/** Turns an active webhook off; false when it was already off (another run did it). */
export async function disableWebhook(db: DbOrTx, id: string, now: Date): Promise<boolean> {
  const rows = await db
    .update(savedSearches)
    .set({ webhookState: 'disabled', updatedAt: now, version: sql`${savedSearches.version} + 1` })
    .where(and(eq(savedSearches.id, id), eq(savedSearches.webhookState, 'active')))
    .returning({ id: savedSearches.id });
  return rows.length > 0;
}
