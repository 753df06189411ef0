import { bigint, index, jsonb, pgTable, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Append-only, hash-chained: each row's hash covers its content and the previous row's hash, so a
 * changed or deleted row breaks the chain from that point on. A trigger (custom migration) refuses
 * UPDATE and DELETE. Version 1 rows (written before the chain was keyed) carry a SHA-256; version 2
 * rows an HMAC-SHA-256 with a key kept outside the database (ADR 0017).
 */
export const auditLog = pgTable(
  'audit_log',
  {
    seq: bigint('seq', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull(),
    actorUserId: uuid('actor_user_id'),
    /** How the actor was signed in when they acted: a browser session or an API token; null for none. */
    via: text('via').$type<'session' | 'token'>(),
    action: text('action').notNull(),
    subjectType: text('subject_type').notNull(),
    subjectId: text('subject_id').notNull(),
    summary: jsonb('summary').$type<Record<string, unknown>>().notNull(),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
    version: smallint('version').notNull().default(1),
  },
  (t) => [index('audit_log_subject_idx').on(t.subjectType, t.subjectId)],
);
