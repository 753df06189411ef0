import type { Opportunity } from '@innobridge/contracts';
import type { ConceptIndex } from './concept-index.js';
import { extractFromTexts, type FoundConcept } from './extract.js';
import type { MatchSide } from './score.js';

/** An opportunity's texts: each field in the languages it is written in. */
export type OpportunityTexts = {
  title: Record<string, string>;
  summary: Record<string, string>;
  description?: Record<string, string> | null;
  offer?: Record<string, string>;
};

/** The concepts of an opportunity's title, summary, description and offer, in all their languages. */
export function conceptsOfOpportunity(index: ConceptIndex, o: OpportunityTexts): FoundConcept[] {
  const fields = [o.title, o.summary, o.description ?? {}, o.offer ?? {}];
  return extractFromTexts(
    index,
    fields.flatMap((f) => Object.values(f)),
  );
}

type SideFields = Pick<
  Opportunity,
  'type' | 'trl' | 'areas' | 'cooperationForms' | 'targetCountries' | 'deadline' | 'organizationJurisdiction'
>;

/** One side of a pair from an opportunity and its concepts; a jurisdiction of OTHER names no country. */
export function matchSideOf(o: SideFields, concepts: FoundConcept[]): MatchSide {
  return {
    type: o.type,
    trl: o.trl,
    areas: o.areas,
    concepts,
    cooperationForms: o.cooperationForms,
    targetCountries: o.targetCountries,
    country: o.organizationJurisdiction === 'OTHER' ? null : o.organizationJurisdiction,
    deadline: o.deadline,
  };
}
