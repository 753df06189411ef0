import { randomBytes } from 'node:crypto';
import type {
  AlertFrequency,
  AlertUnsubscribe,
  SavedSearch,
  SavedSearchBody,
  SavedSearchPatch,
  WebhookBody,
  WebhookCreated,
} from '@innobridge/contracts';
import type { AppContext } from '../../app-context.js';
import type { Actor } from '../../lib/actor.js';
import { AppError } from '../../lib/app-error.js';
import { newId } from '../../lib/ids.js';
import { newestResults } from '../exchange/index.js';
import { people } from '../identity/index.js';
import { atomFeed } from './alerts.feed.js';
import * as repo from './alerts.repository.js';
import { nextDigestAt } from './alerts.schedule.js';
import { describeSavedSearch, describeSavedSearches, feedPath } from './alerts.views.js';
import { checkWebhookUrl, newWebhookSecret } from './alerts.webhooks.js';

/** A person keeps at most this many saved searches. */
export const SAVED_SEARCH_LIMIT = 50;
/** How many of the newest results a feed shows. */
export const FEED_SIZE = 30;

const newToken = () => randomBytes(24).toString('base64url');

export async function listSavedSearches(ctx: AppContext, actor: Actor): Promise<{ items: SavedSearch[] }> {
  return { items: describeSavedSearches(await repo.listOfUser(ctx.db, actor.userId), ctx.config.publicUrl) };
}

export async function readSavedSearch(ctx: AppContext, actor: Actor, id: string): Promise<SavedSearch> {
  return describeSavedSearch(await owned(ctx, actor, id), ctx.config.publicUrl);
}

export async function createSavedSearch(ctx: AppContext, actor: Actor, body: SavedSearchBody): Promise<SavedSearch> {
  const now = ctx.clock.now();
  const row = await ctx.db.transaction(async (tx) => {
    // Counted and inserted under the owner's lock: two saves at once cannot pass the limit together.
    await repo.lockOwner(tx, actor.userId);
    if ((await repo.countOfUser(tx, actor.userId)) >= SAVED_SEARCH_LIMIT) {
      throw new AppError('saved_search_limit_reached', { params: { max: SAVED_SEARCH_LIMIT } });
    }
    return repo.insertSavedSearch(tx, {
      id: newId(),
      userId: actor.userId,
      name: body.name,
      query: body.query,
      frequency: body.frequency,
      alertsSince: now,
      nextDigestAt: nextDigestAt(body.frequency, now, actor.timeZone),
      feedToken: newToken(),
      unsubscribeToken: newToken(),
      createdAt: now,
      updatedAt: now,
    });
  });
  return describeSavedSearch(row, ctx.config.publicUrl);
}

export async function updateSavedSearch(
  ctx: AppContext,
  actor: Actor,
  id: string,
  patch: SavedSearchPatch,
): Promise<SavedSearch> {
  const current = await owned(ctx, actor, id);
  if (current.version !== patch.version) throw new AppError('saved_search_conflict');
  const now = ctx.clock.now();
  const queryChanged = patch.query !== undefined && JSON.stringify(patch.query) !== JSON.stringify(current.query);
  const frequency = patch.frequency ?? (current.frequency as AlertFrequency);
  const turnedOn = current.frequency === 'none' && frequency !== 'none';
  const row = await repo.updateAt(ctx.db, id, patch.version, {
    name: patch.name,
    query: patch.query,
    frequency,
    // What was published before the alerts were turned on, or before the query changed, is not new.
    alertsSince: turnedOn || queryChanged ? now : undefined,
    webhookSince: queryChanged && current.webhookState === 'active' ? now : undefined,
    nextDigestAt:
      frequency !== current.frequency || !current.nextDigestAt
        ? nextDigestAt(frequency, now, actor.timeZone)
        : current.nextDigestAt,
    updatedAt: now,
  });
  if (!row) throw new AppError('saved_search_conflict');
  return describeSavedSearch(row, ctx.config.publicUrl);
}

export async function deleteSavedSearch(ctx: AppContext, actor: Actor, id: string): Promise<void> {
  if (!(await repo.deleteOwned(ctx.db, actor.userId, id))) throw new AppError('saved_search_not_found');
}

