import path from 'node:path';
import { Redis } from 'ioredis';
import { buildApp } from './app.js';
import type { AppContext } from './app-context.js';
import type { Config } from './config.js';
import { type Database, openPglite, openPostgres } from './db/client.js';
import { migrateDatabase } from './db/migrate.js';
import { seedDemoData } from './demo/seed.js';
import type { Clock } from './lib/clock.js';
import { memoryCounterStore, redisCounterStore } from './lib/rate-limiter.js';

export async function openDatabase(config: Config): Promise<Database> {
  return config.databaseUrl
    ? openPostgres(config.databaseUrl)
    : openPglite({ dataDir: path.join(config.dataDir, 'pgdata') });
}

export type Platform = { url: string; ctx: AppContext; stop(): Promise<void> };

/**
 * Opens the database, brings its schema up to date, adds the demo data to a new one, and serves
 * the API, the web app and the background jobs.
 */
export async function startPlatform(config: Config, options: { clock?: Clock } = {}): Promise<Platform> {
  const database = await openDatabase(config);
  await migrateDatabase(database);
  const counters = config.redisUrl ? redisCounterStore(new Redis(config.redisUrl, { lazyConnect: false })) : undefined;
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
