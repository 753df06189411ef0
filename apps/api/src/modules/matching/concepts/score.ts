import { complementary, type Kind, PILOT_MIN_TRL } from './complements.js';
import { areaConcept, type ConceptIndex } from './concept-index.js';
import type { FoundConcept } from './extract.js';

/**
 * How well two opportunities answer each other (ADR 0024): the concepts both name, weighted by how rare
 * they are among opportunities; the areas both are in (chosen, or those of the concepts found, a
 * level-2 area bringing its domain at a lower weight); then the compatibility of their terms. Pure:
 * the frequencies and today's date are inputs.
 */

export const WEIGHTS = {
  concepts: 0.65,
  areas: 0.35,
  /** Text similarity: only two texts of one language (or sharing abbreviations) have any. */
  text: 0.1,
  /** A domain (level 1) beside a level-2 area, which weighs 1. */
  domain: 0.4,
  /** A concept's weight when it is a domain's name found in the text (broad: "energy", 能源). */
  domainConcept: 0.3,
  /** …when it is a level-2 area's name or synonym (narrower, but still a field rather than a thing). */
  areaConcept: 0.7,
  /** A concept named in the title counts this much more than one only in the other texts. */
  title: 2,
} as const;

/** One side of a pair, from the opportunity and the concepts found in its texts. */
export type MatchSide = Kind & {
  /** Taxonomy codes its author chose. */
  areas: string[];
  concepts: FoundConcept[];
  cooperationForms: string[];
  targetCountries: string[];
  /** The publishing organisation's country (ISO code). */
  country: string | null;
  /** ISO date. */
  deadline: string | null;
  /** The words of its texts with their counts (`textTerms`), for the similarity within a language. */
  terms?: Record<string, number>;
};

/** How many of `total` opportunities hold each concept (document frequencies). */
export type Frequencies = { total: number; of: (concept: string) => number };

type Side = 'a' | 'b';
/** A compatibility note, rendered by the web app in the reader's language. */
export type MatchNote =
  | { code: 'pilot_ready'; side: Side; params: { trl: number; min: number } }
  | { code: 'forms_shared'; params: { forms: string[] } }
  | { code: 'forms_differ'; params: { a: string[]; b: string[] } }
  | { code: 'country_targeted' | 'country_not_targeted'; side: Side; params: { country: string } }
  | { code: 'deadline_near' | 'deadline_passed'; side: Side; params: { deadline: string } };

export type SharedConcept = { concept: string; area: string | null; weight: number; a: string[]; b: string[] };
export type MatchExplanation = {
  /** Shared level-2 areas, then shared domains that none of them implies. */
  areas: { code: string; level: 1 | 2 }[];
  /** Shared concepts, the rarest first, with the words found on each side. */
  concepts: SharedConcept[];
  notes: MatchNote[];
};
export type MatchScore = {
  score: number;
  parts: { concepts: number; areas: number; text: number; compatibility: number };
  explanation: MatchExplanation;
};

/** A concept's weight: rarer concepts tell more (BM25's inverse document frequency). */
export function idf(freq: Frequencies, concept: string): number {
  const n = Math.max(freq.total, 1);
  const df = Math.min(Math.max(freq.of(concept), 0), n);
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

/** The side's areas with their weights: chosen and found ones at 1, their domains at `WEIGHTS.domain`. */
export function areaProfile(index: ConceptIndex, side: Pick<MatchSide, 'areas' | 'concepts'>): Map<string, number> {
  const profile = new Map<string, number>();
  const put = (code: string, w: number) => profile.set(code, Math.max(profile.get(code) ?? 0, w));
  const codes = [...side.areas, ...side.concepts.map((c) => index.concepts.get(c.concept)?.area ?? null)];
  for (const code of codes) {
    if (!code) continue;
    const parent = index.parents.get(code);
    if (parent) {
      put(code, 1);
      put(parent, WEIGHTS.domain);
    } else put(code, parent === null ? WEIGHTS.domain : 1);
  }
  return profile;
}

function cosine(a: Map<string, number>, b: Map<string, number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [k, w] of a) {
    na += w * w;
    const v = b.get(k);
    if (v !== undefined) dot += w * v;
  }
  for (const w of b.values()) nb += w * w;
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}

/** What a concept's kind makes of its weight: a domain's or an area's name tells less than a glossary concept. */
export function kindWeight(index: ConceptIndex, concept: string): number {
  const info = index.concepts.get(concept);
  if (!info || info.area === null || info.id !== areaConcept(info.area)) return 1;
  return index.parents.get(info.area) ? WEIGHTS.areaConcept : WEIGHTS.domainConcept;
}

/** A concept's weight on one side: its rarity, its kind, and whether the title names it. */
function conceptWeight(index: ConceptIndex, freq: Frequencies, c: FoundConcept): number {
  return idf(freq, c.concept) * kindWeight(index, c.concept) * (c.title ? WEIGHTS.title : 1);
}

