import type { SavedSearch, WebhookState } from '@innobridge/contracts';
import type { SavedSearchRow } from './alerts.repository.js';

/** Where a saved search's Atom feed is read, without signing in: the token is the key. */
export const feedPath = (token: string) => `/api/v1/feeds/saved-searches/${token}`;

/** Saved searches as their owner reads them (the webhook's secret is never shown again). */
export function describeSavedSearches(rows: SavedSearchRow[], publicUrl: string): SavedSearch[] {
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    query: row.query,
    frequency: row.frequency as SavedSearch['frequency'],
    feedUrl: `${publicUrl}${feedPath(row.feedToken)}`,
    webhook: { url: row.webhookUrl, state: row.webhookState as WebhookState, failures: row.webhookFailures },
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  }));
}

export const describeSavedSearch = (row: SavedSearchRow, publicUrl: string): SavedSearch =>
  describeSavedSearches([row], publicUrl)[0] as SavedSearch;
