import type { LocalizedText } from '@innobridge/contracts';
import { bigint, date, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

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
    publishedAt: ts('published_at'),
    expiresAt: ts('expires_at'),
    expiryReminderSentAt: ts('expiry_reminder_sent_at'),
    /** Chinese texts segmented into words in the app, for full-text search (ADR 0007). */
    searchZh: text('search_zh').notNull().default(''),
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
