/**
 * Opportunity search benchmark: GET /api/v1/opportunities over 1,000,000 generated opportunities on
 * PostgreSQL and 100,000 on PGlite (Russian, Chinese and English texts, fixed seed). For each query,
 * p50 and p95 of the endpoint over HTTP, next to the same SQL run directly (every statement the
 * endpoint issues for one request — the query's words, the page, its organisations' names, the counts,
 * the words to highlight — built by the same repository functions and issued in the same order and
 * concurrency), in the same run and interleaved. Targets on PostgreSQL: endpoint p95 < 50 ms, and endpoint p95
 * within 1.5× of the direct queries. PGlite: reported only.
 */
import path from 'node:path';
import { type Db, openPglite } from '../apps/api/src/db/client.js';
import { migrateDatabase } from '../apps/api/src/db/migrate.js';
import { facets, prepareSearch, type SearchFilter, search } from '../apps/api/src/modules/exchange/search/index.js';
import { findOrganizationNames } from '../apps/api/src/modules/organizations/organizations.repository.js';
import { announce, compareOnPostgres } from './support/compare.js';
import { loadAndDescribe } from './support/load-opportunities.js';
import { type Case, measure, queries, report } from './support/measure.js';
import { startBenchPlatform } from './support/platform.js';
import { withTempDir } from './support/scratch.js';

const PG_OPPORTUNITIES = Number(process.env.BENCH_OPPORTUNITIES ?? 1_000_000);
const PGLITE_OPPORTUNITIES = Number(process.env.BENCH_PGLITE_OPPORTUNITIES ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 200);
const WARMUP = 10;
const WARMUP_MS = 5_000;
/** Per query: when the targets are far off, stop after this long (with at least MIN_RUNS pairs). */
const BUDGET_MS = Number(process.env.BENCH_BUDGET_MS ?? 15_000);
const MIN_RUNS = 10;
const PAGE = 20; // the endpoint's default limit; it reads one more row to know whether there is a next page
const TARGETS = { p95Ms: 50, ratio: 1.5 };

// ——— measurement ———

const CASES: Case[] = [
  // Words the texts have in other forms (аккумуляторов, sensor) or inside longer words (新能源汽车电池回收技术).
  ...queries('ru', 'аккумуляторы', 'переработка отходов'),
  ...queries('zh', '电池回收', '机器人'),
  ...queries('en', 'battery recycling', 'sensors'),
  {
    label: 'sensors & cooperationForm=joint_rnd',
    language: 'filter',
    params: { q: 'sensors', cooperationForm: 'joint_rnd' },
  },
  { label: '机器人 & sort=date', language: 'filter', params: { q: '机器人', sort: 'date' } },
  { label: '(no q) & area=energy.batteries', language: 'browse', params: { area: 'energy.batteries' } },
  { label: '(no q)', language: 'browse', params: {} },
];

/** The filter and sort exactly as the exchange's searchOpportunities builds them. */
async function filterOf(
  db: Db,
  params: Record<string, string>,
): Promise<{ filter: SearchFilter; sort: 'relevance' | 'date' }> {
  const text = params.q?.trim();
  const filters = {
    type: params.type,
    jurisdiction: params.jurisdiction,
    area: params.area,
    trl: params.trl ? Number(params.trl) : undefined,
    cooperationForm: params.cooperationForm,
  };
  const prepared =
    text || Object.values(filters).filter((v) => v !== undefined).length > 1
      ? await prepareSearch(db, text)
      : undefined;
  const { stems: _, ...words } = prepared ?? {};
  return { filter: { ...words, ...filters }, sort: params.sort === 'date' ? 'date' : 'relevance' };
}

/**
 * Every statement the endpoint issues for one request, as it issues them: the page and then its
 * organisations' names, while the counts and the words to highlight are read.
 */
async function direct(db: Db, params: Record<string, string>) {
  const { filter, sort } = await filterOf(db, params);
  const [rows, { total }] = await Promise.all([
    search(db, filter, sort, null, PAGE + 1).then(async (rows) => {
      const page = rows.slice(0, PAGE).map((r) => r.opportunity.organizationId);
      await findOrganizationNames(db, [...new Set(page)]);
      return rows;
    }),
    facets(db, filter),
  ]);
  return { rows: rows.length, total };
}

const plan = {
  path: '/api/v1/opportunities',
  page: PAGE,
  warmup: WARMUP,
  warmupMs: WARMUP_MS,
  runs: RUNS,
  budgetMs: BUDGET_MS,
  minRuns: MIN_RUNS,
};

// ——— the run ———

console.log('\n== PostgreSQL');
await compareOnPostgres({
  name: 'search',
  load: (database) => loadAndDescribe(database, PG_OPPORTUNITIES, true),
  cases: CASES,
  direct,
  plan,
  note: `PostgreSQL, ${PG_OPPORTUNITIES.toLocaleString('en')} opportunities; direct = the same statements on a separate pg pool`,
  targets: TARGETS,
});

console.log('\n== PGlite');
await withTempDir('innobridge-bench-search-pglite', async (dataDir) => {
  const database = await openPglite({ dataDir: path.join(dataDir, 'pgdata') });
  try {
    await migrateDatabase(database);
    await loadAndDescribe(database, PGLITE_OPPORTUNITIES, false);
  } finally {
    await database.close();
  }
  const { platform, base } = await startBenchPlatform(dataDir);
  try {
    announce(CASES, plan);
    const results = await measure(base, CASES, (params) => direct(platform.ctx.db, params), plan);
    report(
      results,
      `PGlite, ${PGLITE_OPPORTUNITIES.toLocaleString('en')} opportunities; direct = the same statements on the platform's own PGlite connection; no targets`,
    );
  } finally {
    await platform.stop();
  }
});
