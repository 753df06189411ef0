import { createHash, createHmac } from 'node:crypto';
import type { AppContext } from '../../app-context.js';
import type { Config } from '../../config.js';
import type { DbOrTx } from '../../db/client.js';
import type { Clock } from '../../lib/clock.js';
import { toPage } from '../../lib/pagination.js';
import { requestSignIn } from '../../lib/request-context.js';
import {
  type Anchor,
  type AnchorStore,
  anchorIsGenuine,
  anchorStores,
  readAnchors,
  signAnchor,
} from './audit.anchors.js';
import * as repo from './audit.repository.js';

export type AuditEntryInput = {
  actorUserId: string | null;
  action: string;
  subjectType: string;
  subjectId: string;
  /** What changed, without secrets: field names and new values, never passwords or tokens. */
  summary?: Record<string, unknown>;
  /**
   * How the actor was signed in. By default, that of the current request when its signed-in user is
   * the actor; null otherwise (an anonymous request, a job).
   */
  via?: 'session' | 'token' | null;
};

export const GENESIS_HASH = '0'.repeat(64);
/** Entries written before the chain was keyed carry version 1 (SHA-256); every new one version 2 (HMAC). */
export const KEYED_VERSION = 2;

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

/**
 * The hash of an entry over its content and the previous entry's hash: a SHA-256 for version 1, an
 * HMAC-SHA-256 with the audit key (which also covers `via` and the version) for version 2.
 */
export function entryHash(row: Omit<repo.AuditRow, 'hash'>, key: Buffer): string {
  const content = {
    seq: row.seq,
    at: row.at.toISOString(),
    actorUserId: row.actorUserId,
    action: row.action,
    subjectType: row.subjectType,
    subjectId: row.subjectId,
    summary: row.summary,
  };
  if (row.version === 1) {
    return createHash('sha256').update(row.prevHash).update('\n').update(canonicalJson(content)).digest('hex');
  }
  return createHmac('sha256', key)
    .update(row.prevHash)
    .update('\n')
    .update(canonicalJson({ ...content, via: row.via, version: row.version }))
    .digest('hex');
}

// One installation, one key: set once by buildApp from the configuration (ADR 0017), so that the
// services that record changes need not carry it.
let activeKey: Buffer | null = null;

export function useAuditKey(key: Buffer): void {
  activeKey = key;
}

function currentKey(): Buffer {
  if (!activeKey) throw new Error('the audit key is not set (buildApp sets it from the configuration)');
  return activeKey;
}

/** Appends one entry to the chain, inside the caller's transaction (so it exists iff the change does). */
export async function recordAudit(tx: DbOrTx, clock: Clock, input: AuditEntryInput): Promise<void> {
  const key = currentKey();
  await repo.lockChain(tx);
  const last = await repo.lastEntry(tx);
  const signIn = requestSignIn();
  const via = input.via !== undefined ? input.via : signIn && signIn.userId === input.actorUserId ? signIn.via : null;
  const row = {
    seq: (last?.seq ?? 0) + 1,
    at: clock.now(),
    actorUserId: input.actorUserId,
    via,
    action: input.action,
    subjectType: input.subjectType,
    subjectId: input.subjectId,
    summary: input.summary ?? {},
    prevHash: last?.hash ?? GENESIS_HASH,
    version: KEYED_VERSION,
  };
  await repo.insertEntry(tx, { ...row, hash: entryHash(row, key) });
}

/**
 * Records what is not part of a change, so has no transaction to join: a download, a failed sign-in,
 * a lockout, a refused request. It gets a transaction of its own.
 */
export async function recordEvent(ctx: Pick<AppContext, 'db' | 'clock'>, input: AuditEntryInput): Promise<void> {
  await ctx.db.transaction((tx) => recordAudit(tx, ctx.clock, input));
}

/** At most this many refused requests per address and window reach the log: enough to see an attack, not enough to flood it. */
const REFUSALS_PER_ADDRESS = 20;
const REFUSAL_WINDOW_MS = 15 * 60_000;

/** A request refused by the same-origin (CSRF) check. */
export async function recordRefusedRequest(
  ctx: Pick<AppContext, 'db' | 'clock' | 'counters'>,
  input: { reason: 'csrf_failed'; ip: string; method: string; path: string; origin: string | null },
): Promise<void> {
  const { count } = await ctx.counters.increment(`audit:refused:${input.ip}`, REFUSAL_WINDOW_MS);
  if (count > REFUSALS_PER_ADDRESS) return;
  await recordEvent(ctx, {
    actorUserId: null,
    via: null,
    action: 'request.refused',
    subjectType: 'address',
    subjectId: input.ip,
    summary: {
      reason: input.reason,
      method: input.method,
      path: input.path.slice(0, 200),
      origin: input.origin?.slice(0, 200) ?? null,
    },
  });
}

/**
 * What went wrong, named: an entry changed (its hash, HMAC or link fails), an entry missing from the
 * middle, entries removed from the end (an anchor vouches for an entry that is gone), the chain
 * rewritten with its hashes recomputed (an anchor's hash differs from the entry's), or an anchor that
 * does not carry the key's signature.
 */
