import type { AppContext } from '../../../app-context.js';
import type { Frequencies } from '../concepts/index.js';
import * as repo from './proposals.repository.js';

/**
 * The document frequencies the scores weigh concepts by: counted in `match_frequencies` in the
 * transaction of each change, and read by each process into memory, again after `TTL_MS` (a little
 * staleness changes weights, not which opportunities are candidates).
 */
const TTL_MS = 10 * 60_000;

type Cached = { counts: Map<string, number>; loadedAt: number };
const cache = new WeakMap<AppContext, Cached>();

async function counts(ctx: AppContext): Promise<Map<string, number>> {
  const now = Date.now();
  let cached = cache.get(ctx);
  if (!cached || now - cached.loadedAt > TTL_MS) {
    const rows = await repo.allFrequencies(ctx.db);
    cached = { counts: new Map(rows.map((r) => [r.key, r.df])), loadedAt: now };
    cache.set(ctx, cached);
  }
  return cached.counts;
}

/** The frequencies as this process knows them, with `pending` changes not yet written counted in. */
export async function frequencies(ctx: AppContext, pending: Map<string, number> = new Map()): Promise<Frequencies> {
  const known = await counts(ctx);
  const of = (key: string) => (known.get(key) ?? 0) + (pending.get(key) ?? 0);
  return { total: of(repo.TOTAL_KEY), of };
}

/** What a side's change does to the counts: its old keys out, its new ones in, the total as listed. */
export function frequencyChanges(before: string[] | null, after: string[] | null): Map<string, number> {
  const deltas = new Map<string, number>();
  const add = (key: string, d: number) => deltas.set(key, (deltas.get(key) ?? 0) + d);
  if (before) {
    add(repo.TOTAL_KEY, -1);
    for (const k of before) add(k, -1);
  }
  if (after) {
    add(repo.TOTAL_KEY, 1);
    for (const k of after) add(k, 1);
  }
  for (const [k, d] of deltas) if (d === 0) deltas.delete(k);
  return deltas;
}

/** Once the changes are written: this process counts them at once. */
export function applyToCache(ctx: AppContext, deltas: Map<string, number>) {
  const cached = cache.get(ctx);
  if (!cached) return;
  for (const [k, d] of deltas) cached.counts.set(k, (cached.counts.get(k) ?? 0) + d);
}
