import { z } from 'zod';
import { CursorQuery, Page } from '../common/page.js';

/** The glossary's languages: a concept names itself in each with one or more terms. */
export const GLOSSARY_LANGUAGES = ['ru', 'zh', 'en'] as const;
export const GLOSSARY_TERM_MAX = 120;
export const GLOSSARY_TERMS_MAX = 30;

const Term = z.string().trim().min(2).max(GLOSSARY_TERM_MAX);
const Terms = z.array(Term).max(GLOSSARY_TERMS_MAX);

/** A concept's terms per language: the canonical term first, then the variants. */
export const GlossaryTerms = z.object({ ru: Terms, zh: Terms, en: Terms });

/** A concept of the trilingual technical glossary, as operators see and edit it. */
export const GlossaryConcept = z
  .object({
    id: z.string(),
    area: z.string().nullable(),
    terms: GlossaryTerms,
    /** `shipped`: as the platform ships it; `edited`: created or changed by an operator. */
    origin: z.enum(['shipped', 'edited']),
    retired: z.boolean(),
    updatedAt: z.string(),
    /** Who changed it last; null for the shipped data. */
    updatedBy: z.object({ id: z.string(), displayName: z.string() }).nullable(),
    version: z.number().int(),
  })
  .meta({ id: 'GlossaryConcept' });

export const GlossaryConceptPage = Page(GlossaryConcept);

export const GlossaryQuery = CursorQuery.extend({
  /** Part of a term in any language, or of the concept's code. */
  q: z.string().trim().max(120).optional(),
  /** An area's code: its concepts and those of its sub-areas. */
  area: z
    .string()
    .regex(/^[a-z0-9-]+(\.[a-z0-9-]+)?$/)
    .optional(),
  /** Retired concepts instead of the active ones. */
  retired: z.enum(['true', 'false']).optional(),
});

export const GlossaryConceptParam = z.object({ id: z.string().min(1).max(200) });

export const CreateGlossaryConceptBody = z.object({ area: z.string().nullable(), terms: GlossaryTerms });

/** A change: the version read (a concept changed since is refused), and the new area or terms. */
export const UpdateGlossaryConceptBody = z.object({
  version: z.number().int().min(1),
  area: z.string().nullable().optional(),
  terms: GlossaryTerms.optional(),
});

export const GlossaryVersionBody = z.object({ version: z.number().int().min(1) });

export const GLOSSARY_TRY_TEXT_MAX = 20_000;
export const TryGlossaryBody = z.object({ text: z.string().max(GLOSSARY_TRY_TEXT_MAX) });

/** A concept the matcher found in a text: an area of the taxonomy or a glossary concept, and the words that named it. */
export const FoundGlossaryConcept = z.object({
  id: z.string(),
  kind: z.enum(['area', 'glossary']),
  area: z.string().nullable(),
  /** The concept's first term (an area's label) in each language; empty where it has none. */
  label: z.object({ ru: z.string(), zh: z.string(), en: z.string() }),
  words: z.array(z.string()),
});

export const TryGlossaryResult = z.object({ found: z.array(FoundGlossaryConcept) });
