import { createHash } from 'node:crypto';
import type { DbOrTx } from '../../db/client.js';
import type { Clock } from '../../lib/clock.js';
import { toPage } from '../../lib/pagination.js';
import * as repo from './audit.repository.js';

export type AuditEntryInput = {
  actorUserId: string | null;
  action: string;
  subjectType: string;
  subjectId: string;
  /** What changed, without secrets: field names and new values, never passwords or tokens. */
  summary?: Record<string, unknown>;
};

export const GENESIS_HASH = '0'.repeat(64);

/** JSON with keys sorted at every level, so the hash does not depend on how jsonb reorders them. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

export function entryHash(row: Omit<repo.AuditRow, 'hash'>): string {
  const content = canonicalJson({
    seq: row.seq,
    at: row.at.toISOString(),
    actorUserId: row.actorUserId,
    action: row.action,
    subjectType: row.subjectType,
    subjectId: row.subjectId,
    summary: row.summary,
  });
  return createHash('sha256').update(row.prevHash).update('\n').update(content).digest('hex');
}

/** Appends one entry to the chain, inside the caller's transaction (so it exists iff the change does). */
export async function recordAudit(tx: DbOrTx, clock: Clock, input: AuditEntryInput): Promise<void> {
  await repo.lockChain(tx);
  const last = await repo.lastEntry(tx);
  const row = {
    seq: (last?.seq ?? 0) + 1,
    at: clock.now(),
    actorUserId: input.actorUserId,
    action: input.action,
    subjectType: input.subjectType,
    subjectId: input.subjectId,
    summary: input.summary ?? {},
    prevHash: last?.hash ?? GENESIS_HASH,
  };
  await repo.insertEntry(tx, { ...row, hash: entryHash(row) });
}

export type ChainVerification = { ok: boolean; checked: number; firstBrokenSeq: number | null };

/** Walks the whole chain and reports the first entry whose hash or link does not hold. */
export async function verifyChain(db: DbOrTx): Promise<ChainVerification> {
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  let checked = 0;
  for (;;) {
    const batch = await repo.entriesAfter(db, expectedSeq - 1, 1000);
    if (batch.length === 0) return { ok: true, checked, firstBrokenSeq: null };
    for (const row of batch) {
      // A gap in the sequence means a row was removed.
      if (row.seq !== expectedSeq || row.prevHash !== prevHash || entryHash(row) !== row.hash) {
        return { ok: false, checked, firstBrokenSeq: Math.min(row.seq, expectedSeq) };
      }
      prevHash = row.hash;
      expectedSeq += 1;
      checked += 1;
    }
  }
}

export async function listAudit(db: DbOrTx, beforeSeq: number | null, limit: number) {
  const rows = await repo.entriesBefore(db, beforeSeq, limit + 1);
  return toPage(rows, limit, (r) => [r.seq]);
}
