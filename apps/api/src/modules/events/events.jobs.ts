import type { AppContext } from '../../app-context.js';
import { runReminders } from './registrations/registrations.service.js';

export const EVENT_REMINDER_JOB = 'events.reminders';

export function defineEventJobs(ctx: AppContext) {
  // The day-before reminders run every hour; each registered person is reminded once.
  ctx.jobs.define(
    EVENT_REMINDER_JOB,
    async () => {
      await runReminders(ctx);
    },
    { retryLimit: 2, retryDelay: 300, cron: '23 * * * *' },
  );
}
