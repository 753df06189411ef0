import type { Opportunity } from '@innobridge/contracts';
import type { ConceptIndex } from './concept-index.js';
import { extractFromTexts, type FoundConcept } from './extract.js';
import type { MatchSide } from './score.js';
import { textTerms } from './text.js';

/** An opportunity's texts: each field in the languages it is written in. */
export type OpportunityTexts = {
  title: Record<string, string>;
  summary: Record<string, string>;
  description?: Record<string, string> | null;
  offer?: Record<string, string>;
};

const bodyOf = (o: Partial<OpportunityTexts>) =>
  [o.summary ?? {}, o.description ?? {}, o.offer ?? {}].flatMap((f) => Object.values(f));

/**
 * The concepts of an opportunity's title, summary, description and offer, in all their languages; those
 * its title names are marked, they weigh more.
 */
export function conceptsOfOpportunity(index: ConceptIndex, o: OpportunityTexts): FoundConcept[] {
  const title = extractFromTexts(index, Object.values(o.title)).map((c) => ({ ...c, title: true }));
  return mergeTitle(title, extractFromTexts(index, bodyOf(o)));
}

function mergeTitle(title: FoundConcept[], body: FoundConcept[]): FoundConcept[] {
  const byId = new Map(title.map((c) => [c.concept, c]));
  for (const c of body) {
    const t = byId.get(c.concept);
    if (!t) byId.set(c.concept, c);
    else for (const w of c.words) if (t.words.length < 5 && !t.words.includes(w)) t.words.push(w);
  }
  return [...byId.values()];
}

type SideFields = Pick<
  Opportunity,
  'type' | 'trl' | 'areas' | 'cooperationForms' | 'targetCountries' | 'deadline' | 'organizationJurisdiction'
> &
  Partial<OpportunityTexts>;

/**
 * One side of a pair from an opportunity and its concepts; a jurisdiction of OTHER names no country. Given
 * the opportunity's texts (an `Opportunity` has them), the side also carries their words for the text
 * similarity within a language.
 */
export function matchSideOf(o: SideFields, concepts: FoundConcept[]): MatchSide {
  const texts = [...Object.values(o.title ?? {}), ...bodyOf(o)];
  return {
    type: o.type,
    trl: o.trl,
    areas: o.areas,
    concepts,
    cooperationForms: o.cooperationForms,
    targetCountries: o.targetCountries,
    country: o.organizationJurisdiction === 'OTHER' ? null : o.organizationJurisdiction,
    deadline: o.deadline,
    ...(texts.length > 0 ? { terms: Object.fromEntries(textTerms(texts)) } : {}),
  };
}

/** The keys whose document frequencies `scoreMatch` reads: the side's concepts and its words. */
export function documentKeys(side: MatchSide): string[] {
  return [...side.concepts.map((c) => c.concept), ...Object.keys(side.terms ?? {})];
}
