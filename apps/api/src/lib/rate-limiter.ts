import type { Redis } from 'ioredis';

/**
 * Counters in fixed windows, for sign-in throttling and lockout. In memory for one instance; in
 * Redis when REDIS_URL is set, so that several instances share the counts.
 *
 * Increment is atomic on both (one synchronous step in memory, one MULTI in Redis), so a limit is
 * kept by deciding on the count that increment returns: parallel requests each get a different count.
 */
export type CounterStore = {
  /** Adds one to the key and returns the new count and the ms left in its window. */
  increment(key: string, windowMs: number): Promise<{ count: number; ttlMs: number }>;
  /** Gives one back (an attempt that turned out not to be a failure); never below zero, never starts a window. */
  decrement(key: string): Promise<void>;
  peek(key: string): Promise<{ count: number; ttlMs: number }>;
  reset(key: string): Promise<void>;
  close(): Promise<void>;
};

export function memoryCounterStore(now: () => number = Date.now): CounterStore {
  const counters = new Map<string, { count: number; expiresAt: number }>();
  const live = (key: string) => {
    const entry = counters.get(key);
    if (entry && entry.expiresAt <= now()) {
      counters.delete(key);
      return undefined;
    }
    return entry;
  };
  return {
    async increment(key, windowMs) {
      const entry = live(key) ?? { count: 0, expiresAt: now() + windowMs };
      entry.count += 1;
      counters.set(key, entry);
      return { count: entry.count, ttlMs: entry.expiresAt - now() };
    },
    async decrement(key) {
      const entry = live(key);
      if (entry && entry.count > 0) entry.count -= 1;
    },
    async peek(key) {
      const entry = live(key);
      return entry ? { count: entry.count, ttlMs: entry.expiresAt - now() } : { count: 0, ttlMs: 0 };
    },
    async reset(key) {
      counters.delete(key);
    },
    async close() {
      counters.clear();
    },
  };
}

// DECR on a missing (expired) key would start it at -1 with no expiry; this leaves such a key alone.
const DECREMENT_IF_POSITIVE =
  "if tonumber(redis.call('get', KEYS[1]) or '0') > 0 then return redis.call('decr', KEYS[1]) end return 0";

export function redisCounterStore(redis: Redis, prefix = 'ib:rl:'): CounterStore {
  return {
    async increment(key, windowMs) {
      const k = prefix + key;
      const results = (await redis.multi().incr(k).pexpire(k, windowMs, 'NX').pttl(k).exec()) as [
        Error | null,
        number,
      ][];
      const count = results[0]?.[1] ?? 1;
      const ttl = results[2]?.[1] ?? windowMs;
      return { count, ttlMs: Math.max(ttl, 0) };
    },
    async decrement(key) {
      await redis.eval(DECREMENT_IF_POSITIVE, 1, prefix + key);
    },
    async peek(key) {
      const k = prefix + key;
      const [count, ttl] = await Promise.all([redis.get(k), redis.pttl(k)]);
      return { count: Number(count ?? 0), ttlMs: Math.max(ttl, 0) };
    },
    async reset(key) {
      await redis.del(prefix + key);
    },
    async close() {
      await redis.quit();
    },
  };
}
