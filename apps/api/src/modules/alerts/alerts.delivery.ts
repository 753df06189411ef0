import { type LocalizedText, type Opportunity, pickLocalized } from '@innobridge/contracts';
import type { AppContext } from '../../app-context.js';
import type { DbOrTx } from '../../db/client.js';
import { DAY } from '../../lib/clock.js';
import { translator } from '../../lib/i18n.js';
import { newestResults } from '../exchange/index.js';
import { type Person, people } from '../identity/index.js';
import { searchPath } from './alerts.feed.js';
import * as repo from './alerts.repository.js';
import { nextDigestAt } from './alerts.schedule.js';

/** How many saved searches a run reads at once, and how many new results one mail lists at most. */
const PAGE = 100;
export const RESULTS_PER_MAIL = 50;

/** Where a saved search's alerts are turned off without signing in: the page, and the one-click address. */
export const unsubscribePagePath = (token: string) => `/saved-searches/unsubscribe?token=${token}`;
export const oneClickPath = (token: string) => `/api/v1/alerts/unsubscribe/${token}`;

/**
 * A section a digest may add for its reader, besides the saved search's new results; `opportunityId`
 * names it, so that one saved search's digests name it once.
 */
export type DigestSectionItem = { opportunityId: string; title: LocalizedText; link: string };

/**
 * What other modules may add to a digest: `newMatches`, the new recommended matches for the reader's
 * organisations since the last digest (the matching module's, passed in `modules.ts`); none by default.
 * The section's lines are the reader's own: the same whatever the saved search.
 */
export type DigestHooks = {
  newMatches?: (person: Person, since: Date) => Promise<DigestSectionItem[]>;
};

/** Immediate alerts: each saved search's results published since its last run, mailed once. */
export async function runImmediateAlerts(ctx: AppContext): Promise<void> {
  for (let after: string | null = null; ; ) {
    const page = await repo.immediateAfter(ctx.db, after, PAGE);
    if (page.length === 0) return;
    after = page.at(-1)?.id ?? null;
    const [found, owners] = await Promise.all([
      newestResults(
        ctx,
        page.map((s) => ({ key: s.id, query: s.query, since: s.alertsSince })),
        RESULTS_PER_MAIL,
      ),
      ownersOf(ctx, page),
    ]);
    for (const search of page) {
      const results = found.get(search.id) ?? [];
      const owner = owners.get(search.userId);
      if (results.length === 0 || !owner) continue;
      await ctx.db.transaction(async (tx) => {
        await mailNew(ctx, tx, { search, owner, results, template: 'saved_search_alert' });
      });
    }
  }
}

/**
 * Digests due now: each is claimed (its next instant moved on, compare-and-set) and its results not
 * yet mailed are recorded and mailed in the same transaction, so a second run, at once or later,
 * finds nothing to send again.
 */
export async function runDigests(ctx: AppContext, hooks: DigestHooks = {}): Promise<void> {
  const now = ctx.clock.now();
  const seen = new Set<string>();
  for (;;) {
    const page = (await repo.dueDigests(ctx.db, now, PAGE)).filter((s) => !seen.has(s.id));
    if (page.length === 0) return;
    for (const s of page) seen.add(s.id);
    const [found, owners] = await Promise.all([
      newestResults(
        ctx,
        page.map((s) => ({ key: s.id, query: s.query, since: s.alertsSince })),
        RESULTS_PER_MAIL,
      ),
      ownersOf(ctx, page),
    ]);
    for (const search of page) {
      const owner = owners.get(search.userId);
      const due = search.nextDigestAt;
      const next = nextDigestAt(search.frequency as 'daily' | 'weekly', now, owner?.timeZone);
      if (!due || !next) continue;
      const matches = owner && hooks.newMatches ? await hooks.newMatches(owner, lastDigestOf(search, due)) : [];
      await ctx.db.transaction(async (tx) => {
        if (!(await repo.claimDigest(tx, search.id, due, next)) || !owner) return;
        await mailNew(ctx, tx, {
          search,
          owner,
          results: found.get(search.id) ?? [],
          template: 'saved_search_digest',
          matches,
        });
      });
    }
  }
}

/** Records the results as mailed and enqueues the mail, when any of them was not mailed before. */
async function mailNew(
  ctx: AppContext,
  tx: DbOrTx,
  input: {
    search: repo.SavedSearchRow;
    owner: Person;
    results: Opportunity[];
    template: 'saved_search_alert' | 'saved_search_digest';
    matches?: DigestSectionItem[];
  },
): Promise<void> {
  const { search, owner } = input;
  const now = ctx.clock.now();
  const sent = await repo.recordSent(
    tx,
    search.id,
    'email',
    input.results.map((o) => o.id),
    now,
  );
  const results = input.results.filter((o) => sent.has(o.id));
  const matchesSent = await repo.recordSent(
    tx,
    search.id,
    'match',
    (input.matches ?? []).map((m) => m.opportunityId),
    now,
  );
  const matches = (input.matches ?? []).filter((m) => matchesSent.has(m.opportunityId));
  if (results.length === 0 && matches.length === 0) return;
  const url = ctx.config.publicUrl;
  const t = translator(owner.locale, 'emails');
  const list = (items: Omit<DigestSectionItem, 'opportunityId'>[]) =>
    items.map((i) => `• ${pickLocalized(i.title, owner.locale)?.text ?? ''}\n  ${i.link}`).join('\n');
  const oneClick = `${url}${oneClickPath(search.unsubscribeToken)}`;
  await ctx.email.enqueue(tx, {
    to: owner.email,
    // The person's settings apply: with saved searches' e-mail turned off, nothing is sent.
    userId: owner.userId,
    locale: owner.locale,
    timeZone: owner.timeZone,
    recipientName: owner.displayName,
    template: input.template,
    params: {
      name: search.name,
      count: results.length,
      results: list(results.map((o) => ({ title: o.title, link: `${url}/opportunities/${o.id}` }))),
      // The hook's section, whole sentences of its own: empty when there is nothing to add.
      matches: matches.length > 0 ? `\n\n${t('saved_search_digest.matches', { list: list(matches) })}` : '',
      link: `${url}${searchPath(search.query)}`,
      manage: `${url}/saved-searches`,
      unsubscribe: `${url}${unsubscribePagePath(search.unsubscribeToken)}`,
    },
    headers: { 'List-Unsubscribe': `<${oneClick}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
  });
}

/**
 * When the digest before this one was due (a day or a week before), or when its alerts were turned on
 * if that is later: what was proposed since is new to this digest.
 */
function lastDigestOf(search: repo.SavedSearchRow, due: Date): Date {
  const period = search.frequency === 'weekly' ? 7 * DAY : DAY;
  return new Date(Math.max(due.getTime() - period, search.alertsSince.getTime()));
}

async function ownersOf(ctx: AppContext, searches: repo.SavedSearchRow[]): Promise<Map<string, Person>> {
  const found = await people(ctx, [...new Set(searches.map((s) => s.userId))]);
  return new Map(found.map((p) => [p.userId, p]));
}
