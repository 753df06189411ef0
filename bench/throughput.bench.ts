/**
 * Throughput benchmark: each public read endpoint at 50 connections on the demo data, on PostgreSQL and
 * on PGlite — requests a second, p50 and p99, beside /api/health (the bare route) in the same run —
 * and, on PostgreSQL, the SQL statements each request issues. The server runs in a process of its own,
 * built as `npm start` builds it; the load comes from this process (autocannon).
 *
 * Targets on PostgreSQL: at most 4 statements per search; search at least 1,000 requests a second,
 * browsing and the registry at least 2,000. On PGlite: p99 under 1 s at 50 connections.
 */

import { openPostgres } from '../apps/api/src/db/client.js';
import { migrateDatabase } from '../apps/api/src/db/migrate.js';
import { loadAndDescribe } from './support/load-opportunities.js';
import { withScratchDatabase, withTempDir } from './support/scratch.js';
import {
  buildServer,
  get,
  type Load,
  load,
  type ServerProcess,
  startServerProcess,
  statementCountingProxy,
  statementsPerRequest,
} from './support/throughput.js';

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
/** BENCH_DEMO=0 leaves the demo data's part out (to measure only at scale). */
const ON_DEMO = process.env.BENCH_DEMO !== '0';
/** The exchange at scale on PostgreSQL (the search benchmark's data); 0 leaves that part out. */
const AT_SCALE = Number(process.env.BENCH_OPPORTUNITIES ?? 1_000_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);

type Kind = 'bare' | 'search' | 'browse' | 'registry' | 'card';
type Case = { label: string; kind: Kind; path: string };

const q = (word: string) => `/api/v1/opportunities?q=${encodeURIComponent(word)}`;

/** Words of the demo data; at scale, words of the generated texts (the search benchmark's queries). */
const DEMO_WORDS = { ru: 'аккумуляторы', zh: '电池', en: 'battery recycling', byDate: 'робот', registry: 'институт' };
const GENERATED_WORDS = { ru: 'аккумуляторы', zh: '电池回收', en: 'sensors', byDate: '机器人', registry: 'разработка' };

/** The demo data's public reads; the cards' ids are read from the lists. */
async function cases(base: string, words = DEMO_WORDS): Promise<Case[]> {
  const opportunities = JSON.parse(await get(base, '/api/v1/opportunities')) as { items: { id: string }[] };
  const registry = JSON.parse(await get(base, '/api/v1/registry')) as { items: { id: string }[] };
  const opportunity = opportunities.items[0]?.id;
  const organization = registry.items[0]?.id;
  if (!opportunity || !organization) throw new Error('the demo data has no published opportunity or member');
  return [
    { label: '/api/health (bare route)', kind: 'bare', path: '/api/health' },
    { label: `search "${words.ru}"`, kind: 'search', path: q(words.ru) },
    { label: `search "${words.zh}"`, kind: 'search', path: q(words.zh) },
    { label: `search "${words.en}"`, kind: 'search', path: q(words.en) },
    { label: `search "${words.byDate}" by date`, kind: 'search', path: `${q(words.byDate)}&sort=date` },
    { label: 'browse opportunities', kind: 'browse', path: '/api/v1/opportunities' },
    { label: 'browse with a type', kind: 'browse', path: '/api/v1/opportunities?type=technology_offer' },
    { label: 'registry', kind: 'registry', path: '/api/v1/registry' },
    {
      label: `registry "${words.registry}"`,
      kind: 'registry',
      path: `/api/v1/registry?q=${encodeURIComponent(words.registry)}`,
    },
    { label: 'registry, CN', kind: 'registry', path: '/api/v1/registry?jurisdiction=CN' },
    { label: 'opportunity card', kind: 'card', path: `/api/v1/opportunities/${opportunity}` },
    { label: 'organisation card', kind: 'card', path: `/api/v1/organizations/${organization}` },
    { label: 'taxonomy', kind: 'card', path: '/api/v1/taxonomy' },
  ];
}

type Row = Case & Load & { statements: number | null };

async function measureAll(server: ServerProcess, counter: (() => number) | null, words = DEMO_WORDS): Promise<Row[]> {
  const rows: Row[] = [];
  for (const c of await cases(server.base, words)) {
    const statements = counter ? await statementsPerRequest(server.base, c.path, counter) : null;
    const measured = await load(server.base, c.path, CONNECTIONS, SECONDS);
    process.stdout.write(
      `  ${c.label}: ${measured.rps} req/s, p99 ${measured.p99} ms${statements === null ? '' : `, ${statements} statements`}\n`,
    );
    rows.push({ ...c, ...measured, statements });
  }
  return rows;
}

