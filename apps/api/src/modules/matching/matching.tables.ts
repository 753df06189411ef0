import { index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export type TaxonomyTerms = { ru: string; zh: string; en: string };
export type TaxonomySynonyms = { ru: string[]; zh: string[]; en: string[] };

/** The trilingual technology taxonomy: two levels of areas with labels and synonyms in every language. */
export const taxonomyAreas = pgTable(
  'taxonomy_areas',
  {
    code: text('code').primaryKey(),
    parent: text('parent'),
    label: jsonb('label').$type<TaxonomyTerms>().notNull(),
    synonyms: jsonb('synonyms').$type<TaxonomySynonyms>().notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [index('taxonomy_areas_parent_idx').on(t.parent)],
);

export type GlossaryTerms = { ru: string[]; zh: string[]; en: string[] };

/**
 * The operators' editable copy of the technical glossary (ADR 0024), seeded from the shipped files.
 * `origin` is `shipped` while a concept is as the platform ships it (a new shipped version replaces it)
 * and `edited` once an operator created or changed it (the shipped data no longer touches it).
 */
export const glossaryConcepts = pgTable(
  'glossary_concepts',
  {
    id: text('id').primaryKey(),
    area: text('area'),
    terms: jsonb('terms').$type<GlossaryTerms>().notNull(),
    origin: text('origin').$type<'shipped' | 'edited'>().notNull(),
    retiredAt: timestamp('retired_at', { withTimezone: true, mode: 'date' }),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull(),
    /** The operator who last changed it; null for the shipped data. */
    updatedBy: uuid('updated_by'),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('glossary_concepts_area_idx').on(t.area)],
);

/**
 * One row: the version of what the concept index is built from (the taxonomy and the glossary), bumped
 * in the transaction of every change, so that each server process finds out with one cheap read that
 * its index is stale; and the fingerprint of the shipped glossary last seeded.
 */
export const conceptIndexState = pgTable('concept_index_state', {
  id: integer('id').primaryKey(),
  version: integer('version').notNull(),
  shippedGlossary: text('shipped_glossary'),
});
