import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { type Database, openPglite, openPostgres } from '../src/db/client.js';
import { migrateDatabase } from '../src/db/migrate.js';
import { JobQueue } from '../src/lib/jobs.js';

/**
 * A fresh database per test file, from a template migrated once per run: on PGlite a dumped data
 * directory that each file loads; on PostgreSQL (TEST_DATABASE_URL) `CREATE DATABASE … TEMPLATE`, the
 * template being the run's own, so that runs at the same time on one server leave each other alone.
 */
const TEMPLATE_PREFIX = 'innobridge_test_template_';
/** A template older than this was left by a run that did not finish, and is dropped. */
const STALE_TEMPLATE_MS = 24 * 3600_000;

async function migrateWithJobs(database: Database) {
  await migrateDatabase(database);
  const jobs = new JobQueue(database);
  await jobs.start(); // creates the pg-boss schema, so each test file need not
  await jobs.stop();
}

export async function preparePgliteSnapshot(): Promise<string> {
  const database = await openPglite();
  await migrateWithJobs(database);
  const dump = await database.pglite?.dumpDataDir('none');
  await database.close();
  if (!dump) throw new Error('PGlite could not dump its data directory');
  const file = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'innobridge-test-')), 'template.tar');
  await fs.writeFile(file, Buffer.from(await dump.arrayBuffer()));
  return file;
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

async function admin<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: withDatabase(url, 'postgres') });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Creates and migrates this run's template database; returns its name and how to drop it. */
export async function preparePostgresTemplate(url: string): Promise<{ name: string; drop: () => Promise<void> }> {
  const name = `${TEMPLATE_PREFIX}${Date.now()}_${process.pid}`;
  await admin(url, async (c) => {
    const { rows } = await c.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE starts_with(datname, '${TEMPLATE_PREFIX}')`,
    );
    const madeAt = (datname: string) => Number(datname.slice(TEMPLATE_PREFIX.length).split('_')[0]);
    for (const { datname } of rows.filter((r) => Date.now() - madeAt(r.datname) > STALE_TEMPLATE_MS))
      await c.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
    await c.query(`CREATE DATABASE ${name}`);
  });
  const database = await openPostgres(withDatabase(url, name), { max: 1 });
  await migrateWithJobs(database);
  await database.close();
  return {
    name,
    drop: () => admin(url, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => {}),
  };
}

export async function openTestDatabase(template: {
  pgliteSnapshot?: string;
  postgresUrl?: string;
  postgresTemplate?: string;
}): Promise<Database> {
  if (template.postgresUrl) {
    const name = `innobridge_test_${process.pid}_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
    await admin(template.postgresUrl, (c) => c.query(`CREATE DATABASE ${name} TEMPLATE ${template.postgresTemplate}`));
    const database = await openPostgres(withDatabase(template.postgresUrl, name));
    const close = database.close;
    return {
      ...database,
      close: async () => {
        await close();
        await admin(template.postgresUrl as string, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
      },
    };
  }
  if (!template.pgliteSnapshot) throw new Error('no test database template was prepared');
  const data = await fs.readFile(template.pgliteSnapshot);
  return openPglite({ loadDataDir: new Blob([data]) });
}
