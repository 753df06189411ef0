import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import type { Db } from '../../apps/api/src/db/client.js';
import { ms, percentile, time } from './measure.js';

/**
 * Captures the statements `run` issues, then prints each one's median time (50 runs, or fewer past
 * five seconds) and its `EXPLAIN (ANALYZE, BUFFERS)`.
 */
export async function explainStatements(url: string, run: (db: Db) => Promise<unknown>) {
  const captured: { query: string; params: unknown[] }[] = [];
  // Set up as the platform's own pool is (apps/api/src/db/client.ts), JIT off.
  const pool = new pg.Pool({ connectionString: url, max: 1, options: '-c jit=off' });
  try {
    const logged = drizzle(pool, {
      logger: { logQuery: (query: string, params: unknown[]) => captured.push({ query, params }) },
    }) as unknown as Db;
    await run(logged);
    // Transactions are not explained; their `set local` settings hold for the whole session here.
    const statements = captured.filter((s) => /^\s*(select|with)\b/i.test(s.query));
    for (const s of captured) {
      const setting = s.query.match(/^\s*set local (.+)$/i)?.[1];
      if (setting) await pool.query(`set ${setting}`);
    }
    for (const [k, s] of statements.entries()) {
      const times: number[] = [];
      const began = performance.now();
      while (times.length < 50 && (times.length < 5 || performance.now() - began < 5_000))
        times.push(await time(() => pool.query(s.query, s.params)));
      const plan = await pool.query(`EXPLAIN (ANALYZE, BUFFERS) ${s.query}`, s.params);
      console.log(`\n-- statement ${k + 1} of ${statements.length}, p50 ${ms(percentile(times, 0.5))} ms`);
      console.log(s.query);
      console.log(`-- params: ${JSON.stringify(s.params)}`);
      for (const row of plan.rows) console.log(row['QUERY PLAN']);
    }
  } finally {
    await pool.end();
  }
}
