/**
 * Matching benchmark (issue: matchmaking across the language border): with 100,000 published
 * opportunities on PostgreSQL (the search benchmark's generated data, fixed seed) whose sides the
 * matcher has read, the time to recompute one opportunity's proposals — its side, the candidates found
 * by the index look-up, scored, stored, and its place in the lists of those it answers — and the time to
 * read one opportunity's stored candidates over HTTP, beside the same service call in this process
 * (the baseline: the same statements without HTTP), interleaved. Then the read at 50 connections.
 * Visitors' cache is off (`PUBLIC_CACHE_MS=0`), so every read does its look-up.
 *
 * Targets on PostgreSQL: recompute p95 under 200 ms, read p95 under 20 ms.
 */
import type { AppContext } from '../apps/api/src/app-context.js';
import { openPostgres } from '../apps/api/src/db/client.js';
import { migrateDatabase } from '../apps/api/src/db/migrate.js';
import { currentIndex } from '../apps/api/src/modules/matching/proposals/current-index.js';
import { recomputeOpportunity, sideRowOf } from '../apps/api/src/modules/matching/proposals/proposals.compute.js';
import { frequencyChanges } from '../apps/api/src/modules/matching/proposals/proposals.frequencies.js';
import * as repo from '../apps/api/src/modules/matching/proposals/proposals.repository.js';
import { proposalsOf } from '../apps/api/src/modules/matching/proposals/proposals.service.js';
import { matchingSources } from '../apps/api/src/modules.js';
import { loadAndDescribe } from './support/load-opportunities.js';
import { getText, ms, percentile, seconds, time } from './support/measure.js';
import { startBenchPlatform } from './support/platform.js';
import { withScratchDatabase, withTempDir } from './support/scratch.js';
import { load } from './support/throughput.js';

const OPPORTUNITIES = Number(process.env.BENCH_OPPORTUNITIES ?? 100_000);
/** How many opportunities are recomputed (every n-th of the listed ones) and then read. */
const SAMPLE = Number(process.env.BENCH_SAMPLE ?? 200);
const READS = Number(process.env.BENCH_RUNS ?? 400);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const TARGETS = { recomputeP95: 200, readP95: 20 };
const BATCH = 500;

type Ctx = AppContext;

/**
 * Every listed opportunity's side, as the catch-up would store it, without its proposals (computing
 * 100,000 lists would take hours and is not what is measured); then the catch-up is marked done.
 */
async function readSides(ctx: Ctx): Promise<string[]> {
  const sources = matchingSources(ctx);
  const index = await currentIndex(ctx);
  const ids: string[] = [];
  const began = performance.now();
  for (let after: { at: Date; id: string } | null = null; ; ) {
    const changed = await sources.changedSince(after, BATCH);
    if (changed.length === 0) break;
    const found = await sources.opportunitiesForMatching(changed.map((c) => c.id));
    const now = ctx.clock.now();
    const rows = found.filter((f) => f.listed).map((f) => sideRowOf(index, f.opportunity, now));
    const deltas = new Map<string, number>();
    for (const row of rows)
      for (const [key, d] of frequencyChanges(null, row.keys)) deltas.set(key, (deltas.get(key) ?? 0) + d);
    await ctx.db.transaction(async (tx) => {
      for (const row of rows) await repo.upsertSide(tx, row);
      await repo.addFrequencies(tx, deltas);
    });
    ids.push(...rows.map((r) => r.opportunityId));
    const last = changed.at(-1) as { id: string; updatedAt: Date };
    after = { at: last.updatedAt, id: last.id };
    await repo.writeState(ctx.db, 'catch_up', last.updatedAt, last.id);
  }
  console.log(`Read ${ids.length.toLocaleString('en')} sides in ${seconds(performance.now() - began)}`);
  return ids;
}