/** A new secret address for the feed; the old one stops working at once. */
export async function rotateFeed(ctx: AppContext, actor: Actor, id: string): Promise<SavedSearch> {
  const current = await owned(ctx, actor, id);
  const row = await repo.updateAt(ctx.db, id, current.version, { feedToken: newToken(), updatedAt: ctx.clock.now() });
  if (!row) throw new AppError('saved_search_conflict');
  return describeSavedSearch(row, ctx.config.publicUrl);
}

/** Sets (or replaces) the webhook with a new secret, shown this once; waiting deliveries to the old one are dropped. */
export async function setWebhook(
  ctx: AppContext,
  actor: Actor,
  id: string,
  body: WebhookBody,
): Promise<WebhookCreated> {
  const url = checkWebhookUrl(body.url, ctx.config.webhooksAllowLoopback);
  const current = await owned(ctx, actor, id);
  const now = ctx.clock.now();
  const secret = newWebhookSecret();
  const row = await ctx.db.transaction(async (tx) => {
    await repo.dropPending(tx, id);
    return repo.updateAt(tx, id, current.version, {
      webhookUrl: url,
      webhookSecret: secret,
      webhookState: 'active',
      webhookSince: now,
      webhookFailures: 0,
      updatedAt: now,
    });
  });
  if (!row) throw new AppError('saved_search_conflict');
  return { savedSearch: describeSavedSearch(row, ctx.config.publicUrl), secret };
}

export async function removeWebhook(ctx: AppContext, actor: Actor, id: string): Promise<SavedSearch> {
  const current = await owned(ctx, actor, id);
  const row = await ctx.db.transaction(async (tx) => {
    await repo.dropPending(tx, id);
    return repo.updateAt(tx, id, current.version, {
      webhookUrl: null,
      webhookSecret: null,
      webhookState: 'none',
      webhookSince: null,
      webhookFailures: 0,
      updatedAt: ctx.clock.now(),
    });
  });
  if (!row) throw new AppError('saved_search_conflict');
  return describeSavedSearch(row, ctx.config.publicUrl);
}

/** The Atom feed at a secret address, in its owner's language; an unknown or replaced token is not found. */
export async function readFeed(ctx: AppContext, token: string): Promise<string> {
  const search = await repo.findByToken(ctx.db, 'feedToken', token);
  if (!search) throw new AppError('alerts_link_invalid');
  const [[owner], found] = await Promise.all([
    people(ctx, [search.userId]),
    newestResults(ctx, [{ key: search.id, query: search.query }], FEED_SIZE),
  ]);
  return atomFeed({
    search,
    results: found.get(search.id) ?? [],
    locale: owner?.locale ?? 'en',
    publicUrl: ctx.config.publicUrl,
    selfUrl: `${ctx.config.publicUrl}${feedPath(token)}`,
  });
}

/** What the unsubscribe page shows, from the link's token alone. */
export async function unsubscribeInfo(ctx: AppContext, token: string): Promise<AlertUnsubscribe> {
  const search = await repo.findByToken(ctx.db, 'unsubscribeToken', token);
  if (!search) throw new AppError('alerts_link_invalid');
  return { name: search.name, frequency: search.frequency as AlertFrequency };
}

/** Turns a saved search's e-mail alerts off from the link's token alone (one click, no sign-in). */
export async function unsubscribe(ctx: AppContext, token: string): Promise<AlertUnsubscribe> {
  for (;;) {
    const search = await repo.findByToken(ctx.db, 'unsubscribeToken', token);
    if (!search) throw new AppError('alerts_link_invalid');
    if (search.frequency === 'none') return { name: search.name, frequency: 'none' };
    const row = await repo.updateAt(ctx.db, search.id, search.version, {
      frequency: 'none',
      nextDigestAt: null,
      updatedAt: ctx.clock.now(),
    });
    // Changed meanwhile by its owner: read it again and turn it off as it is now.
    if (row) return { name: row.name, frequency: 'none' };
  }
}

async function owned(ctx: AppContext, actor: Actor, id: string) {
  const row = await repo.findOwned(ctx.db, actor.userId, id);
  if (!row) throw new AppError('saved_search_not_found');
  return row;
}
