import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  real,
  smallint,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';

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

/**
 * What the matcher read of each opportunity (ADR 0026): its concepts and areas for finding candidates by
 * an index look-up, its document keys for the frequencies, and its side of a pair as `scoreMatch`
 * reads it. `listed` while the opportunity is published and not withheld; `source_updated_at` is the
 * opportunity's `updated_at` when it was read, for the catch-up.
 */
export const matchSides = pgTable(
  'match_sides',
  {
    opportunityId: uuid('opportunity_id').primaryKey(),
    organizationId: uuid('organization_id').notNull(),
    type: text('type').notNull(),
    trl: smallint('trl'),
    listed: boolean('listed').notNull(),
    concepts: text('concepts').array().notNull(),
    /** Chosen areas and the areas of the concepts found, level 2 and their domains. */
    areas: text('areas').array().notNull(),
    /** The keys counted in the document frequencies (concepts and, when the matcher has them, words). */
    keys: text('keys').array().notNull(),
    side: jsonb('side').$type<Record<string, unknown>>().notNull(),
    sourceUpdatedAt: timestamp('source_updated_at', { withTimezone: true, mode: 'date' }).notNull(),
    computedAt: timestamp('computed_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [
    index('match_sides_concepts_idx').using('gin', t.concepts),
    index('match_sides_areas_idx').using('gin', t.areas),
    index('match_sides_listed_type_idx').on(t.type).where(sql`${t.listed}`),
    index('match_sides_organization_idx').on(t.organizationId),
  ],
);

/**
 * What the matcher read of each organisation's profile (its name, descriptions, products and areas),
 * as an organisation's side (ADR 0026): found by the same index look-ups as an opportunity's, and scored
 * by `scoreMatch` in the part the organisation plays for the opportunity (an R&D partner, a technology's
 * provider). `listed` while the public registry shows the organisation. Its words are not counted in
 * the frequencies, which stay those of the listed opportunities.
 */
export const matchOrganizationSides = pgTable(
  'match_organization_sides',
  {
    organizationId: uuid('organization_id').primaryKey(),
    listed: boolean('listed').notNull(),
    concepts: text('concepts').array().notNull(),
    areas: text('areas').array().notNull(),
    side: jsonb('side').$type<Record<string, unknown>>().notNull(),
    sourceUpdatedAt: timestamp('source_updated_at', { withTimezone: true, mode: 'date' }).notNull(),
    computedAt: timestamp('computed_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [
    index('match_organization_sides_concepts_idx').using('gin', t.concepts),
    index('match_organization_sides_areas_idx').using('gin', t.areas),
  ],
);

/** How many listed opportunities hold each key; the key `''` holds the number of listed opportunities. */
export const matchFrequencies = pgTable('match_frequencies', {
  key: text('key').primaryKey(),
  df: integer('df').notNull(),
});

/**
 * The stored best candidates of each listed opportunity: complementary ones (`list` = `candidates`,
 * opportunities and, for the kinds that look for them, organisations) and similar ones of its own kind
 * (`similar`); and the opportunities recommended to a listed organisation from its profile (`list` =
 * `organization`, where `opportunity_id` holds the organisation's id). `id` is derived from the pair, so
 * feedback outlives a recomputation. The explanation holds codes and words; labels are added in the
 * reader's language.
 */
export const matchProposals = pgTable(
  'match_proposals',
  {
    id: uuid('id').primaryKey(),
    opportunityId: uuid('opportunity_id').notNull(),
    list: text('list').$type<'candidates' | 'similar' | 'organization'>().notNull(),
    candidateKind: text('candidate_kind').$type<'opportunity' | 'organization'>().notNull(),
    candidateId: uuid('candidate_id').notNull(),
    score: real('score').notNull(),
    explanation: jsonb('explanation').$type<Record<string, unknown>>().notNull(),
    rank: integer('rank').notNull(),
    computedAt: timestamp('computed_at', { withTimezone: true, mode: 'date' }).notNull(),
    /** When the pair first entered the list; kept by every recomputation, so a digest tells what is new. */
    firstProposedAt: timestamp('first_proposed_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    index('match_proposals_list_idx').on(t.opportunityId, t.list, t.rank),
    index('match_proposals_candidate_idx').on(t.candidateId),
  ],
);

/** A user's feedback on a proposal: `not_useful` hides it from them, `useful` lifts it; both are counted. */
export const matchFeedback = pgTable(
  'match_feedback',
  {
    userId: uuid('user_id').notNull(),
    proposalId: uuid('proposal_id').notNull(),
    opportunityId: uuid('opportunity_id').notNull(),
    candidateId: uuid('candidate_id').notNull(),
    value: text('value').$type<'useful' | 'not_useful'>().notNull(),
    at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.proposalId] }), index('match_feedback_proposal_idx').on(t.proposalId)],
);

/** Small state of the matcher: the catch-up's watermark (`catch_up`). */
export const matchState = pgTable('match_state', {
  key: text('key').primaryKey(),
  at: timestamp('at', { withTimezone: true, mode: 'date' }),
  value: text('value'),
});
