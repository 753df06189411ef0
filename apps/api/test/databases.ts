import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { type Database, openPglite, openPostgres } from '../src/db/client.js';
import { migrateDatabase } from '../src/db/migrate.js';
import { JobQueue } from '../src/lib/jobs.js';

/**
 * A fresh database per test file, from a template migrated once per run: on PGlite a dumped data
 * directory that each file loads; on PostgreSQL (TEST_DATABASE_URL) `CREATE DATABASE … TEMPLATE`.
 */
export const TEMPLATE_DB = 'innobridge_test_template';

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

export async function preparePostgresTemplate(url: string): Promise<void> {
  await admin(url, async (c) => {
    await c.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DB} WITH (FORCE)`);
    await c.query(`CREATE DATABASE ${TEMPLATE_DB}`);
  });
  const database = await openPostgres(withDatabase(url, TEMPLATE_DB), { max: 1 });
  await migrateWithJobs(database);
  await database.close();
}

export async function openTestDatabase(template: { pgliteSnapshot?: string; postgresUrl?: string }): Promise<Database> {
  if (template.postgresUrl) {
    const name = `innobridge_test_${process.pid}_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
    await admin(template.postgresUrl, (c) => c.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DB}`));
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
