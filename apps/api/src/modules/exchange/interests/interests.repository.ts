import { and, desc, eq, inArray, or } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.js';
import { interests } from '../exchange.tables.js';

export type InterestRow = typeof interests.$inferSelect;

/** Inserts unless this organisation already expressed interest in this opportunity; the row either way. */
export async function insertInterestOnce(
  db: DbOrTx,
  row: typeof interests.$inferInsert,
): Promise<{ row: InterestRow; created: boolean }> {
  const [inserted] = await db.insert(interests).values(row).onConflictDoNothing().returning();
  if (inserted) return { row: inserted, created: true };
  const [existing] = await db
    .select()
    .from(interests)
    .where(
      and(eq(interests.opportunityId, row.opportunityId), eq(interests.fromOrganizationId, row.fromOrganizationId)),
    );
  return { row: existing as InterestRow, created: false };
}

export async function findInterest(db: DbOrTx, id: string): Promise<InterestRow | undefined> {
  const [row] = await db.select().from(interests).where(eq(interests.id, id));
  return row;
}

/** Many interests in one query (those of a page of conversations). */
export async function findInterests(db: DbOrTx, ids: string[]): Promise<InterestRow[]> {
  if (ids.length === 0) return [];
  return db.select().from(interests).where(inArray(interests.id, ids));
}

/** Applies a change only if the interest is still in the version the caller read. */
export async function compareAndSetInterest(
  db: DbOrTx,
  id: string,
  seen: { version: number },
  patch: Partial<typeof interests.$inferInsert>,
): Promise<InterestRow | undefined> {
  const [row] = await db
    .update(interests)
    .set({ ...patch, version: seen.version + 1 })
    .where(and(eq(interests.id, id), eq(interests.version, seen.version)))
    .returning();
  return row;
}

export async function interestsOfOrganization(
  db: DbOrTx,
  organizationId: string,
  box: 'received' | 'sent',
  state?: InterestRow['state'],
): Promise<InterestRow[]> {
  const side = box === 'received' ? interests.toOrganizationId : interests.fromOrganizationId;
  return db
    .select()
    .from(interests)
    .where(and(eq(side, organizationId), state ? eq(interests.state, state) : undefined))
    .orderBy(desc(interests.createdAt))
    .limit(500);
}

/** On one opportunity: everything received by its owner, or what the given organisations sent. */
export async function interestsOnOpportunity(
  db: DbOrTx,
  opportunityId: string,
  organizationIds: string[],
): Promise<InterestRow[]> {
  if (organizationIds.length === 0) return [];
  return db
    .select()
    .from(interests)
    .where(
      and(
        eq(interests.opportunityId, opportunityId),
        or(
          inArray(interests.toOrganizationId, organizationIds),
          inArray(interests.fromOrganizationId, organizationIds),
        ),
      ),
    )
    .orderBy(desc(interests.createdAt));
}
