import { loadGlossarySeed } from '../glossary/glossary-data.js';
import { TAXONOMY_SEED } from '../taxonomy-data.js';
import { buildConceptIndex, type ConceptIndex } from './concept-index.js';

export { COMPLEMENTS, complementary, PILOT_MIN_TRL } from './complements.js';
export {
  areaConcept,
  buildConceptIndex,
  type ConceptIndex,
  type ConceptInfo,
  type IndexArea,
} from './concept-index.js';
export { extractConcepts, extractFromTexts, type FoundConcept } from './extract.js';
export { conceptsOfOpportunity, documentKeys, matchSideOf, type OpportunityTexts } from './opportunity-side.js';
export {
  areaProfile,
  type Frequencies,
  idf,
  kindWeight,
  type MatchExplanation,
  type MatchNote,
  type MatchScore,
  type MatchSide,
  type SharedConcept,
  scoreMatch,
  textSimilarity,
  WEIGHTS,
} from './score.js';
export { textTerms } from './text.js';

let shipped: ConceptIndex | undefined;
/**
 * The index of the shipped taxonomy and glossary, built on first use. The operators' edited copies
 * (the tables) replace it once the matcher reads them.
 */
export function shippedConceptIndex(): ConceptIndex {
  shipped ??= buildConceptIndex({ areas: TAXONOMY_SEED, glossary: loadGlossarySeed() });
  return shipped;
}
