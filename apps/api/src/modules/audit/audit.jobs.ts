import type { Locale } from '@innobridge/contracts';
import type { AppContext } from '../../app-context.js';
import { writeAnchor } from './audit.service.js';

export const ANCHOR_JOB = 'audit.anchor';
export const ANCHOR_MAIL_JOB = 'audit.anchor-mail';

export type AuditJobDeps = {
  /** The platform's admins, who receive the chain's head by e-mail. */
  admins(): Promise<{ email: string; displayName: string; locale: string }[]>;
};

/** Mails each admin the chain's head, in their language: a copy of the anchor that no database user can reach. */
export async function mailAnchorToAdmins(ctx: AppContext, deps: AuditJobDeps): Promise<{ mailed: number }> {
  const anchor = await writeAnchor(ctx);
  if (!anchor) return { mailed: 0 };
  const admins = await deps.admins();
  for (const admin of admins) {
    await ctx.email.enqueue(ctx.db, {
      to: admin.email,
      locale: admin.locale as Locale,
      recipientName: admin.displayName,
      template: 'audit_anchor',
      params: { seq: anchor.seq, hash: anchor.hash, at: anchor.at, mac: anchor.mac },
    });
  }
  return { mailed: admins.length };
}

export function defineAuditJobs(ctx: AppContext, deps: AuditJobDeps) {
  // The head is anchored every hour and after each start; an unchanged head is not anchored again.
  ctx.jobs.define(
    ANCHOR_JOB,
    async () => {
      await writeAnchor(ctx);
    },
    { retryLimit: 3, retryDelay: 120, cron: '41 * * * *', atStart: true },
  );
  // Once a day the admins get it by e-mail (05:00 UTC: morning in Moscow, early afternoon in Beijing).
  ctx.jobs.define(
    ANCHOR_MAIL_JOB,
    async () => {
      await mailAnchorToAdmins(ctx, deps);
    },
    { retryLimit: 3, retryDelay: 600, cron: '0 5 * * *' },
  );
}
