import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { type CounterStore, memoryCounterStore, redisCounterStore } from './rate-limiter.js';

const redis = new Redis(process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379', { maxRetriesPerRequest: 1 });
afterAll(() => redis.quit());

let now = 1_000_000;
const stores: [string, () => CounterStore][] = [
  ['memory', () => memoryCounterStore(() => now)],
  ['redis', () => redisCounterStore(redis, `ib:test:${process.pid}:${Date.now()}:`)],
];

describe.each(stores)('%s counter store', (_name, make) => {
  it('counts within a window, reports the time left, and resets', async () => {
    const store = make();
    expect(await store.peek('k')).toEqual({ count: 0, ttlMs: 0 });
    await store.increment('k', 60_000);
    const second = await store.increment('k', 60_000);
    expect(second.count).toBe(2);
    expect(second.ttlMs).toBeGreaterThan(50_000);
    expect(second.ttlMs).toBeLessThanOrEqual(60_000);
    expect((await store.peek('k')).count).toBe(2);
    await store.reset('k');
    expect((await store.peek('k')).count).toBe(0);
  });

  it('keeps the first window when more hits come (a lockout does not extend itself)', async () => {
    const store = make();
    const first = await store.increment('w', 60_000);
    const later = await store.increment('w', 600_000);
    expect(later.ttlMs).toBeLessThanOrEqual(first.ttlMs);
  });

  it('gives each of twenty increments sent at once its own count', async () => {
    const store = make();
    const counts = (await Promise.all(Array.from({ length: 20 }, () => store.increment('p', 60_000)))).map(
      (r) => r.count,
    );
    expect(counts.sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it('gives one back, never below zero and never into a window that is not there', async () => {
    const store = make();
    await store.increment('d', 60_000);
    await store.increment('d', 60_000);
    await store.decrement('d');
    expect((await store.peek('d')).count).toBe(1);
    await store.decrement('d');
    await store.decrement('d');
    expect((await store.peek('d')).count).toBe(0);
    await store.decrement('never');
    expect(await store.peek('never')).toEqual({ count: 0, ttlMs: 0 });
    expect((await store.increment('never', 60_000)).count).toBe(1);
  });
});

describe('memory counter store', () => {
  it('forgets a count when its window is over', async () => {
    const store = memoryCounterStore(() => now);
    await store.increment('x', 1_000);
    now += 1_001;
    expect((await store.peek('x')).count).toBe(0);
  });
});
