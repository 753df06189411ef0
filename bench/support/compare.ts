import { type Database, type Db, openPostgres } from '../../apps/api/src/db/client.js';
import { migrateDatabase } from '../../apps/api/src/db/migrate.js';
import { explainStatements } from './explain.js';
import { type Case, measure, type Plan, report, type Targets } from './measure.js';
import { startBenchPlatform } from './platform.js';
import { withScratchDatabase, withTempDir } from './scratch.js';

export type Direct = (db: Db, params: Record<string, string>) => Promise<{ rows: number; total: number }>;

export const announce = (cases: Case[], plan: Plan) =>
  console.log(
    `Measuring ${cases.length} queries, ${plan.warmup} warm-up + ${plan.runs} requests each (at most ${plan.budgetMs / 1000} s per query), endpoint vs direct SQL…`,
  );

/**
 * An endpoint against its SQL on a new PostgreSQL database: migrated, loaded by `load`, the platform
 * started on it, `direct` run on a separate pool; the table and the targets printed, and when a target
 * is missed (or BENCH_EXPLAIN=1) the plans of the slowest case. False when PostgreSQL is not reachable.
 */
export async function compareOnPostgres(o: {
  name: string;
  load: (database: Database) => Promise<void>;
  cases: Case[];
  direct: Direct;
  plan: Plan;
  note: string;
  targets: Targets;
}): Promise<boolean> {
  const reached = await withScratchDatabase(`innobridge_bench_${o.name}`, (url) =>
    withTempDir(`innobridge-bench-${o.name}`, async (dataDir) => {
      const database = await openPostgres(url);
      let stop = () => Promise.resolve();
      try {
        await migrateDatabase(database);
        await o.load(database);
        const { platform, base } = await startBenchPlatform(dataDir, url);
        stop = () => platform.stop();
        announce(o.cases, o.plan);
        const results = await measure(base, o.cases, (params) => o.direct(database.db, params), o.plan);
        const { missed, slowest } = report(results, o.note, o.targets);
        if (missed || process.env.BENCH_EXPLAIN === '1') {
          console.log(`\nEXPLAIN ANALYZE of the slowest query, ${slowest.label}:`);
          await explainStatements(url, (db) => o.direct(db, slowest.params));
        }
      } finally {
        await stop().catch(() => {});
        await database.close().catch(() => {});
      }
      return true;
    }),
  );
  return reached === true;
}