/** The cosine of the two sides' words, each weighted by its rarity and the log of its count; 0 without words. */
export function textSimilarity(a: MatchSide, b: MatchSide, freq: Frequencies): number {
  if (!a.terms || !b.terms) return 0;
  const vector = (terms: Record<string, number>) =>
    new Map(Object.entries(terms).map(([k, n]) => [k, (1 + Math.log(n)) * idf(freq, k)]));
  return cosine(vector(a.terms), vector(b.terms));
}

function sharedConcepts(index: ConceptIndex, a: MatchSide, b: MatchSide, freq: Frequencies) {
  const weights = (s: MatchSide) => new Map(s.concepts.map((c) => [c.concept, conceptWeight(index, freq, c)]));
  const wa = weights(a);
  const wb = weights(b);
  const theirs = new Map(b.concepts.map((c) => [c.concept, c.words]));
  const shared: SharedConcept[] = a.concepts
    .filter((c) => theirs.has(c.concept))
    .map((c) => ({
      concept: c.concept,
      area: index.concepts.get(c.concept)?.area ?? null,
      weight: wa.get(c.concept) ?? 0,
      a: c.words,
      b: theirs.get(c.concept) ?? [],
    }))
    .sort((x, y) => y.weight - x.weight || x.concept.localeCompare(y.concept));
  return { similarity: cosine(wa, wb), shared };
}

function sharedAreas(index: ConceptIndex, pa: Map<string, number>, pb: Map<string, number>) {
  const both = [...pa.keys()].filter((k) => pb.has(k));
  const level2 = both.filter((k) => index.parents.get(k));
  const implied = new Set(level2.map((k) => index.parents.get(k)));
  const domains = both.filter((k) => !index.parents.get(k) && !implied.has(k));
  return [
    ...level2.sort().map((code) => ({ code, level: 2 as const })),
    ...domains.sort().map((code) => ({ code, level: 1 as const })),
  ];
}

const DAY = 86_400_000;
/** Within this many days a deadline is said to be near. */
export const NEAR_DAYS = 30;

function deadlineNote(side: Side, deadline: string | null, today: string): MatchNote | null {
  if (!deadline) return null;
  const days = (Date.parse(deadline) - Date.parse(today)) / DAY;
  if (days < 0) return { code: 'deadline_passed', side, params: { deadline } };
  return days <= NEAR_DAYS ? { code: 'deadline_near', side, params: { deadline } } : null;
}

function countryNote(side: Side, targets: string[], country: string | null): MatchNote | null {
  if (targets.length === 0 || !country) return null;
  const code = targets.includes(country) ? 'country_targeted' : 'country_not_targeted';
  return { code, side, params: { country } };
}

/** The notes on the two sides' terms, and the factor they bring to the score. */
export function compatibility(a: MatchSide, b: MatchSide, today: string): { notes: MatchNote[]; factor: number } {
  const notes: MatchNote[] = [];
  const pilotOffer: Side | null = a.type === 'pilot_request' ? 'b' : b.type === 'pilot_request' ? 'a' : null;
  const offerTrl = pilotOffer === 'a' ? a.trl : b.trl;
  if (pilotOffer && offerTrl !== null)
    notes.push({ code: 'pilot_ready', side: pilotOffer, params: { trl: offerTrl, min: PILOT_MIN_TRL } });
  const forms = a.cooperationForms.filter((f) => b.cooperationForms.includes(f));
  if (forms.length > 0) notes.push({ code: 'forms_shared', params: { forms } });
  else if (a.cooperationForms.length > 0 && b.cooperationForms.length > 0)
    notes.push({ code: 'forms_differ', params: { a: a.cooperationForms, b: b.cooperationForms } });
  for (const n of [
    countryNote('a', a.targetCountries, b.country),
    countryNote('b', b.targetCountries, a.country),
    deadlineNote('a', a.deadline, today),
    deadlineNote('b', b.deadline, today),
  ])
    if (n) notes.push(n);
  const effect: Partial<Record<MatchNote['code'], number>> = {
    forms_shared: 0.05,
    forms_differ: -0.1,
    country_targeted: 0.05,
    country_not_targeted: -0.15,
    deadline_passed: -0.7,
  };
  const factor = Math.max(
    0,
    notes.reduce((f, n) => f + (effect[n.code] ?? 0), 1),
  );
  return { notes, factor };
}

/** The pair's score and its explanation, or null when the two kinds do not answer each other. */
export function scoreMatch(
  index: ConceptIndex,
  a: MatchSide,
  b: MatchSide,
  freq: Frequencies,
  today: string,
): MatchScore | null {
  if (!complementary(a, b)) return null;
  const concepts = sharedConcepts(index, a, b, freq);
  const pa = areaProfile(index, a);
  const pb = areaProfile(index, b);
  const areas = cosine(pa, pb);
  const text = textSimilarity(a, b, freq);
  const { notes, factor } = compatibility(a, b, today);
  const score = (WEIGHTS.concepts * concepts.similarity + WEIGHTS.areas * areas + WEIGHTS.text * text) * factor;
  return {
    score,
    parts: { concepts: concepts.similarity, areas, text, compatibility: factor },
    explanation: { areas: sharedAreas(index, pa, pb), concepts: concepts.shared, notes },
  };
}
