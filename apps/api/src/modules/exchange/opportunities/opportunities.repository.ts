import { and, asc, desc, eq, inArray, isNull, lt, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.js';
import { opportunities } from '../exchange.tables.js';

export type OpportunityRow = typeof opportunities.$inferSelect;

export async function insertOpportunity(db: DbOrTx, row: typeof opportunities.$inferInsert): Promise<void> {
  await db.insert(opportunities).values(row);
}

export async function findOpportunity(db: DbOrTx, id: string): Promise<OpportunityRow | undefined> {
  const [row] = await db.select().from(opportunities).where(eq(opportunities.id, id));
  return row;
}

export async function findOpportunities(db: DbOrTx, ids: string[]): Promise<OpportunityRow[]> {
  if (ids.length === 0) return [];
  return db.select().from(opportunities).where(inArray(opportunities.id, ids));
}

/** Applies a change only if the opportunity is still in the state and version the caller read. */
export async function compareAndSet(
  db: DbOrTx,
  id: string,
  seen: { state: OpportunityRow['state']; version: number },
  patch: Partial<typeof opportunities.$inferInsert>,
): Promise<OpportunityRow | undefined> {
  const [row] = await db
    .update(opportunities)
    .set({ ...patch, version: seen.version + 1 })
    .where(and(eq(opportunities.id, id), eq(opportunities.state, seen.state), eq(opportunities.version, seen.version)))
    .returning();
  return row;
}

export async function ofOrganizations(db: DbOrTx, organizationIds: string[]): Promise<OpportunityRow[]> {
  if (organizationIds.length === 0) return [];
  return db
    .select()
    .from(opportunities)
    .where(inArray(opportunities.organizationId, organizationIds))
    .orderBy(desc(opportunities.updatedAt));
}

/** The opportunities the exchange shows of these organisations: published and not withheld, newest first. */
export async function publishedOfOrganizations(db: DbOrTx, organizationIds: string[]): Promise<OpportunityRow[]> {
  if (organizationIds.length === 0) return [];
  return db
    .select()
    .from(opportunities)
    .where(
      and(
        inArray(opportunities.organizationId, organizationIds),
        eq(opportunities.state, 'published'),
        eq(opportunities.withheld, false),
      ),
    )
    .orderBy(desc(opportunities.publishedAt), desc(opportunities.id));
}

/**
 * Withholds every opportunity of the organisation, or shows them again (ADR 0014); returns how many
 * changed. Their state, and so their place in the owner's lifecycle, is left as it was.
 */
export async function setWithheld(db: DbOrTx, organizationId: string, withheld: boolean): Promise<string[]> {
  const rows = await db
    .update(opportunities)
    .set({ withheld })
    .where(and(eq(opportunities.organizationId, organizationId), eq(opportunities.withheld, !withheld)))
    .returning({ id: opportunities.id, state: opportunities.state });
  return rows.filter((r) => r.state === 'published').map((r) => r.id);
}

/** Opportunities changed after the keyset `(updated_at, id)`, oldest first. */
export async function changedSince(
  db: DbOrTx,
  after: { at: Date; id: string } | null,
  limit: number,
): Promise<{ id: string; updatedAt: Date }[]> {
  return db
    .select({ id: opportunities.id, updatedAt: opportunities.updatedAt })
    .from(opportunities)
    .where(
      after
        ? sql`(${opportunities.updatedAt}, ${opportunities.id}) > (${after.at.toISOString()}::timestamptz, ${after.id}::uuid)`
        : undefined,
    )
    .orderBy(asc(opportunities.updatedAt), asc(opportunities.id))
    .limit(limit);
}

/** Submitted opportunities, the longest waiting first, after the keyset `(updated_at, id)` of the last row read. */
export async function moderationQueue(
  db: DbOrTx,
  jurisdictions: string[],
  after: { createdAt: Date; id: string } | null,
  limit: number,
): Promise<OpportunityRow[]> {
  return db
    .select()
    .from(opportunities)
    .where(
      and(
        eq(opportunities.state, 'submitted'),
        inArray(opportunities.jurisdiction, jurisdictions as 'RU'[]),
        after
          ? sql`(${opportunities.updatedAt}, ${opportunities.id}) > (${after.createdAt.toISOString()}::timestamptz, ${after.id}::uuid)`
          : undefined,
      ),
    )
    .orderBy(asc(opportunities.updatedAt), asc(opportunities.id))
    .limit(limit);
}

/** Published opportunities whose time is up. */
export async function dueForExpiry(db: DbOrTx, now: Date): Promise<OpportunityRow[]> {
  return db
    .select()
    .from(opportunities)
    .where(and(eq(opportunities.state, 'published'), lt(opportunities.expiresAt, now)))
    .limit(500);
}

/** Published opportunities expiring before `before` whose owners have not been reminded yet. */
export async function dueForReminder(db: DbOrTx, before: Date): Promise<OpportunityRow[]> {
  return db
    .select()
    .from(opportunities)
    .where(
      and(
        eq(opportunities.state, 'published'),
        lt(opportunities.expiresAt, before),
        isNull(opportunities.expiryReminderSentAt),
      ),
    )
    .limit(500);
}

/** Opportunities whose Chinese search text is still one line (saved before migration 0011). */
export async function rowsWithOneLineChineseText(db: DbOrTx, limit: number) {
  return db
    .select({
      id: opportunities.id,
      title: opportunities.title,
      summary: opportunities.summary,
      description: opportunities.description,
      searchZh: opportunities.searchZh,
    })
    .from(opportunities)
    .where(sql`strpos(${opportunities.searchZh}, E'\n') = 0`)
    .limit(limit);
}

/** Replaces the Chinese search text if it is still `from`: a save made meanwhile wins. */
export async function replaceChineseSearchText(db: DbOrTx, id: string, from: string, to: string): Promise<void> {
  await db
    .update(opportunities)
    .set({ searchZh: to })
    .where(and(eq(opportunities.id, id), eq(opportunities.searchZh, from)));
}
