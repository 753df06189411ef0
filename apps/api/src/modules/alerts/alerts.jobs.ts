import type { AppContext } from '../../app-context.js';
import { type DigestHooks, runDigests, runImmediateAlerts } from './alerts.delivery.js';
import { runWebhooks } from './alerts.webhook-runs.js';

export const IMMEDIATE_ALERTS_JOB = 'alerts.immediate';
export const DIGESTS_JOB = 'alerts.digests';
export const WEBHOOKS_JOB = 'alerts.webhooks';

export function defineAlertJobs(ctx: AppContext, hooks: DigestHooks = {}) {
  // New results are mailed within five minutes of their publication.
  ctx.jobs.define(
    IMMEDIATE_ALERTS_JOB,
    async () => {
      await runImmediateAlerts(ctx);
    },
    { retryLimit: 2, retryDelay: 60, cron: '*/5 * * * *' },
  );
  // Digests are due at 08:00 in each reader's zone (alerts.schedule.ts): looked for every quarter hour.
  ctx.jobs.define(
    DIGESTS_JOB,
    async () => {
      await runDigests(ctx, hooks);
    },
    { retryLimit: 2, retryDelay: 120, cron: '*/15 * * * *' },
  );
  // Webhooks: new results each minute, and each delivery whose retry is due (back-off in alerts.webhook-runs.ts).
  ctx.jobs.define(
    WEBHOOKS_JOB,
    async () => {
      await runWebhooks(ctx);
    },
    { retryLimit: 1, retryDelay: 60, cron: '* * * * *' },
  );
}