const line = (label: string, samples: number[], target?: number) => {
  const p95 = percentile(samples, 0.95);
  const verdict =
    target === undefined ? '' : p95 < target ? ` — target < ${target} ms met` : ` — target < ${target} ms MISSED`;
  console.log(
    `  ${label.padEnd(34)} p50 ${String(ms(percentile(samples, 0.5))).padStart(7)} ms   p95 ${String(ms(p95)).padStart(7)} ms   (n = ${samples.length})${verdict}`,
  );
};

async function run(url: string) {
  const database = await openPostgres(url);
  await withTempDir('innobridge-bench-matching', async (dataDir) => {
    let stop = () => Promise.resolve();
    try {
      await migrateDatabase(database);
      await loadAndDescribe(database, OPPORTUNITIES, true);
      // The platform first, quiet (its catch-up finds nothing once the sides are read).
      const { platform, base } = await startBenchPlatform(dataDir, url, { PUBLIC_CACHE_MS: '0' });
      stop = () => platform.stop();
      const ctx = platform.ctx;
      const listed = await readSides(ctx);
      const step = Math.max(1, Math.floor(listed.length / SAMPLE));
      const sample = listed.filter((_, i) => i % step === 0).slice(0, SAMPLE);
      const sources = matchingSources(ctx);

      console.log(`\nRecomputing ${sample.length} opportunities' proposals, one after another…`);
      // The first pass is the worst case: the lists of those it answers are empty, so it enters every one
      // it answers. The second is an edit: the opportunity recomputed again, its neighbours' lists filled.
      const first: number[] = [];
      for (const id of sample) first.push(await time(() => recomputeOpportunity(ctx, sources, id)));
      const recompute: number[] = [];
      for (const id of sample) recompute.push(await time(() => recomputeOpportunity(ctx, sources, id)));
      const [{ stored } = { stored: 0 }] = (await database.query(`SELECT count(*)::int AS stored FROM match_proposals`))
        .rows as { stored: number }[];
      console.log(`  ${stored.toLocaleString('en')} proposals stored`);

      console.log(`\nReading the sample's candidates, ${READS} times, HTTP and in-process interleaved…`);
      const path = (id: string) => `/api/v1/matching/opportunities/${id}/candidates`;
      const endpoint: number[] = [];
      const direct: number[] = [];
      for (let i = 0; i < Math.min(20, sample.length); i++) {
        await getText(base, path(sample[i] as string));
        await proposalsOf(ctx, sources, null, 'en', sample[i] as string, 'candidates');
      }
      for (let i = 0; i < READS; i++) {
        const id = sample[i % sample.length] as string;
        const viaHttp = () => time(() => getText(base, path(id))).then((t) => endpoint.push(t));
        const inProcess = () =>
          time(() => proposalsOf(ctx, sources, null, 'en', id, 'candidates')).then((t) => direct.push(t));
        if (i % 2 === 0) await viaHttp().then(inProcess);
        else await inProcess().then(viaHttp);
      }

      console.log(
        `\nAt ${CONNECTIONS} connections for ${SECONDS} s (one opportunity's candidates; /api/health beside it):`,
      );
      const health = await load(base, '/api/health', CONNECTIONS, SECONDS);
      const candidates = await load(base, path(sample[0] as string), CONNECTIONS, SECONDS);

      console.log(`\nMatching on PostgreSQL, ${OPPORTUNITIES.toLocaleString('en')} opportunities:`);
      line('recompute, first time', first);
      line('recompute again (an edit)', recompute, TARGETS.recomputeP95);
      line('read candidates (HTTP)', endpoint, TARGETS.readP95);
      line('read candidates (in process)', direct);
      for (const [label, l] of [
        ['/api/health (bare route)', health],
        ['candidates', candidates],
      ] as const)
        console.log(
          `  ${label.padEnd(34)} ${String(l.rps).padStart(6)} req/s   p50 ${l.p50} ms   p99 ${l.p99} ms   failed ${l.failed}`,
        );
    } finally {
      await stop().catch(() => {});
      await database.close().catch(() => {});
    }
  });
}

await withScratchDatabase('innobridge_bench_matching', run);
