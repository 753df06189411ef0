import { type Opportunity, WEBHOOK_FAILURE_LIMIT } from '@innobridge/contracts';
import type { AppContext } from '../../app-context.js';
import { HOUR, MINUTE } from '../../lib/clock.js';
import { newId } from '../../lib/ids.js';
import { newestResults } from '../exchange/index.js';
import { people } from '../identity/index.js';
import { notify } from '../notifications/index.js';
import { RESULTS_PER_MAIL } from './alerts.delivery.js';
import * as repo from './alerts.repository.js';
import { postDelivery } from './alerts.webhooks.js';

const PAGE = 100;
/** A claimed delivery is left alone this long by other runs; should this one die, it is due again after. */
const LEASE = 5 * MINUTE;

/** The wait before the n-th retry (n ≥ 1): a minute, doubled each time, at most six hours. */
export const retryDelay = (failedAttempts: number) => Math.min(MINUTE * 2 ** (failedAttempts - 1), 6 * HOUR);

/** What a webhook receives for each new result. */
export function deliveryBody(search: repo.SavedSearchRow, o: Opportunity, publicUrl: string): string {
  return JSON.stringify({
    event: 'saved_search.result',
    savedSearch: { id: search.id, name: search.name },
    opportunity: {
      id: o.id,
      url: `${publicUrl}/opportunities/${o.id}`,
      type: o.type,
      title: o.title,
      summary: o.summary,
      organizationName: o.organizationName,
      organizationJurisdiction: o.organizationJurisdiction,
      areas: o.areas,
      trl: o.trl,
      publishedAt: o.publishedAt,
    },
  });
}

/** Webhooks: new results become deliveries (once each), then every delivery due is attempted. */
export async function runWebhooks(ctx: AppContext): Promise<void> {
  await enqueueNewResults(ctx);
  await deliverDue(ctx);
}

async function enqueueNewResults(ctx: AppContext) {
  for (let after: string | null = null; ; ) {
    const page = await repo.activeWebhooksAfter(ctx.db, after, PAGE);
    if (page.length === 0) return;
    after = page.at(-1)?.id ?? null;
    const found = await newestResults(
      ctx,
      page.map((s) => ({ key: s.id, query: s.query, since: s.webhookSince ?? s.createdAt })),
      RESULTS_PER_MAIL,
    );
    for (const search of page) {
      const results = found.get(search.id) ?? [];
      if (results.length === 0) continue;
      const now = ctx.clock.now();
      await ctx.db.transaction(async (tx) => {
        const fresh = await repo.recordSent(
          tx,
          search.id,
          'webhook',
          results.map((o) => o.id),
          now,
        );
        await repo.insertDeliveries(
          tx,
          results
            .filter((o) => fresh.has(o.id))
            // Oldest first, as they were published.
            .reverse()
            .map((o, i) => ({
              id: newId(),
              savedSearchId: search.id,
              opportunityId: o.id,
              body: deliveryBody(search, o, ctx.config.publicUrl),
              nextAttemptAt: new Date(now.getTime() + i),
              createdAt: now,
            })),
        );
      });
    }
  }
}

async function deliverDue(ctx: AppContext) {
  for (;;) {
    const now = ctx.clock.now();
    const due = await repo.claimDueDeliveries(ctx.db, now, new Date(now.getTime() + LEASE), PAGE);
    if (due.length === 0) return;
    // A webhook that failed once in this run is not called again in it: its other deliveries wait a minute.
    const failing = new Set<string>();
    for (const delivery of due) {
      const attempts = delivery.attempts + 1;
      if (failing.has(delivery.savedSearchId)) {
        await repo.markRetry(ctx.db, delivery.id, delivery.attempts, new Date(now.getTime() + MINUTE), 'waiting');
        continue;
      }
      if (!delivery.url || !delivery.secret) {
        await repo.dropPending(ctx.db, delivery.savedSearchId);
        continue;
      }
      const outcome = await postDelivery(
        {
          url: delivery.url,
          secret: delivery.secret,
          body: delivery.body,
          deliveryId: delivery.id,
          timestamp: Math.floor(ctx.clock.now().getTime() / 1000),
        },
        ctx.config.webhooksAllowLoopback,
      );
      if (outcome.ok) {
        await repo.markDelivered(ctx.db, delivery.id, attempts);
        await repo.resetFailures(ctx.db, delivery.savedSearchId, delivery.url);
        continue;
      }
      failing.add(delivery.savedSearchId);
      await failed(ctx, delivery, attempts, outcome.error, delivery.url);
    }
  }
}

/** A failed attempt: retried later, or, at the limit of failures in a row, the webhook is turned off and its owner told. */
async function failed(ctx: AppContext, delivery: repo.DeliveryRow, attempts: number, error: string, url: string) {
  const now = ctx.clock.now();
  // Read before the transaction: on the embedded database a read outside it would wait for it.
  const ownerId = (await repo.ownerOf(ctx.db, delivery.savedSearchId)) ?? '';
  const [owner] = await people(ctx, [ownerId]);
  await ctx.db.transaction(async (tx) => {
    await repo.markRetry(tx, delivery.id, attempts, new Date(now.getTime() + retryDelay(attempts)), error);
    const search = await repo.countFailure(tx, delivery.savedSearchId, url);
    if (!search || search.webhookFailures < WEBHOOK_FAILURE_LIMIT) return;
    if (!(await repo.disableWebhook(tx, search.id, now))) return;
    await repo.dropPending(tx, search.id);
    if (!owner) return;
    await notify(tx, ctx, {
      recipients: [owner],
      template: 'saved_search_webhook_disabled',
      path: '/saved-searches',
      params: { name: search.name, failures: search.webhookFailures, url },
    });
  });
}
