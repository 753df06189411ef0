import { desc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.js';
import { eventOrganizers } from '../events.tables.js';

export type OrganizerRow = typeof eventOrganizers.$inferSelect;

export async function findOrganizer(db: DbOrTx, organizationId: string): Promise<OrganizerRow | undefined> {
  const [row] = await db.select().from(eventOrganizers).where(eq(eventOrganizers.organizationId, organizationId));
  return row;
}

export async function listOrganizers(db: DbOrTx): Promise<OrganizerRow[]> {
  return db.select().from(eventOrganizers).orderBy(desc(eventOrganizers.approvedAt));
}

/** Approves the organisation, or approves it again after a withdrawal. */
export async function approve(db: DbOrTx, row: typeof eventOrganizers.$inferInsert): Promise<OrganizerRow> {
  const [saved] = await db
    .insert(eventOrganizers)
    .values(row)
    .onConflictDoUpdate({
      target: eventOrganizers.organizationId,
      set: { approvedBy: row.approvedBy, approvedAt: row.approvedAt, revokedAt: null },
    })
    .returning();
  return saved as OrganizerRow;
}

export async function revoke(db: DbOrTx, organizationId: string, at: Date): Promise<OrganizerRow | undefined> {
  const [row] = await db
    .update(eventOrganizers)
    .set({ revokedAt: at })
    .where(eq(eventOrganizers.organizationId, organizationId))
    .returning();
  return row;
}