export type ChainBreak =
  | { kind: 'altered'; seq: number }
  | { kind: 'missing'; seq: number }
  | { kind: 'truncated'; afterSeq: number; anchoredSeq: number }
  | { kind: 'rewritten'; seq: number }
  | { kind: 'anchor_invalid'; seq: number | null };

export type ChainVerification = {
  ok: boolean;
  /** Entries whose hash and link hold, from the first. */
  checked: number;
  firstBrokenSeq: number | null;
  break: ChainBreak | null;
  /** The newest entry's sequence number (0 for an empty log). */
  lastSeq: number;
  anchors: { count: number; last: Omit<Anchor, 'mac'> | null };
};

/**
 * Walks the whole chain (each entry's hash, or HMAC with the key, and its link to the one before),
 * then checks it against the anchors: that each is genuine, that the entry it vouches for is still
 * there, and that it still has the hash it had then.
 */
export async function verifyChain(
  db: DbOrTx,
  key: Buffer,
  stored: { anchors: Anchor[]; unreadable: number } = { anchors: [], unreadable: 0 },
): Promise<ChainVerification> {
  const genuine = stored.anchors.filter((a) => anchorIsGenuine(key, a));
  const lastAnchor = genuine.at(-1);
  const anchors = {
    count: genuine.length,
    last: lastAnchor ? { seq: lastAnchor.seq, hash: lastAnchor.hash, at: lastAnchor.at } : null,
  };
  const anchoredSeqs = new Set(genuine.map((a) => a.seq));
  const hashAt = new Map<number, string>();

  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  let checked = 0;
  let keyedSeen = false;
  let chainBreak: ChainBreak | null = null;
  walk: for (;;) {
    const batch = await repo.entriesAfter(db, expectedSeq - 1, 1000);
    if (batch.length === 0) break;
    for (const row of batch) {
      if (row.seq !== expectedSeq) {
        // A gap in the sequence means a row was removed.
        chainBreak = { kind: 'missing', seq: expectedSeq };
        break walk;
      }
      // Once entries are keyed, an unkeyed one after them is a forgery made without the key.
      const downgraded = keyedSeen && row.version < KEYED_VERSION;
      if (downgraded || row.prevHash !== prevHash || entryHash(row, key) !== row.hash) {
        chainBreak = { kind: 'altered', seq: row.seq };
        break walk;
      }
      keyedSeen ||= row.version >= KEYED_VERSION;
      if (anchoredSeqs.has(row.seq)) hashAt.set(row.seq, row.hash);
      prevHash = row.hash;
      expectedSeq += 1;
      checked += 1;
    }
  }
  const lastSeq = chainBreak ? ((await repo.lastEntry(db))?.seq ?? 0) : checked;
  const result = (found: ChainBreak | null, firstBrokenSeq: number | null): ChainVerification => ({
    ok: !found,
    checked,
    firstBrokenSeq,
    break: found,
    lastSeq,
    anchors,
  });
  if (chainBreak) return result(chainBreak, chainBreak.seq);

  // The earliest anchor that no longer matches bounds where the rewriting began.
  const rewritten = genuine.find((a) => a.seq <= lastSeq && hashAt.get(a.seq) !== a.hash);
  if (rewritten) return result({ kind: 'rewritten', seq: rewritten.seq }, rewritten.seq);
  const beyond = genuine.filter((a) => a.seq > lastSeq).at(-1);
  if (beyond) return result({ kind: 'truncated', afterSeq: lastSeq, anchoredSeq: beyond.seq }, lastSeq + 1);
  // An anchor changed or made up without the key: the anchors themselves were tampered with.
  if (genuine.length < stored.anchors.length || stored.unreadable > 0) {
    const forged = stored.anchors.find((a) => !anchorIsGenuine(key, a));
    return result({ kind: 'anchor_invalid', seq: forged?.seq ?? null }, null);
  }
  return result(null, null);
}

/** The chain checked with a key against the anchors of a configuration. */
export async function verifyStoredChain(db: DbOrTx, config: Config, key: Buffer): Promise<ChainVerification> {
  return verifyChain(db, key, await readAnchors(anchorStores(config)));
}

/** The chain checked against the anchors of this installation. */
export const verifyAudit = (ctx: Pick<AppContext, 'db' | 'config'>) =>
  verifyStoredChain(ctx.db, ctx.config, currentKey());

/**
 * Writes an anchor of the chain's head to every store, unless the newest anchor of the first store
 * already vouches for it. Returns the newest anchor (null while the log is empty).
 */
export async function writeAnchor(
  ctx: Pick<AppContext, 'db' | 'clock' | 'config'>,
  stores: AnchorStore[] = anchorStores(ctx.config),
): Promise<Anchor | null> {
  const key = currentKey();
  const head = await repo.lastEntry(ctx.db);
  if (!head) return null;
  const [first] = stores;
  const previous = first ? (await first.readAll()).anchors.filter((a) => anchorIsGenuine(key, a)).at(-1) : undefined;
  if (previous && previous.seq === head.seq && previous.hash === head.hash) return previous;
  const anchor = signAnchor(key, head, ctx.clock.now());
  for (const store of stores) await store.append(anchor);
  return anchor;
}

export async function listAudit(db: DbOrTx, beforeSeq: number | null, limit: number) {
  const rows = await repo.entriesBefore(db, beforeSeq, limit + 1);
  return toPage(rows, limit, (r) => [r.seq]);
}
