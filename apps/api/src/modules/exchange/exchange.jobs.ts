import type { AppContext } from '../../app-context.js';
import { runExpiry } from './exchange.service.js';

export const EXPIRY_JOB = 'exchange.expiry';

/** Expiry and the two-week reminders run every hour; a missed run is caught up by the next. */
export function defineExchangeJobs(ctx: AppContext) {
  ctx.jobs.define(
    EXPIRY_JOB,
    async () => {
      await runExpiry(ctx);
    },
    { retryLimit: 2, retryDelay: 300, cron: '17 * * * *' },
  );
}
