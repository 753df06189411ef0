import type { AppContext } from '../../app-context.js';
import { runMessageDigest } from './conversations.service.js';
import { runExpiry } from './exchange.service.js';

export const EXPIRY_JOB = 'exchange.expiry';
export const MESSAGE_DIGEST_JOB = 'exchange.message-digest';

export function defineExchangeJobs(ctx: AppContext) {
  // Expiry and the two-week reminders run every hour; a missed run is caught up by the next.
  ctx.jobs.define(
    EXPIRY_JOB,
    async () => {
      await runExpiry(ctx);
    },
    { retryLimit: 2, retryDelay: 300, cron: '17 * * * *' },
  );
  // New messages are mailed every ten minutes at most: one mail for a burst, not one per message.
  ctx.jobs.define(
    MESSAGE_DIGEST_JOB,
    async () => {
      await runMessageDigest(ctx);
    },
    { retryLimit: 2, retryDelay: 60, cron: '*/10 * * * *' },
  );
}
