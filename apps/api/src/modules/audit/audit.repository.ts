import { asc, desc, gt, lt, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { auditLog } from './audit.tables.js';

export type AuditRow = typeof auditLog.$inferSelect;

/** Serialises writers of the chain for the rest of the transaction. */
export async function lockChain(tx: DbOrTx): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(7261001)`);
}

export async function lastEntry(tx: DbOrTx): Promise<AuditRow | undefined> {
  const [row] = await tx.select().from(auditLog).orderBy(desc(auditLog.seq)).limit(1);
  return row;
}

export async function insertEntry(tx: DbOrTx, row: AuditRow): Promise<void> {
  await tx.insert(auditLog).values(row);
}

/** Entries in chain order, a batch at a time, after the given sequence number. */
export async function entriesAfter(db: DbOrTx, afterSeq: number, limit: number): Promise<AuditRow[]> {
  return db.select().from(auditLog).where(gt(auditLog.seq, afterSeq)).orderBy(asc(auditLog.seq)).limit(limit);
}

/** Newest first, for reading. */
export async function entriesBefore(db: DbOrTx, beforeSeq: number | null, limit: number): Promise<AuditRow[]> {
  return db
    .select()
    .from(auditLog)
    .where(beforeSeq === null ? undefined : lt(auditLog.seq, beforeSeq))
    .orderBy(desc(auditLog.seq))
    .limit(limit);
}
