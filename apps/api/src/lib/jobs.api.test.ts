import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openTestDatabase } from '../../test/databases.js';
import type { Database } from '../db/client.js';
import { JobQueue } from './jobs.js';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase({
    pgliteSnapshot: inject('pgliteSnapshot'),
    postgresUrl: inject('postgresUrl'),
    postgresTemplate: inject('postgresTemplate'),
  });
});
afterAll(() => database.close());

const waitUntil = async (done: () => boolean, timeoutMs = 15_000) => {
  const began = Date.now();
  while (!done()) {
    if (Date.now() - began > timeoutMs) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

describe('JobQueue', () => {
  it('runs a queue declared to run at start once when its worker starts, and leaves the others to their senders', async () => {
    const runs: string[] = [];
    const jobs = new JobQueue(database);
    jobs.define('test.upkeep', async () => void runs.push('upkeep'), { retryLimit: 0, retryDelay: 1, atStart: true });
    jobs.define('test.on-demand', async () => void runs.push('on-demand'), { retryLimit: 0, retryDelay: 1 });
    await jobs.start();
    try {
      await jobs.work(0.5);
      await waitUntil(() => runs.length > 0);
      // Long enough for a second run to be picked up, if one had been queued.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(runs).toEqual(['upkeep']);
    } finally {
      await jobs.stop();
    }
  });
});
