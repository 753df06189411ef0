import fs from 'node:fs';
import { buildApp } from './app.js';
import type { AppContext } from './app-context.js';
import type { Config } from './config.js';
import { type Database, openPglite, openPostgres } from './db/client.js';
import { markDemoTemplate } from './db/demo-template.js';
import { pgliteDataDir } from './db/embedded-data-dir.js';
import { migrateDatabase } from './db/migrate.js';
import { seedDemoData } from './demo/seed.js';
import type { Clock } from './lib/clock.js';
import { memoryCounterStore, redisCounterStore } from './lib/rate-limiter.js';

export async function openDatabase(config: Config): Promise<Database> {
  return config.databaseUrl ? openPostgres(config.databaseUrl) : openPglite({ dataDir: pgliteDataDir(config) });
}

/**
 * Creates the embedded database and does a first start's work on it: the schema, and the demo data
 * when configured. The server runs this in a short-lived child process, because the memory that work
 * grows (PGlite's WebAssembly memory never shrinks; the Chinese segmenter's dictionary) would otherwise
 * stay resident for as long as the server runs; the server then opens the database as on a restart.
 * It is built in a directory beside the final one and moved into place when complete, so that an
 * interrupted first start leaves nothing half-made behind.
 */
export async function prepareEmbeddedDatabase(config: Config): Promise<void> {
  const dataDir = pgliteDataDir(config);
  const building = `${dataDir}.new`;
  fs.rmSync(building, { recursive: true, force: true });
  const database = await openPglite({ dataDir: building, createHere: true });
  try {
    await migrateDatabase(database);
    if (config.demoData) {
      const { app, ctx } = await buildApp({ config, database, counters: memoryCounterStore() });
      try {
        await seedDemoData(ctx);
      } finally {
        await app.close();
      }
    }
  } finally {
    await database.close();
  }
  fs.renameSync(building, dataDir);
}

/**
 * Prepares a new embedded database with demo data in `config.dataDir` as a first start would, and marks
 * the directory as the template that later first starts with the same configuration copy (the build
 * makes it: scripts/build.mjs).
 */
export async function makeDemoTemplate(config: Config): Promise<void> {
  if (config.databaseUrl || !config.demoData || fs.existsSync(config.dataDir)) {
    throw new Error('the demo template is made in a new DATA_DIR, on the embedded database with demo data');
  }
  await prepareEmbeddedDatabase(config);
  markDemoTemplate(config);
}

/** Redis is imported only by installations configured to use it. */
async function connectRedis(url: string) {
  const { Redis } = await import('ioredis');
  return new Redis(url, { lazyConnect: false });
}

export type Platform = { url: string; ctx: AppContext; stop(): Promise<void> };

/**
 * Opens the database, brings its schema up to date, adds the demo data to a new one, and serves
 * the API, the web app and the background jobs.
 */
export async function startPlatform(config: Config, options: { clock?: Clock } = {}): Promise<Platform> {
  const database = await openDatabase(config);
  await migrateDatabase(database);
  const counters = config.redisUrl ? redisCounterStore(await connectRedis(config.redisUrl)) : undefined;
  const { app, ctx } = await buildApp({
    config,
    database,
    clock: options.clock,
    counters: counters ?? memoryCounterStore(),
    background: true,
  });
  if (config.demoData) await seedDemoData(ctx);
  await ctx.jobs.work();
  const address = await app.listen({ host: config.host, port: config.port });
  if (config.port === 0 && !config.publicUrlSet) {
    // An ephemeral port (tests): links in e-mails must point at the port actually taken.
    const port = new URL(address).port;
    ctx.config.publicUrl = `http://localhost:${port}`;
  }
  return {
    url: ctx.config.publicUrl,
    ctx,
    async stop() {
      await app.close();
      await database.close();
    },
  };
}
