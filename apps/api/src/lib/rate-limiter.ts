import type { Redis } from 'ioredis';

/**
 * Counters in fixed windows, for sign-in throttling and lockout. In memory for one instance; in
 * Redis when REDIS_URL is set, so that several instances share the counts.
 */
export type CounterStore = {
  /** Adds one to the key and returns the new count and the ms left in its window. */
  increment(key: string, windowMs: number): Promise<{ count: number; ttlMs: number }>;
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
