import { boolean, index, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { MessageParam } from './email.service.js';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** In-app notifications; the text is rendered in the reader's language when read. */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey(),
    userId: uuid('user_id').notNull(),
    kind: text('kind').notNull(),
    params: jsonb('params').$type<Record<string, MessageParam>>().notNull(),
    link: text('link'),
    createdAt: ts('created_at').notNull(),
    readAt: ts('read_at'),
  },
  (t) => [index('notifications_user_idx').on(t.userId, t.createdAt)],
);

/**
 * A person's choice for one category of e-mail (`EMAIL_CATEGORIES` in the contracts). No row: the
 * category's e-mail is sent. Essential categories never have a row.
 */
export const emailPreferences = pgTable(
  'email_preferences',
  {
    userId: uuid('user_id').notNull(),
    category: text('category').notNull(),
    email: boolean('email').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.category] })],
);
