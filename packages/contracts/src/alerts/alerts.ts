import { z } from 'zod';
import { SearchQuery } from '../exchange/exchange.js';

/**
 * What a saved search keeps of the exchange's search: its filters, words and order, as the search page's
 * parameters read them (the page's cursor and size are not part of it).
 */
export const SavedQuery = SearchQuery.omit({ cursor: true, limit: true }).meta({ id: 'SavedQuery' });
export type SavedQuery = z.infer<typeof SavedQuery>;

export const ALERT_FREQUENCIES = ['none', 'immediate', 'daily', 'weekly'] as const;
/**
 * How new results are mailed: not at all, a few minutes after they are published, or in a digest each
 * morning (daily) or each Monday morning (weekly) at 08:00 in the owner's own time zone (UTC when the
 * account has none).
 */
export const AlertFrequency = z.enum(ALERT_FREQUENCIES);
export type AlertFrequency = z.infer<typeof AlertFrequency>;

export const WEBHOOK_STATES = ['none', 'active', 'disabled'] as const;
/** A webhook's state: none set, delivering, or turned off after repeated failed deliveries. */
export const WebhookState = z.enum(WEBHOOK_STATES);
export type WebhookState = z.infer<typeof WebhookState>;

export const SavedSearch = z
  .object({
    id: z.string(),
    name: z.string(),
    query: SavedQuery,
    frequency: AlertFrequency,
    /** The Atom feed of its newest results: a secret address, replaced when rotated. */
    feedUrl: z.string(),
    webhook: z.object({
      url: z.string().nullable(),
      state: WebhookState,
      /** Failed deliveries in a row; at `WEBHOOK_FAILURE_LIMIT` the webhook is turned off. */
      failures: z.number().int(),
    }),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'SavedSearch' });
export type SavedSearch = z.infer<typeof SavedSearch>;

export const SavedSearchList = z.object({ items: z.array(SavedSearch) }).meta({ id: 'SavedSearchList' });
export type SavedSearchList = z.infer<typeof SavedSearchList>;

const Name = z.string().trim().min(1).max(120);

export const SavedSearchBody = z
  .object({ name: Name, query: SavedQuery, frequency: AlertFrequency.default('none') })
  .meta({ id: 'SavedSearchBody' });
export type SavedSearchBody = z.infer<typeof SavedSearchBody>;

/** A change to a saved search: what is given changes; `version` is the one the change was made on. */
export const SavedSearchPatch = z
  .object({
    name: Name.optional(),
    query: SavedQuery.optional(),
    frequency: AlertFrequency.optional(),
    version: z.number().int(),
  })
  .meta({ id: 'SavedSearchPatch' });
export type SavedSearchPatch = z.infer<typeof SavedSearchPatch>;

export const WebhookBody = z.object({ url: z.string().trim().max(2000) }).meta({ id: 'WebhookBody' });
export type WebhookBody = z.infer<typeof WebhookBody>;

/** A webhook just set: its secret is shown this once, to verify the signature of each delivery. */
export const WebhookCreated = z.object({ savedSearch: SavedSearch, secret: z.string() }).meta({ id: 'WebhookCreated' });
export type WebhookCreated = z.infer<typeof WebhookCreated>;

/** What the unsubscribe page shows before the reader confirms, without signing in. */
export const AlertUnsubscribe = z
  .object({ name: z.string(), frequency: AlertFrequency })
  .meta({ id: 'AlertUnsubscribe' });
export type AlertUnsubscribe = z.infer<typeof AlertUnsubscribe>;

/** After this many failed deliveries in a row a webhook is turned off and its owner told. */
export const WEBHOOK_FAILURE_LIMIT = 6;

/** The header of a webhook delivery's signature: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`. */
export const WEBHOOK_SIGNATURE_HEADER = 'x-innobridge-signature';
