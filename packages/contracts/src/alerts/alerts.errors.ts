import type { ErrorTable } from '../common/error-table.js';

/** Saved searches, their alerts, feeds and webhooks. */
export const alertsErrors = {
  /** No saved search of the reader's with this id (another person's is not told apart from none). */
  saved_search_not_found: 404,
  /** A person keeps at most this many saved searches. */
  saved_search_limit_reached: 409,
  /** The saved search was changed meanwhile (its version): read it again. */
  saved_search_conflict: 409,
  /** An unsubscribe or feed link whose token is unknown or was replaced. */
  alerts_link_invalid: 404,
  /** A webhook URL that is not https, or names an address inside a private network. */
  alerts_webhook_url_refused: 422,
} as const satisfies ErrorTable;
