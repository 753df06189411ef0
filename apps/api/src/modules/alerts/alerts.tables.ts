import type { SavedQuery } from '@innobridge/contracts';
import { index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/**
 * A person's saved exchange searches and how each tells them of new results: e-mail (immediate or a
 * digest), an Atom feed at a secret address, a webhook. The feed's and the unsubscribe link's tokens
 * are random, unguessable and replaced at will; the webhook's secret signs its deliveries, so it is
 * kept as given (shown to its owner once).
 */
export const savedSearches = pgTable(
  'saved_searches',
  {
    id: uuid('id').primaryKey(),
    userId: uuid('user_id').notNull(),
    name: text('name').notNull(),
    query: jsonb('query').$type<SavedQuery>().notNull(),
    frequency: text('frequency').notNull().default('none'),
    /** Results published after this instant are new to the alerts (when the alerts were last turned on). */
    alertsSince: ts('alerts_since').notNull(),
    /** When the next digest is due (daily and weekly only). */
    nextDigestAt: ts('next_digest_at'),
    feedToken: text('feed_token').notNull().unique(),
    unsubscribeToken: text('unsubscribe_token').notNull().unique(),
    webhookUrl: text('webhook_url'),
    webhookSecret: text('webhook_secret'),
    webhookState: text('webhook_state').notNull().default('none'),
    /** Results published after this instant are new to the webhook (when it was last set). */
    webhookSince: ts('webhook_since'),
    webhookFailures: integer('webhook_failures').notNull().default(0),
    version: integer('version').notNull().default(1),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [
    index('saved_searches_user_idx').on(t.userId, t.createdAt),
    index('saved_searches_due_idx').on(t.frequency, t.nextDigestAt),
  ],
);

/**
 * Which results each saved search has already sent, and by which channel (`email`, `webhook`, `match`: a
 * new recommended match its digest named): a result
 * reaches an alert, a digest or a webhook once, whatever the retries and concurrent runs, because the
 * run that inserts the row is the one that sends it.
 */
export const savedSearchSent = pgTable(
  'saved_search_sent',
  {
    savedSearchId: uuid('saved_search_id')
      .notNull()
      .references(() => savedSearches.id, { onDelete: 'cascade' }),
    opportunityId: uuid('opportunity_id').notNull(),
    channel: text('channel').notNull(),
    sentAt: ts('sent_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.savedSearchId, t.opportunityId, t.channel] })],
);

/** Webhook deliveries waiting, retried with back-off, delivered or dropped. */
export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    id: uuid('id').primaryKey(),
    savedSearchId: uuid('saved_search_id')
      .notNull()
      .references(() => savedSearches.id, { onDelete: 'cascade' }),
    opportunityId: uuid('opportunity_id').notNull(),
    /** The JSON body, as signed and sent (the same bytes on every attempt). */
    body: text('body').notNull(),
    /** pending, delivered, dropped (the webhook was turned off or changed). */
    state: text('state').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: ts('next_attempt_at').notNull(),
    lastError: text('last_error'),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [index('webhook_deliveries_due_idx').on(t.state, t.nextAttemptAt)],
);
