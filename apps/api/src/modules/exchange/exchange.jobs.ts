import type { AppContext } from '../../app-context.js';
import { runMessageDigest } from './conversations/conversations.service.js';
import { runExpiry, upgradeChineseSearchText } from './opportunities/opportunities.service.js';

export const EXPIRY_JOB = 'exchange.expiry';
export const MESSAGE_DIGEST_JOB = 'exchange.message-digest';
export const SEARCH_TEXT_UPGRADE_JOB = 'exchange.search-text-upgrade';

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
  // Opportunities saved before their Chinese text was kept a field a line (migration 0011) are
  // segmented again, once, after the server starts.
  ctx.jobs.define(
    SEARCH_TEXT_UPGRADE_JOB,
    async () => {
      await upgradeChineseSearchText(ctx);
    },
    { retryLimit: 2, retryDelay: 300, atStart: true },
  );
}
