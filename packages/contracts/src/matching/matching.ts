import { z } from 'zod';

/** An area's name in each of the platform's languages. */
export const TaxonomyTerms = z.object({
  ru: z.string().trim().min(1).max(200),
  zh: z.string().trim().min(1).max(200),
  en: z.string().trim().min(1).max(200),
});

/** Other words for an area, in each language. */
export const TaxonomySynonyms = z.object({
  ru: z.array(z.string().trim().min(1).max(200)).max(30),
  zh: z.array(z.string().trim().min(1).max(200)).max(30),
  en: z.array(z.string().trim().min(1).max(200)).max(30),
});

/** An area of the two-level technology taxonomy. */
export const TaxonomyArea = z
  .object({ code: z.string(), parent: z.string().nullable(), label: TaxonomyTerms, synonyms: TaxonomySynonyms })
  .meta({ id: 'TaxonomyArea' });

export const TaxonomyList = z.object({ items: z.array(TaxonomyArea) });

/** An area's code: a top-level code, or a top-level code, a dot and a second-level code. */
export const TaxonomyCodeParam = z.object({ code: z.string().regex(/^[a-z0-9-]+(\.[a-z0-9-]+)?$/) });

export const SaveTaxonomyAreaBody = z.object({
  parent: z.string().nullable(),
  label: TaxonomyTerms,
  synonyms: TaxonomySynonyms,
});
