/**
 * Where a benchmark's data lives: a new PostgreSQL database on BENCH_DATABASE_URL or a temporary
 * directory, removed at the end, also on failure and on Ctrl-C.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

export const PG_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

const onInterrupt = new Set<() => Promise<void>>();
let hooked = false;

/** Runs `work`, then `cleanup`; on Ctrl-C meanwhile, runs `cleanup` and exits. */
async function withCleanup<T>(work: () => Promise<T>, cleanup: () => Promise<void>): Promise<T> {
  if (!hooked) {
    hooked = true;
    process.once('SIGINT', async () => {
      for (const c of [...onInterrupt].reverse()) await c().catch(() => {});
      process.exit(130);
    });
  }
  let done = false;
  const once = async () => {
    if (done) return;
    done = true;
    onInterrupt.delete(once);
    await cleanup();
  };
  onInterrupt.add(once);
  try {
    return await work();
  } finally {
    await once();
  }
}

/**
 * Runs `work` on a new database, dropped afterwards. Returns null, having said so, when PostgreSQL is
 * not reachable.
 */
export async function withScratchDatabase<T>(prefix: string, work: (url: string) => Promise<T>): Promise<T | null> {
  const admin = new pg.Client({ connectionString: PG_URL });
  try {
    await admin.connect();
  } catch (error) {
    console.error(`PostgreSQL not reachable at ${PG_URL} (set BENCH_DATABASE_URL): ${(error as Error).message}`);
    return null;
  }
  const name = `${prefix}_${Date.now()}`;
  const url = new URL(PG_URL);
  url.pathname = `/${name}`;
  return withCleanup(
    async () => {
      await admin.query(`CREATE DATABASE ${name}`);
      return work(url.toString());
    },
    async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch((e: Error) => console.error(e.message));
      await admin.end().catch(() => {});
    },
  );
}

/** Runs `work` with a new temporary directory, removed afterwards. */
export function withTempDir<T>(prefix: string, work: (dir: string) => Promise<T>): Promise<T> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `${prefix}-`));
  return withCleanup(
    () => work(dir),
    async () => fs.rmSync(dir, { recursive: true, force: true }),
  );
}
