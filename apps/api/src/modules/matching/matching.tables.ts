import { index, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

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
