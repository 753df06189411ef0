import { randomUUID } from 'node:crypto';
import path from 'node:path';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { validatorCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from './app-context.js';
import type { Config } from './config.js';
import type { Database } from './db/client.js';
import { type Clock, systemClock } from './lib/clock.js';
import { JobQueue } from './lib/jobs.js';
import { serializeError } from './lib/log-redaction.js';
import { type CounterStore, memoryCounterStore } from './lib/rate-limiter.js';
import { type FileStorage, localFileStorage, s3FileStorage } from './lib/storage.js';
import { loadAuditKey, useAuditKey } from './modules/audit/index.js';
import { actorFromApiToken, actorFromSession } from './modules/identity/index.js';
import { createEmailSender, createMailer, type Mailer, mailLinkKey } from './modules/notifications/index.js';
import { MODULES } from './modules.js';
import { registerAuth, tokenAreas } from './plugins/auth.js';
import { frameworkErrorHandler, registerErrorHandling } from './plugins/errors.js';
import { registerInputChecks } from './plugins/input.js';
import { errorResponses, publicOperation, registerOpenApi } from './plugins/openapi.js';
import { registerPublicCache } from './plugins/public-cache.js';
import { serializerCompiler } from './plugins/serializer.js';
import { registerWebApp } from './plugins/web-app.js';

export type AppDeps = {
  config: Config;
  database: Database;
  clock?: Clock;
  counters?: CounterStore;
  mailer?: Mailer;
  storage?: FileStorage;
  /** Run scheduled jobs and queue maintenance (the server does; tests do not). */
  background?: boolean;
  /** Where the log's lines go (standard output by default). */
  logStream?: { write(line: string): void };
};

export type App = { app: FastifyInstance; ctx: AppContext };

/** A ready Fastify instance with every plugin and module; tests drive it with app.inject. */
export async function buildApp(deps: AppDeps): Promise<App> {
  const { config, database } = deps;
  const clock = deps.clock ?? systemClock;
  // The audit chain's key, from the configuration or the data directory; never from the database.
  const auditKey = loadAuditKey(config);
  useAuditKey(auditKey);
  const jobs = new JobQueue(database, deps.background);
  const mailer =
    deps.mailer ?? createMailer({ smtpUrl: config.smtpUrl, from: config.mailFrom, mailDir: config.mailDir });
  const ctx: AppContext = {
    config,
    database,
    db: database.db,
    clock,
    jobs,
    counters: deps.counters ?? memoryCounterStore(() => clock.now().getTime()),
    email: createEmailSender(jobs, mailer, {
      db: database.db,
      config,
      linkKey: mailLinkKey(config.mailLinkKey, auditKey),
    }),
    storage:
      deps.storage ?? (config.s3 ? s3FileStorage(config.s3) : localFileStorage(path.join(config.dataDir, 'files'))),
  };
  for (const module of MODULES) module.jobs?.(ctx);
  await jobs.start();
  for (const module of MODULES) await module.start?.(ctx);

  const logger: FastifyServerOptions['logger'] =
    config.logLevel === 'silent'
      ? false
      : {
          level: config.logLevel,
          serializers: { err: serializeError },
          ...(deps.logStream ? { stream: deps.logStream } : {}),
        };
  const app = Fastify({
    logger,
    // A number of proxies: trust that many hops nearest the server, never the client's own entries.
    trustProxy:
      typeof config.trustProxy === 'number'
        ? (_address: string, hop: number) => hop < (config.trustProxy as number)
        : config.trustProxy,
    genReqId: () => randomUUID(),
    bodyLimit: 1024 * 1024,
    frameworkErrors: frameworkErrorHandler,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app);
  registerInputChecks(app);
  await app.register(cookie);
  await app.register(multipart);
  await registerOpenApi(app);
  registerAuth(app, ctx, { fromSession: actorFromSession, fromApiToken: actorFromApiToken });
  registerPublicCache(app, { ttlMs: config.publicCacheMs, clock });

  app.withTypeProvider().get(
    '/api/health',
    {
      schema: {
        ...publicOperation,
        tags: ['platform'],
        summary: 'Liveness and database check',
        response: { 200: z.object({ status: z.literal('ok') }), ...errorResponses() },
      },
    },
    async () => {
      await database.query('select 1');
      return { status: 'ok' as const };
    },
  );
  // Each module's routes get its area, for API tokens' scopes (plugins/auth.ts); the modules are listed
  // in modules.ts.
  const inArea = tokenAreas(app);
  for (const module of MODULES) inArea(module.tokenArea, () => module.routes(app, ctx));
  await registerWebApp(app, config.webDist);

  app.addHook('onClose', async () => {
    await jobs.stop();
    mailer.close();
    await ctx.counters.close();
  });
  await app.ready();
  return { app, ctx };
}