function print(title: string, rows: Row[]) {
  console.log(`\n${title} — ${CONNECTIONS} connections, ${SECONDS} s each`);
  console.table(
    rows.map((r) => ({
      endpoint: r.label,
      'req/s': r.rps,
      'p50 ms': r.p50,
      'p99 ms': r.p99,
      failed: r.failed,
      ...(r.statements !== null ? { statements: r.statements } : {}),
    })),
  );
}

const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
const missedBy = (rows: Row[], ok: (r: Row) => boolean) => {
  const missed = rows.filter((r) => !ok(r)).map((r) => r.label);
  return missed.length ? `MISSED by ${missed.join(', ')}` : 'met by every one';
};

buildServer();

const AUDIT_KEY = 'benchmark audit key, not a secret of anyone';
/** Visitors' answers kept for a moment (the default), or never: each request then reaches the database. */
const CACHE = { kept: {}, off: { PUBLIC_CACHE_MS: '0' } };

function targets(title: string, rows: Row[]) {
  const of = (kind: Kind) => rows.filter((r) => r.kind === kind);
  console.log(`${title}:`);
  if (rows.some((r) => r.statements !== null)) {
    console.log(`  statements per search ≤ 4: ${missedBy(of('search'), (r) => (r.statements ?? 0) <= 4)}`);
  }
  console.log(`  search ≥ 1,000 req/s: ${missedBy(of('search'), (r) => r.rps >= 1000)}`);
  console.log(
    `  browse and registry ≥ 2,000 req/s: ${missedBy([...of('browse'), ...of('registry')], (r) => r.rps >= 2000)}`,
  );
  console.log(`  p99 < 1 s: ${missedBy(rows, (r) => r.p99 < 1000)}`);
  console.log(`  no failed requests: ${verdict(rows.every((r) => r.failed === 0))}`);
}

if (ON_DEMO) {
  await withScratchDatabase('innobridge_bench', async (databaseUrl) => {
    const proxy = await statementCountingProxy(databaseUrl);
    await withTempDir('innobridge-bench', async (dataDir) => {
      const env = { DATA_DIR: dataDir, DATABASE_URL: proxy.url, DEMO_DATA: 'true', AUDIT_KEY };
      // Without the visitors' cache first: what each request costs, statements included.
      for (const [name, cache, port] of [
        ['off', CACHE.off, 3911],
        ['kept', CACHE.kept, 3912],
      ] as const) {
        const server = await startServerProcess({ ...env, ...cache }, port);
        try {
          const rows = await measureAll(server, name === 'off' ? proxy.count : null);
          const title = `PostgreSQL, demo data, visitors' answers ${name === 'off' ? 'never kept' : 'kept 2 s'}`;
          print(title, rows);
          targets(title, rows);
        } finally {
          await server.stop();
        }
      }
      await proxy.close();
    });
  });

  for (const [name, cache, port] of [
    ['off', CACHE.off, 3913],
    ['kept', CACHE.kept, 3914],
  ] as const) {
    await withTempDir('innobridge-bench', async (dataDir) => {
      const server = await startServerProcess({ DATA_DIR: dataDir, ...cache }, port);
      try {
        const rows = await measureAll(server, null);
        const title = `PGlite, demo data, visitors' answers ${name === 'off' ? 'never kept' : 'kept 2 s'}`;
        print(title, rows);
        targets(title, rows);
      } finally {
        await server.stop();
      }
    });
  }
}

if (AT_SCALE > 0) {
  await withScratchDatabase('innobridge_bench_scale', async (databaseUrl) => {
    const database = await openPostgres(databaseUrl);
    try {
      await migrateDatabase(database);
      await loadAndDescribe(database, AT_SCALE, true);
    } finally {
      await database.close();
    }
    const proxy = await statementCountingProxy(databaseUrl);
    await withTempDir('innobridge-bench', async (dataDir) => {
      const env = { DATA_DIR: dataDir, DATABASE_URL: proxy.url, DEMO_DATA: 'false', AUDIT_KEY };
      for (const [name, cache, port] of [
        ['off', CACHE.off, 3915],
        ['kept', CACHE.kept, 3916],
      ] as const) {
        const server = await startServerProcess({ ...env, ...cache }, port);
        try {
          const rows = await measureAll(server, name === 'off' ? proxy.count : null, GENERATED_WORDS);
          const title = `PostgreSQL, ${AT_SCALE.toLocaleString('en')} opportunities, visitors' answers ${name === 'off' ? 'never kept' : 'kept 2 s'}`;
          print(title, rows);
          targets(title, rows);
        } finally {
          await server.stop();
        }
      }
      await proxy.close();
    });
  });
}
