import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import type { PGlite } from '@electric-sql/pglite';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { API_DIR } from '../paths.js';
import { pgliteDataDirExists } from './embedded-data-dir.js';

// biome-ignore lint/suspicious/noExplicitAny: both drivers' result types meet here
export type Db = PgDatabase<PgQueryResultHKT, Record<string, any>>;
// biome-ignore lint/suspicious/noExplicitAny: see above
export type Tx = PgTransaction<PgQueryResultHKT, Record<string, any>, ExtractTablesWithRelations<Record<string, any>>>;
/** What a repository takes as its first argument: the database or an open transaction. */
export type DbOrTx = Db | Tx;

/** A raw query on the same connection (and transaction) as a drizzle handle; pg-boss uses it. */
export type RawQuery = (text: string, values?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }>;

export type Database = {
  kind: 'pglite' | 'postgres';
  db: Db;
  /** Raw SQL outside any transaction; several statements allowed when there are no values. */
  query: RawQuery;
  close(): Promise<void>;
  /** The PGlite instance, for snapshots in tests. */
  pglite?: PGlite;
};

type RawClient = {
  query(text: string, values?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
};

/**
 * The raw client under a drizzle handle. Drizzle keeps it on the session for both drivers (a pg
 * PoolClient inside a transaction, a PGlite Transaction for PGlite); it is read in this one place.
 */
export function rawQueryOf(handle: DbOrTx): RawQuery {
  const client = (handle as unknown as { session: { client: RawClient } }).session.client;
  return (text, values) => client.query(text, values ?? []);
}

// Each driver is imported when a database of its kind is opened: an installation uses one of them.

export async function openPostgres(url: string, options: { max?: number } = {}): Promise<Database> {
  const [{ default: pg }, { drizzle: drizzleNodePg }] = await Promise.all([
    import('pg'),
    import('drizzle-orm/node-postgres'),
  ]);
  // JIT compilation off: the platform's statements are short, and compiling a large one's expressions
  // cost more than it saved (0.4 s on a browse of a million opportunities; ADR 0009).
  const pool = new pg.Pool({ connectionString: url, max: options.max ?? 10, options: '-c jit=off' });
  pool.on('error', () => {
    // An idle client lost its connection; the pool replaces it on the next checkout.
  });
  const db = drizzleNodePg(pool) as unknown as Db;
  return {
    kind: 'postgres',
    db,
    query: async (text, values) => {
      const result = await pool.query(text, values as unknown[] | undefined);
      const last = Array.isArray(result) ? result[result.length - 1] : result;
      return { rows: last?.rows ?? [] };
    },
    close: () => pool.end(),
  };
}

// Plain JavaScript, so that it runs the same under the sources and the bundled server.
const CREATE_DATA_DIR = path.join(API_DIR, 'src/db/create-data-dir.mjs');

/**
 * Opens (or creates) an embedded database. `createHere`: create a new directory in this process; by
 * default a child process creates it and takes initdb's memory with it.
 */
export async function openPglite(
  options: { dataDir?: string; loadDataDir?: Blob; createHere?: boolean } = {},
): Promise<Database> {
  let dataDir: string | undefined;
  if (options.dataDir) {
    dataDir = path.resolve(options.dataDir);
    fs.mkdirSync(path.dirname(dataDir), { recursive: true });
    if (!options.loadDataDir && !options.createHere && !pgliteDataDirExists(dataDir)) {
      await promisify(execFile)(process.execPath, [CREATE_DATA_DIR, dataDir]);
    }
  }
  const [{ PGlite }, { drizzle: drizzlePglite }] = await Promise.all([
    import('@electric-sql/pglite'),
    import('drizzle-orm/pglite'),
  ]);
  const client = new PGlite({
    dataDir,
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
    // A 32 MB buffer pool instead of PostgreSQL's 128 MB: the embedded database serves one small
    // installation or a demo, and its pool lives in the process's own memory (93 MB less resident).
    // A page outside it is read through the WebAssembly file system at 50–100 µs, so the planner is
    // told of a small cache rather than the default 4 GB: with that, it walked 4,400 rows in date order
    // to find 22 titles with "sensors" and a cooperation form (49 ms) instead of reading the title
    // index's 1,750 matches (8 ms), among 100,000 opportunities.
    startParams: [...PGlite.defaultStartParams, '-c', 'shared_buffers=32MB', '-c', 'effective_cache_size=64MB'],
  });
  await client.waitReady;
  const db = drizzlePglite(client) as unknown as Db;
  return {
    kind: 'pglite',
    db,
    pglite: client,
    query: async (text, values) => {
      if (values && values.length > 0)
        return client.query(text, values) as Promise<{ rows: Record<string, unknown>[] }>;
      // Parameterless SQL may hold several statements (pg-boss sends such scripts).
      const results = await client.exec(text);
      return { rows: (results[results.length - 1]?.rows ?? []) as Record<string, unknown>[] };
    },
    close: () => client.close(),
  };
}
