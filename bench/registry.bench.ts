/**
 * Registry search benchmark: GET /api/v1/registry over 100,000 generated organisations (Russian,
 * Chinese and English texts, fixed seed) on PostgreSQL. For each query, p50 and p95 of the endpoint
 * over HTTP, next to the same SQL (the page query and the three counts queries the endpoint issues
 * for one request) run directly with pg on a separate pool, in the same run and interleaved.
 * Targets: endpoint p95 < 50 ms, and endpoint p95 within 1.5× of the direct queries.
 */
import { placeByName, placeWithin, REGISTRY_STATUSES } from '@innobridge/contracts';
import type { Database, Db } from '../apps/api/src/db/client.js';
import { segmentQuery } from '../apps/api/src/lib/text.js';
import {
  countOrganizations,
  searchOrganizations,
} from '../apps/api/src/modules/organizations/organizations.repository.js';
import type { OrganizationFilter } from '../apps/api/src/modules/organizations/organizations.types.js';
import { compareOnPostgres } from './support/compare.js';
import { type Case, queries, seconds } from './support/measure.js';
import { generateOrganization, insertOrganizations } from './support/organizations.js';
import { seeded } from './support/random.js';

const ORGS = Number(process.env.BENCH_ORGS ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 200);
const WARMUP = 20;
/** Per query: when the targets are far off, stop after this long (with at least MIN_RUNS pairs). */
const BUDGET_MS = Number(process.env.BENCH_BUDGET_MS ?? 90_000);
const MIN_RUNS = 30;
const SEED = 20_240_601;
const BATCH = 2_000;
const PAGE = 20; // the endpoint's default limit; it reads one more row to know whether there is a next page
const TARGETS = { p95Ms: 50, ratio: 1.5 };

// ——— data ———

async function load(database: Database) {
  const r = seeded(SEED);
  let generateMs = 0;
  let insertMs = 0;
  for (let start = 0; start < ORGS; start += BATCH) {
    let t = performance.now();
    const rows = Array.from({ length: Math.min(BATCH, ORGS - start) }, (_, k) => generateOrganization(r, start + k));
    generateMs += performance.now() - t;
    t = performance.now();
    await insertOrganizations(database, rows);
    insertMs += performance.now() - t;
  }
  // A steady state: the GIN index's pending list merged (as autovacuum would), and statistics.
  const t = performance.now();
  await database.query('VACUUM (ANALYZE) organizations');
  return { generateMs, insertMs, vacuumAnalyzeMs: performance.now() - t };
}

// ——— measurement ———

const CASES: Case[] = [
  ...queries('ru', 'аккумуляторы', 'роботов', 'переработка отходов'),
  ...queries('zh', '电池回收', '机器人', '传感器'),
  ...queries('en', 'battery recycling', 'sensors', 'artificial intelligence'),
  { label: 'robots & jurisdiction=CN', language: 'filter', params: { q: 'robots', jurisdiction: 'CN' } },
  { label: '(no q) & type=startup', language: 'browse', params: { type: 'startup' } },
  { label: '(no q)', language: 'browse', params: {} },
];

/** The filter exactly as public-registry.service.ts's filterOf builds it. */
function filterOf(params: Record<string, string>): OrganizationFilter {
  const text = params.q?.trim();
  return {
    query: text ? { text, segmented: segmentQuery(text) } : undefined,
    jurisdiction: params.jurisdiction,
    type: params.type,
    // The statuses the public registry shows (PUBLIC_STATUSES in public-registry.service.ts).
    statuses: REGISTRY_STATUSES,
    status: params.status,
    place: params.city ? { codes: placeWithin(placeByName(params.city) ?? params.city) } : undefined,
    area: params.area,
  };
}

/** All the queries the endpoint issues for one request, in the same order. */
async function direct(db: Db, params: Record<string, string>) {
  const filter = filterOf(params);
  const rows = await searchOrganizations(db, filter, null, PAGE + 1);
  const counts = await countOrganizations(db, filter);
  return { rows: rows.length, total: counts.total };
}

// ——— the run ———

const reached = await compareOnPostgres({
  name: 'registry',
  load: async (database) => {
    console.log(`Generating and loading ${ORGS.toLocaleString('en')} organisations (seed ${SEED})…`);
    const started = performance.now();
    const loadTimes = await load(database);
    const loadMs = performance.now() - started;
    const [stats] = (
      await database.query(
        `SELECT pg_size_pretty(pg_total_relation_size('organizations')) AS size,
          pg_size_pretty(pg_relation_size('organizations_search_idx')) AS gin,
          count(*) FILTER (WHERE name ? 'ru') AS ru, count(*) FILTER (WHERE name ? 'zh') AS zh,
          count(*) FILTER (WHERE name ? 'en') AS en FROM organizations`,
      )
    ).rows;
    console.log(
      `Loaded in ${seconds(loadMs)} (generate + segment ${seconds(loadTimes.generateMs)}, ` +
        `insert ${seconds(loadTimes.insertMs)}, vacuum + analyze ${seconds(loadTimes.vacuumAnalyzeMs)}); ` +
        `table ${stats?.size} (search index ${stats?.gin}); with ru ${stats?.ru}, zh ${stats?.zh}, en ${stats?.en}`,
    );
  },
  cases: CASES,
  direct,
  plan: { path: '/api/v1/registry', page: PAGE, warmup: WARMUP, runs: RUNS, budgetMs: BUDGET_MS, minRuns: MIN_RUNS },
  note: 'direct = the same page + counts SQL on a separate pg pool',
  targets: TARGETS,
});
if (!reached) process.exit(1);
