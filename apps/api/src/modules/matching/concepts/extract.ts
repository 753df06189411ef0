import { type ConceptIndex, type Token, tokenize } from './concept-index.js';

/** A concept found in a text, with the words that named it as they were written (at most a few). */
export type FoundConcept = {
  concept: string;
  words: string[];
  /** Named in the opportunity's title (it weighs more there). */
  title?: boolean;
};

/** How many different spellings of one concept an explanation keeps. */
const MAX_WORDS = 5;

type Hit = { concepts: string[]; word: string };

const NONE: never[] = [];
const keyOf = (t: Token, stem: string | undefined) => t.stem === stem || (t.caps !== undefined && t.caps === stem);

/** The terms filed under a word's stem or, for a word in capitals, under its abbreviation; longest first. */
function candidates(index: ConceptIndex, first: Token) {
  const byStem = index.byFirstStem.get(first.stem) ?? NONE;
  const byCaps = first.caps ? (index.byFirstStem.get(first.caps) ?? NONE) : NONE;
  const byForm = first.form ? (index.byFirstStem.get(first.form) ?? NONE) : NONE;
  if (byCaps.length === 0 && byForm.length === 0) return byStem;
  return [...byStem, ...byCaps, ...byForm].sort((x, y) => y.stems.length - x.stems.length);
}

/** The longest word term starting at token i (within one stretch of text), and its length in tokens. */
function wordTermAt(index: ConceptIndex, tokens: Token[], i: number): { concepts: string[]; length: number } | null {
  const first = tokens[i] as Token;
  for (const term of candidates(index, first)) {
    const n = term.stems.length;
    if (i + n > tokens.length) continue;
    let ok = true;
    for (let k = 1; k < n && ok; k++) {
      const t = tokens[i + k] as Token;
      ok = keyOf(t, term.stems[k]) && t.segment === first.segment;
    }
    if (ok) return { concepts: term.concepts, length: n };
  }
  return null;
}

function wordHits(index: ConceptIndex, text: string, hits: Hit[]) {
  const tokens = tokenize(text);
  for (let i = 0; i < tokens.length; ) {
    const found = wordTermAt(index, tokens, i);
    if (!found) {
      i++;
      continue;
    }
    const from = (tokens[i] as Token).start;
    const to = (tokens[i + found.length - 1] as Token).end;
    hits.push({ concepts: found.concepts, word: text.slice(from, to) });
    i += found.length;
  }
}

/** Chinese (and any term with a Han character): at each place the longest term, then past it. */
function hanHits(index: ConceptIndex, text: string, hits: Hit[]) {
  const lower = text.toLowerCase();
  const chars = lower.length === text.length ? lower : text;
  const root = index.trie;
  for (let i = 0; i < chars.length; ) {
    let node = root.next.get(chars[i] as string);
    let end = -1;
    let concepts: string[] | undefined;
    for (let j = i + 1; node; j++) {
      if (node.concepts) {
        end = j;
        concepts = node.concepts;
      }
      if (j >= chars.length) break;
      node = node.next.get(chars[j] as string);
    }
    if (concepts && end > i) {
      hits.push({ concepts, word: text.slice(i, end) });
      i = end;
    } else i++;
  }
}

/**
 * The concepts named in a text of any language or of mixed scripts (Russian and English words' first). Russian and
 * English words are compared by their stems, word sequences by the longest term; Chinese by substring,
 * the longest term first (锂离子电池, not 电池).
 */
export function extractConcepts(index: ConceptIndex, text: string): FoundConcept[] {
  const hits: Hit[] = [];
  wordHits(index, text, hits);
  if (index.trie.next.size > 0) hanHits(index, text, hits);
  const found = new Map<string, FoundConcept>();
  for (const hit of hits) {
    for (const concept of hit.concepts) {
      const entry = found.get(concept) ?? { concept, words: [] };
      found.set(concept, entry);
      if (entry.words.length < MAX_WORDS && !entry.words.includes(hit.word)) entry.words.push(hit.word);
    }
  }
  return [...found.values()];
}

/** The concepts of several texts (an opportunity's fields in all their languages), merged. */
export function extractFromTexts(index: ConceptIndex, texts: string[]): FoundConcept[] {
  const merged = new Map<string, FoundConcept>();
  for (const text of texts) {
    for (const f of extractConcepts(index, text)) {
      const entry = merged.get(f.concept);
      if (!entry) merged.set(f.concept, { ...f, words: [...f.words] });
      else {
        if (f.title) entry.title = true;
        for (const w of f.words) if (entry.words.length < MAX_WORDS && !entry.words.includes(w)) entry.words.push(w);
      }
    }
  }
  return [...merged.values()];
}
