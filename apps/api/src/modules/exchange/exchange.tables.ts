import type { LocalizedText } from '@innobridge/contracts';
import {
  bigint,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const localized = (name: string) => jsonb(name).$type<LocalizedText>().notNull().default({});

export const opportunities = pgTable(
  'opportunities',
  {
    id: uuid('id').primaryKey(),
    /** An organisation of the organizations module; no foreign key across modules. */
    organizationId: uuid('organization_id').notNull(),
    /** The organisation's jurisdiction, kept here for the search filters and moderation. */
    jurisdiction: text('jurisdiction', { enum: ['RU', 'CN', 'OTHER'] }).notNull(),
    type: text('type').notNull(),
    state: text('state', { enum: ['draft', 'submitted', 'published', 'closed'] }).notNull(),
    closeReason: text('close_reason', { enum: ['withdrawn', 'expired', 'success'] }),
    title: localized('title'),
    summary: localized('summary'),
    description: localized('description'),
    offer: localized('offer'),
    areas: text('areas').array().notNull().default([]),
    trl: integer('trl'),
    ipStatus: text('ip_status'),
    cooperationForms: text('cooperation_forms').array().notNull().default([]),
    targetCountries: text('target_countries').array().notNull().default([]),
    deadline: date('deadline', { mode: 'string' }),
    amountMin: bigint('amount_min', { mode: 'number' }),
    amountMax: bigint('amount_max', { mode: 'number' }),
    currency: text('currency'),
    moderationComment: text('moderation_comment'),
    /** In milliseconds, as the pages' cursors carry it: a finer time could fall between two pages. */
    publishedAt: timestamp('published_at', { withTimezone: true, mode: 'date', precision: 3 }),
    expiresAt: ts('expires_at'),
    expiryReminderSentAt: ts('expiry_reminder_sent_at'),
    /**
     * Chinese texts segmented into words in the app, for full-text search (ADR 0007): a line per field,
     * title, summary and description, each weighted as that field (ADR 0010).
     */
    searchZh: text('search_zh').notNull().default(''),
    /**
     * The owner is suspended or excluded (ADR 0014): a published opportunity is withheld from everyone
     * but the owner and the operators, and shown again when the status is restored. Kept by the
     * registry on every status change, in the change's transaction.
     */
    withheld: boolean('withheld').notNull().default(false),
    createdBy: uuid('created_by').notNull(),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('opportunities_org_idx').on(t.organizationId, t.createdAt),
    index('opportunities_state_idx').on(t.state, t.publishedAt),
    index('opportunities_expiry_idx').on(t.state, t.expiresAt),
  ],
);

/**
 * How many published opportunities have each facet value (`facet`, `key`), among all of them
 * (`withinFacet` and `withinKey` empty) and among those with one other facet value: the exchange's
 * counts without a search word and with at most one filter, read instead of counted. Kept by statement
 * triggers on `opportunities` (migration 0009), so every write keeps them, in its own transaction.
 * `facet` 'total' counts the opportunities themselves.
 */
export const opportunityFacetCounts = pgTable(
  'opportunity_facet_counts',
  {
    withinFacet: text('within_facet').notNull(),
    withinKey: text('within_key').notNull(),
    facet: text('facet').notNull(),
    key: text('key').notNull(),
    n: integer('n').notNull(),
  },
  (t) => [primaryKey({ columns: [t.withinFacet, t.withinKey, t.facet, t.key] })],
);

/** An organisation's expression of interest in another's opportunity; one per organisation and opportunity. */
export const interests = pgTable(
  'interests',
  {
    id: uuid('id').primaryKey(),
    opportunityId: uuid('opportunity_id')
      .notNull()
      .references(() => opportunities.id),
    fromOrganizationId: uuid('from_organization_id').notNull(),
    toOrganizationId: uuid('to_organization_id').notNull(),
    message: text('message').notNull(),
    state: text('state', { enum: ['pending', 'accepted', 'declined'] }).notNull(),
    declineReason: text('decline_reason'),
    declineText: text('decline_text'),
    outcome: text('outcome', { enum: ['agreement_signed', 'partnership_started', 'no_result'] }),
    outcomeRecordedBy: uuid('outcome_recorded_by'),
    outcomeRecordedAt: ts('outcome_recorded_at'),
    createdBy: uuid('created_by').notNull(),
    createdAt: ts('created_at').notNull(),
    decidedBy: uuid('decided_by'),
    decidedAt: ts('decided_at'),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('interests_once_idx').on(t.opportunityId, t.fromOrganizationId),
    index('interests_to_idx').on(t.toOrganizationId, t.createdAt),
    index('interests_from_idx').on(t.fromOrganizationId, t.createdAt),
  ],
);

/** The conversation an accepted expression of interest opens between the two organisations. */
export const conversations = pgTable(
  'conversations',
  {
    id: uuid('id').primaryKey(),
    interestId: uuid('interest_id')
      .notNull()
      .references(() => interests.id),
    /** The two sides, both organisations; the owner of the opportunity and the interested one. */
    ownerOrganizationId: uuid('owner_organization_id').notNull(),
    interestedOrganizationId: uuid('interested_organization_id').notNull(),
    createdAt: ts('created_at').notNull(),
    lastMessageAt: ts('last_message_at'),
  },
  (t) => [
    uniqueIndex('conversations_interest_idx').on(t.interestId),
    index('conversations_owner_idx').on(t.ownerOrganizationId),
    index('conversations_interested_idx').on(t.interestedOrganizationId),
  ],
);

export const conversationMessages = pgTable(
  'conversation_messages',
  {
    id: uuid('id').primaryKey(),
    conversationId: uuid('conversation_id')
      .notNull()
      .references(() => conversations.id),
    organizationId: uuid('organization_id').notNull(),
    authorUserId: uuid('author_user_id').notNull(),
    body: text('body').notNull(),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [index('conversation_messages_idx').on(t.conversationId, t.createdAt)],
);

export const conversationAttachments = pgTable(
  'conversation_attachments',
  {
    id: uuid('id').primaryKey(),
    messageId: uuid('message_id')
      .notNull()
      .references(() => conversationMessages.id),
    conversationId: uuid('conversation_id').notNull(),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    storageKey: text('storage_key').notNull(),
  },
  (t) => [index('conversation_attachments_idx').on(t.messageId)],
);

/** Per reader: what they have read, and up to when they were told by e-mail of what they had not. */
export const conversationReads = pgTable(
  'conversation_reads',
  {
    conversationId: uuid('conversation_id')
      .notNull()
      .references(() => conversations.id),
    userId: uuid('user_id').notNull(),
    readUpTo: ts('read_up_to'),
    mailedUpTo: ts('mailed_up_to'),
  },
  (t) => [primaryKey({ columns: [t.conversationId, t.userId] })],
);
