import { and, asc, count, desc, eq, inArray, isNull, lt, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.js';
import { applicationDocuments, applicationMessages, statusApplications, statusHistory } from '../registry.tables.js';

export type ApplicationRow = typeof statusApplications.$inferSelect;
export type DocumentRow = typeof applicationDocuments.$inferSelect;
export type MessageRow = typeof applicationMessages.$inferSelect;
export type HistoryRow = typeof statusHistory.$inferSelect;

// applications

export async function insertApplication(db: DbOrTx, row: typeof statusApplications.$inferInsert): Promise<void> {
  await db.insert(statusApplications).values(row);
}

export async function findApplication(db: DbOrTx, id: string): Promise<ApplicationRow | undefined> {
  const [row] = await db.select().from(statusApplications).where(eq(statusApplications.id, id));
  return row;
}

export async function applicationsOfOrganization(db: DbOrTx, organizationId: string): Promise<ApplicationRow[]> {
  return db
    .select()
    .from(statusApplications)
    .where(eq(statusApplications.organizationId, organizationId))
    .orderBy(desc(statusApplications.createdAt));
}

export async function hasOpenApplication(db: DbOrTx, organizationId: string): Promise<boolean> {
  const [row] = await db
    .select({ n: count() })
    .from(statusApplications)
    .where(
      and(
        eq(statusApplications.organizationId, organizationId),
        inArray(statusApplications.state, ['draft', 'submitted', 'in_review', 'info_requested']),
      ),
    );
  return Number(row?.n ?? 0) > 0;
}

/**
 * Applies a change only if the application is still in the state and version the caller read;
 * returns the new row, or nothing when someone else changed it first.
 */
export async function compareAndSetApplication(
  db: DbOrTx,
  id: string,
  seen: { state: ApplicationRow['state']; version: number },
  patch: Partial<typeof statusApplications.$inferInsert>,
): Promise<ApplicationRow | undefined> {
  const [row] = await db
    .update(statusApplications)
    .set({ ...patch, version: seen.version + 1 })
    .where(
      and(
        eq(statusApplications.id, id),
        eq(statusApplications.state, seen.state),
        eq(statusApplications.version, seen.version),
      ),
    )
    .returning();
  return row;
}

export type QueueFilter = {
  jurisdictions: ('RU' | 'CN')[];
  states?: ApplicationRow['state'][];
  requestedStatus?: ApplicationRow['requestedStatus'];
  organizationIds?: string[];
  assignedTo?: string;
  overdueAt?: Date;
};

function queueConditions(filter: QueueFilter, withState = true) {
  return and(
    inArray(statusApplications.reviewerJurisdiction, filter.jurisdictions),
    // Drafts are the applicant's own until submitted.
    sql`${statusApplications.state} <> 'draft'`,
    withState && filter.states ? inArray(statusApplications.state, filter.states) : undefined,
    filter.requestedStatus ? eq(statusApplications.requestedStatus, filter.requestedStatus) : undefined,
    filter.organizationIds ? inArray(statusApplications.organizationId, filter.organizationIds) : undefined,
    filter.assignedTo ? eq(statusApplications.assignedOperatorId, filter.assignedTo) : undefined,
    filter.overdueAt
      ? and(
          inArray(statusApplications.state, ['submitted', 'in_review']),
          lt(statusApplications.deadlineAt, filter.overdueAt),
        )
      : undefined,
  );
}

/** The queue's keyset: the deadline (none sorts last), then the last change (newest first), then the id. */
export type QueueKey = { deadlineAt: string | null; updatedAt: string; id: string };
export const queueKeyOf = (row: ApplicationRow): QueueKey => ({
  deadlineAt: row.deadlineAt?.toISOString() ?? null,
  updatedAt: row.updatedAt.toISOString(),
  id: row.id,
});
const deadlineOrLast = sql`coalesce(${statusApplications.deadlineAt}, 'infinity'::timestamptz)`;

function afterKey(key: QueueKey) {
  const deadline = sql`${key.deadlineAt ?? 'infinity'}::timestamptz`;
  const updatedAt = sql`${key.updatedAt}::timestamptz`;
  return sql`(${deadlineOrLast} > ${deadline} or (${deadlineOrLast} = ${deadline} and (${statusApplications.updatedAt} < ${updatedAt} or (${statusApplications.updatedAt} = ${updatedAt} and ${statusApplications.id} > ${key.id}::uuid))))`;
}

/** The operators' queue, soonest deadline first (decided ones last, newest first), after a keyset. */
export async function queue(
  db: DbOrTx,
  filter: QueueFilter,
  after: QueueKey | null,
  limit: number,
): Promise<ApplicationRow[]> {
  return db
    .select()
    .from(statusApplications)
    .where(and(queueConditions(filter), after ? afterKey(after) : undefined))
    .orderBy(sql`${deadlineOrLast} asc`, desc(statusApplications.updatedAt), asc(statusApplications.id))
    .limit(limit);
}

export async function queueCounts(db: DbOrTx, filter: QueueFilter, now: Date) {
  const byState = await db
    .select({ state: statusApplications.state, n: count() })
    .from(statusApplications)
    .where(queueConditions(filter, false))
    .groupBy(statusApplications.state);
  const [overdue] = await db
    .select({ n: count() })
    .from(statusApplications)
    .where(queueConditions({ ...filter, states: undefined, overdueAt: now }, false));
  return { byState, overdue: Number(overdue?.n ?? 0) };
}

// documents

export async function insertDocument(db: DbOrTx, row: typeof applicationDocuments.$inferInsert): Promise<void> {
  await db.insert(applicationDocuments).values(row);
}

export async function currentDocuments(db: DbOrTx, applicationIds: string[]): Promise<DocumentRow[]> {
  if (applicationIds.length === 0) return [];
  return db
    .select()
    .from(applicationDocuments)
    .where(and(inArray(applicationDocuments.applicationId, applicationIds), isNull(applicationDocuments.removedAt)))
    .orderBy(asc(applicationDocuments.uploadedAt));
}

export async function findDocument(db: DbOrTx, applicationId: string, id: string): Promise<DocumentRow | undefined> {
  const [row] = await db
    .select()
    .from(applicationDocuments)
    .where(and(eq(applicationDocuments.id, id), eq(applicationDocuments.applicationId, applicationId)));
  return row;
}

/** Marks the current document(s) of a kind, or one document, as removed. */
export async function removeDocuments(
  db: DbOrTx,
  applicationId: string,
  which: { kind: string } | { id: string },
  at: Date,
): Promise<number> {
  const rows = await db
    .update(applicationDocuments)
    .set({ removedAt: at })
    .where(
      and(
        eq(applicationDocuments.applicationId, applicationId),
        isNull(applicationDocuments.removedAt),
        'kind' in which ? eq(applicationDocuments.kind, which.kind) : eq(applicationDocuments.id, which.id),
      ),
    )
    .returning({ id: applicationDocuments.id });
  return rows.length;
}

// messages and history

export async function insertMessage(db: DbOrTx, row: typeof applicationMessages.$inferInsert): Promise<void> {
  await db.insert(applicationMessages).values(row);
}

export async function messagesOf(db: DbOrTx, applicationIds: string[]): Promise<MessageRow[]> {
  if (applicationIds.length === 0) return [];
  return db
    .select()
    .from(applicationMessages)
    .where(inArray(applicationMessages.applicationId, applicationIds))
    .orderBy(asc(applicationMessages.createdAt));
}

export async function insertHistory(db: DbOrTx, row: typeof statusHistory.$inferInsert): Promise<void> {
  await db.insert(statusHistory).values(row);
}

export async function historyOf(db: DbOrTx, organizationId: string): Promise<HistoryRow[]> {
  return db
    .select()
    .from(statusHistory)
    .where(eq(statusHistory.organizationId, organizationId))
    .orderBy(desc(statusHistory.at), desc(statusHistory.id));
}
