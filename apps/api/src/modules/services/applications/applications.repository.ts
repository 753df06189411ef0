import { and, asc, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.js';
import { serviceApplications, serviceRatings, services } from '../services.tables.js';

// The only SQL of applications, their budget reservations and ratings; no rules here.

export type ApplicationRow = typeof serviceApplications.$inferSelect;
export type RatingRow = typeof serviceRatings.$inferSelect;

export async function insertApplication(
  db: DbOrTx,
  row: typeof serviceApplications.$inferInsert,
): Promise<ApplicationRow> {
  const [created] = await db.insert(serviceApplications).values(row).returning();
  return created as ApplicationRow;
}

export async function findApplication(db: DbOrTx, id: string): Promise<ApplicationRow | undefined> {
  const [row] = await db.select().from(serviceApplications).where(eq(serviceApplications.id, id));
  return row;
}

/** Writes only if the application is still at the version seen. */
export async function compareAndSet(
  db: DbOrTx,
  seen: ApplicationRow,
  changes: Partial<ApplicationRow>,
): Promise<ApplicationRow | undefined> {
  const [row] = await db
    .update(serviceApplications)
    .set({ ...changes, version: sql`${serviceApplications.version} + 1` })
    .where(and(eq(serviceApplications.id, seen.id), eq(serviceApplications.version, seen.version)))
    .returning();
  return row;
}

export function applicationsOfService(db: DbOrTx, serviceId: string): Promise<ApplicationRow[]> {
  return db
    .select()
    .from(serviceApplications)
    .where(eq(serviceApplications.serviceId, serviceId))
    .orderBy(asc(serviceApplications.deadlineAt), asc(serviceApplications.createdAt));
}

/**
 * Reserves an amount of a grant's budget in one conditional UPDATE: of approvals at the same instant,
 * only those whose sum fits the budget succeed (the row lock orders them). False when it does not fit.
 */
export async function reserve(db: DbOrTx, serviceId: string, amount: number): Promise<boolean> {
  const rows = await db
    .update(services)
    .set({ reserved: sql`${services.reserved} + ${amount}` })
    .where(
      and(
        eq(services.id, serviceId),
        sql`(${services.budgetAmount} is null or ${services.reserved} + ${amount} <= ${services.budgetAmount})`,
      ),
    )
    .returning({ id: services.id });
  return rows.length > 0;
}

export async function insertRating(db: DbOrTx, row: typeof serviceRatings.$inferInsert): Promise<boolean> {
  const rows = await db.insert(serviceRatings).values(row).onConflictDoNothing().returning();
  return rows.length > 0;
}

export async function ratingsOfApplications(db: DbOrTx, ids: string[]): Promise<Map<string, RatingRow>> {
  if (ids.length === 0) return new Map();
  const rows = await db.select().from(serviceRatings).where(sql`${serviceRatings.applicationId} in ${ids}`);
  return new Map(rows.map((r) => [r.applicationId, r]));
}
