import PgBoss from 'pg-boss';
import { type Database, type DbOrTx, rawQueryOf } from '../db/client.js';

export type JobHandler = (data: unknown) => Promise<void>;

/**
 * Jobs one module enqueues and another runs, named here so that neither imports the other. The
 * exchange enqueues `OPPORTUNITY_CHANGED_JOB` in the transaction that publishes, closes or withholds an
 * opportunity; the matching module defines it and recomputes the opportunity's proposals.
 */
export const OPPORTUNITY_CHANGED_JOB = 'matching.opportunity-changed';
export type OpportunityChangedJob = { opportunityId: string };
/**
 * Enqueued by the organisations module in the transaction that creates an organisation, changes its
 * profile or its status; the matching module recomputes the organisation's side and its recommendations.
 */
export const ORGANIZATION_CHANGED_JOB = 'matching.organization-changed';
export type OrganizationChangedJob = { organizationId: string };

type QueueSpec = {
  retryLimit: number;
  retryDelay: number;
  cron?: string;
  /** Run once each time the server starts: upkeep that finds nothing to do once done. */
  atStart?: boolean;
};

/**
 * Background jobs on pg-boss, on either database. A job is enqueued on the caller's transaction, so
 * it exists exactly when the change that caused it was committed (ARCHITECTURE, rule 6).
 */
export class JobQueue {
  private readonly boss: PgBoss;
  private readonly handlers = new Map<string, JobHandler>();
  private readonly specs = new Map<string, QueueSpec>();
  private started = false;

  /** `background`: run pg-boss maintenance and the cron schedules (the server); off in tests. */
  constructor(
    database: Database,
    private readonly background = false,
  ) {
    this.boss = new PgBoss({
      db: { executeSql: (text: string, values?: unknown[]) => database.query(text, values) },
      schema: 'pgboss',
      supervise: background,
      schedule: background,
    });
    this.boss.on('error', () => {
      // Failed jobs are retried by pg-boss; the handler logs its own failures.
    });
  }

  /** Declares a queue and its handler; call before start(). */
  define(name: string, handler: JobHandler, spec: QueueSpec = { retryLimit: 5, retryDelay: 30 }) {
    // A cron job (spec.cron) is started by the schedule in the server; tests run it with runPending.
    this.handlers.set(name, handler);
    this.specs.set(name, spec);
  }

  async start() {
    if (this.started) return;
    await this.boss.start();
    for (const [name, spec] of this.specs) {
      await this.boss.createQueue(name, {
        name,
        retryLimit: spec.retryLimit,
        retryDelay: spec.retryDelay,
        retryBackoff: true,
      });
      if (spec.cron && this.background) await this.boss.schedule(name, spec.cron, {}, { tz: 'UTC' });
    }
    this.started = true;
  }

  /** Enqueues on the given transaction (or the database outside one). */
  async send(handle: DbOrTx, name: string, data: object): Promise<void> {
    if (!this.handlers.has(name)) throw new Error(`unknown job queue ${name}`);
    const query = rawQueryOf(handle);
    await this.boss.send(name, data, { db: { executeSql: (text: string, values?: unknown[]) => query(text, values) } });
  }

  /** Starts polling every queue (the server does this; tests call runPending instead). */
  async work(pollingIntervalSeconds = 1) {
    for (const [name, handler] of this.handlers) {
      await this.boss.work(name, { pollingIntervalSeconds, batchSize: 1 }, async ([job]) => {
        if (job) await handler(job.data);
      });
    }
    for (const [name, spec] of this.specs) {
      // One queued run however many instances start at once.
      if (spec.atStart) await this.boss.send(name, {}, { singletonKey: name });
    }
  }

  /**
   * Runs every job that is due now, once, in this process, and reports how many ran and failed.
   * Tests use it to see a job's effect without waiting for a poll.
   */
  async runPending(): Promise<{ ran: number; failed: number }> {
    let ran = 0;
    let failed = 0;
    // Until a whole pass finds nothing: a job may enqueue others (an expiry sends e-mail).
    for (let pass = -1; pass !== ran; ) {
      pass = ran;
      for (const [name, handler] of this.handlers) {
        for (;;) {
          const [job] = await this.boss.fetch(name, { batchSize: 1 });
          if (!job) break;
          ran += 1;
          try {
            await handler(job.data);
            await this.boss.complete(name, job.id);
          } catch (error) {
            failed += 1;
            await this.boss.fail(name, job.id, { message: (error as Error).message });
          }
        }
      }
    }
    return { ran, failed };
  }

  async stop() {
    if (this.started) await this.boss.stop({ graceful: true, wait: true, timeout: 10_000 });
    this.started = false;
  }
}
