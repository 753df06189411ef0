import type { LocalizedText } from '@innobridge/contracts';
import { sql } from 'drizzle-orm';
import { index, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const localized = (name: string) => jsonb(name).$type<LocalizedText>().notNull().default({});

export const organizations = pgTable(
  'organizations',
  {
    id: uuid('id').primaryKey(),
    type: text('type').notNull(),
    jurisdiction: text('jurisdiction', { enum: ['RU', 'CN', 'OTHER'] }).notNull(),
    /** A code of the reference list of cities and regions (contracts' `PLACES`), or 'other'. */
    place: text('place').notNull().default('other'),
    /** The city's own text when the place is 'other'; empty otherwise. */
    city: text('city').notNull(),
    /** Technology areas of the matching module's taxonomy (codes). */
    areas: text('areas').array().notNull().default([]),
    legalIdKind: text('legal_id_kind', { enum: ['inn', 'ogrn', 'ogrnip', 'uscc', 'other'] }).notNull(),
    /** Normalised (trimmed, upper-case); empty only for an organisation from elsewhere that gave none. */
    legalId: text('legal_id').notNull(),
    status: text('status').notNull().default('none'),
    statusSince: ts('status_since'),
    name: localized('name'),
    shortDescription: localized('short_description'),
    description: localized('description'),
    products: localized('products'),
    website: text('website'),
    /** Chinese texts segmented into words in the app, for full-text search (ADR 0007). */
    searchZh: text('search_zh').notNull().default(''),
    createdBy: uuid('created_by'),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('organizations_legal_id_key').on(t.jurisdiction, t.legalId).where(sql`${t.legalId} <> ''`),
    index('organizations_created_idx').on(t.createdAt, t.id),
    // The matcher's catch-up reads the organisations changed since its last pass.
    index('organizations_updated_idx').on(t.updatedAt, t.id),
    index('organizations_place_idx').on(t.place),
    index('organizations_areas_idx').using('gin', t.areas),
  ],
);

export const organizationMembers = pgTable(
  'organization_members',
  {
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    /** A user id of the identity module; no foreign key across modules. */
    userId: uuid('user_id').notNull(),
    role: text('role', { enum: ['admin', 'member'] }).notNull(),
    joinedAt: ts('joined_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.userId] }), index('organization_members_user_idx').on(t.userId)],
);

export const invitations = pgTable(
  'invitations',
  {
    id: uuid('id').primaryKey(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    email: text('email').notNull(),
    role: text('role', { enum: ['admin', 'member'] }).notNull(),
    tokenHash: text('token_hash').notNull(),
    invitedBy: uuid('invited_by').notNull(),
    createdAt: ts('created_at').notNull(),
    expiresAt: ts('expires_at').notNull(),
    acceptedAt: ts('accepted_at'),
    revokedAt: ts('revoked_at'),
  },
  (t) => [uniqueIndex('invitations_token_hash_key').on(t.tokenHash), index('invitations_org_idx').on(t.organizationId)],
);
