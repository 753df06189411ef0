/**
 * The exchange's generated data at scale, shared by the search and throughput benchmarks: 400
 * organisations and their opportunities (mulberry32, fixed seed), loaded straight into the tables.
 */
import type { Database } from '../../apps/api/src/db/client.js';
import { seconds } from './measure.js';
import { generateOpportunity, insertOpportunities, type Owner } from './opportunities.js';
import { DAY, generateOrganization, insertOrganizations } from './organizations.js';
import { seeded } from './random.js';

const SEED = 20_240_715;
const ORGS = 400;
const BATCH = 5_000;

/**
 * The organisations, then the opportunities in batches (the next batch generated while the last one
 * is inserted), then VACUUM (ANALYZE) for a steady state: the GIN indexes' pending lists merged, as
 * autovacuum would, and statistics. With `rebuildIndexes`, the secondary indexes are dropped during
 * the load and created again, as they were, after it: the usual bulk load, with the same result.
 */
async function load(database: Database, count: number, rebuildIndexes: boolean) {
  const r = seeded(SEED);
  const orgs = Array.from({ length: ORGS }, (_, i) => generateOrganization(r, i));
  await insertOrganizations(database, orgs);
  const owners: Owner[] = orgs.map((o) => ({ id: o.id, jurisdiction: o.jurisdiction }));
  const today = Math.floor(Date.now() / DAY) * DAY;

  const indexes = rebuildIndexes
    ? (
        await database.query(
          `SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'opportunities' AND indexname <> 'opportunities_pkey'`,
        )
      ).rows.map((row) => ({ name: String(row.indexname), definition: String(row.indexdef) }))
    : [];
  for (const index of indexes) await database.query(`DROP INDEX ${index.name}`);

  // PostgreSQL inserts on two connections at once (its CPU is what limits); PGlite has one.
  const inserters = database.kind === 'postgres' ? 2 : 1;
  const inserting = new Set<Promise<void>>();
  let generateMs = 0;
  const began = performance.now();
  for (let start = 0; start < count; start += BATCH) {
    const t = performance.now();
    const rows = Array.from({ length: Math.min(BATCH, count - start) }, () => generateOpportunity(r, owners, today));
    generateMs += performance.now() - t;
    if (inserting.size >= inserters) await Promise.race(inserting);
    const insert: Promise<void> = insertOpportunities(database, rows).then(() => {
      inserting.delete(insert);
    });
    insert.catch(() => {}); // handled below, by race or all
    inserting.add(insert);
  }
  await Promise.all(inserting);
  const insertMs = performance.now() - began;

  let t = performance.now();
  if (indexes.length > 0) await database.query(`SET maintenance_work_mem = '1GB'`);
  for (const index of indexes) await database.query(index.definition);
  if (indexes.length > 0) await database.query('RESET maintenance_work_mem');
  const indexMs = performance.now() - t;
  t = performance.now();
  await database.query('VACUUM (ANALYZE) opportunities');
  await database.query('VACUUM (ANALYZE) organizations');
  return { generateMs, insertMs, indexMs, vacuumAnalyzeMs: performance.now() - t };
}

/** Loads `count` opportunities (see `load`) and prints how long it took and what was loaded. */
export async function loadAndDescribe(database: Database, count: number, rebuildIndexes: boolean) {
  console.log(
    `Generating and loading ${count.toLocaleString('en')} opportunities of ${ORGS} organisations (seed ${SEED})…`,
  );
  const started = performance.now();
  const times = await load(database, count, rebuildIndexes);
  const loadMs = performance.now() - started;
  const [stats] = (
    await database.query(
      `SELECT pg_size_pretty(pg_total_relation_size('opportunities')) AS size,
        pg_size_pretty(pg_relation_size('opportunities_search_idx')) AS gin,
        count(*) FILTER (WHERE state = 'published') AS published,
        count(*) FILTER (WHERE title ? 'ru') AS ru, count(*) FILTER (WHERE title ? 'zh') AS zh,
        count(*) FILTER (WHERE title ? 'en') AS en FROM opportunities`,
    )
  ).rows;
  console.log(
    `Loaded in ${seconds(loadMs)}: generate + segment ${seconds(times.generateMs)} (while inserting), ` +
      `insert ${seconds(times.insertMs)}${rebuildIndexes ? `, indexes ${seconds(times.indexMs)}` : ''}, ` +
      `vacuum + analyze ${seconds(times.vacuumAnalyzeMs)}; table ${stats?.size} (search index ${stats?.gin}); ` +
      `published ${stats?.published}; with ru ${stats?.ru}, zh ${stats?.zh}, en ${stats?.en}`,
  );
}
