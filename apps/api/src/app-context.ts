import type { Config } from './config.js';
import type { Database, Db } from './db/client.js';
import type { Clock } from './lib/clock.js';
import type { JobQueue } from './lib/jobs.js';
import type { CounterStore } from './lib/rate-limiter.js';
import type { FileStorage } from './lib/storage.js';
import type { EmailSender } from './modules/notifications/index.js';

/** What the services share: built once by buildApp, passed explicitly, never global. */
export type AppContext = {
  config: Config;
  database: Database;
  db: Db;
  clock: Clock;
  jobs: JobQueue;
  counters: CounterStore;
  email: EmailSender;
  storage: FileStorage;
};
