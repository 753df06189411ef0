import { stemWord } from '../../../lib/stem.js';
import type { GlossaryConcept } from '../glossary/glossary-data.js';

/**
 * The concepts the matcher recognises in a text of any language (ADR 0024): every area of the taxonomy
 * (`area:<code>`, by its names and synonyms) and every concept of the glossary (by its id). Russian and
 * English terms are sequences of stems, looked up by their first stem; Chinese terms (any term with a
 * Han character) are found as substrings through a trie, longest first.
 */

/** An area as the index reads it: the taxonomy's seed and its table rows have this shape. */
export type IndexArea = {
  code: string;
  parent: string | null;
  label: { ru: string; zh: string; en: string };
  synonyms: { ru: string[]; zh: string[]; en: string[] };
};

/**
 * A concept: its id, the area it belongs to (an area concept's own code), and its name in each language
 * (the area's label, the glossary's first term; English where a language has none).
 */
export type ConceptInfo = { id: string; area: string | null; label: { ru: string; zh: string; en: string } };

type WordTerm = { stems: string[]; concepts: string[] };
type TrieNode = { next: Map<string, TrieNode>; concepts?: string[] };

export type ConceptIndex = {
  concepts: Map<string, ConceptInfo>;
  /** Each area's level-1 domain (null for a domain itself). */
  parents: Map<string, string | null>;
  /** Word terms by their first stem, longest first. */
  byFirstStem: Map<string, WordTerm[]>;
  trie: TrieNode;
};

export const areaConcept = (code: string) => `area:${code}`;

const HAN = /\p{Script=Han}/u;
const LANGUAGES = ['ru', 'zh', 'en'] as const;
/** Words that join a term's words and tell nothing: dropped from terms and texts alike. */
const STOP = new Set(
  'и в во на для с со по из к о об от до или а при за без the a an and of for in on with to by or from at as via'.split(
    ' ',
  ),
);

/**
 * A word of a text: its stem, its key as an abbreviation when it is written in capitals, where it stands,
 * and the stretch of text it is in (punctuation ends one).
 */
export type Token = { stem: string; caps?: string; form?: string; start: number; end: number; segment: number };

const WORD = /(?:(?!\p{Script=Han})[\p{L}\p{N}])+/gu;
const BREAK = /[.,;:!?()[\]{}«»"“”„|\n\p{Script=Han}]/u;

const allCaps = (word: string) => {
  const letters = word.replace(/\P{L}/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
};
/**
 * An abbreviation is compared as written, not stemmed: AR is not "are", WES not "we", IT not "it".
 * A plural's s is left out (PCBs is PCB).
 */
export function capsKey(word: string): string | undefined {
  if (allCaps(word)) return `=${word}`;
  if (word.endsWith('s') && allCaps(word.slice(0, -1))) return `=${word.slice(0, -1)}`;
  return undefined;
}

/** The text's words outside Chinese, stemmed, stop words left out. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let segment = 0;
  let last = 0;
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    if (BREAK.test(text.slice(last, start))) segment++;
    last = start + m[0].length;
    const keys = keysOf(m[0]);
    if (keys) tokens.push({ stem: keys.stem, caps: keys.caps, form: keys.form, start, end: last, segment });
  }
  return tokens;
}

const CYRILLIC_WORD = /^\p{Script=Cyrillic}+$/u;
/**
 * A Russian word whose stem is three letters or fewer also keeps its form (ё read as е): such a stem joins
 * unrelated words (литий and литые give лит, мёд and меди give мед), so a one-word term with such a stem
 * is filed under its form and meets only that form. In a longer term the stem is enough.
 */
function keysOfWord(word: string, lower: string): { stem: string; caps?: string; form?: string } {
  const stem = stemWord(lower);
  const caps = capsKey(word);
  const form = stem.length <= 3 && CYRILLIC_WORD.test(lower) ? `~${lower.replaceAll('ё', 'е')}` : undefined;
  return { stem, caps, form };
}

/** A word's stem and abbreviation key (null for a stop word), remembered: texts reuse their words. */
const analysed = new Map<string, { stem: string; caps?: string; form?: string } | null>();
function keysOf(word: string) {
  let keys = analysed.get(word);
  if (keys === undefined) {
    const lower = word.toLowerCase();
    keys = STOP.has(lower) ? null : keysOfWord(word, lower);
    if (analysed.size >= 100_000) analysed.clear();
    analysed.set(word, keys);
  }
  return keys;
}

/**
 * A term without a Han character as the matcher reads it: its words' stems, an abbreviation as written,
 * a one-word term of a short Russian stem by its form.
 */
export function termKeys(term: string): string[] {
  // A term's abbreviation meets only the same abbreviation in a text; its other words, any form.
  const tokens = tokenize(term);
  return tokens.length === 1 && tokens[0]?.form ? [tokens[0].form] : tokens.map((t) => t.caps ?? t.stem);
}

function addWordTerm(index: ConceptIndex, term: string, concept: string, seen: Map<string, WordTerm>) {
  const stems = termKeys(term);
  if (stems.length === 0) return;
  const key = stems.join(' ');
  let entry = seen.get(key);
  if (!entry) {
    entry = { stems, concepts: [] };
    seen.set(key, entry);
    const first = stems[0] as string;
    const list = index.byFirstStem.get(first) ?? [];
    list.push(entry);
    index.byFirstStem.set(first, list);
  }
  if (!entry.concepts.includes(concept)) entry.concepts.push(concept);
}

function addHanTerm(index: ConceptIndex, term: string, concept: string) {
  let node = index.trie;
  for (const ch of term.toLowerCase().replace(/\s+/g, '')) {
    let next = node.next.get(ch);
    if (!next) {
      next = { next: new Map() };
      node.next.set(ch, next);
    }
    node = next;
  }
  node.concepts ??= [];
  if (!node.concepts.includes(concept)) node.concepts.push(concept);
}

function addTerms(index: ConceptIndex, terms: string[], concept: string, seen: Map<string, WordTerm>) {
  for (const term of terms) {
    if (HAN.test(term)) addHanTerm(index, term, concept);
    else addWordTerm(index, term, concept, seen);
  }
}

/** The index of the taxonomy's areas and the glossary's concepts; built once, then read only. */
export function buildConceptIndex(input: { areas: IndexArea[]; glossary: GlossaryConcept[] }): ConceptIndex {
  const index: ConceptIndex = {
    concepts: new Map(),
    parents: new Map(),
    byFirstStem: new Map(),
    trie: { next: new Map() },
  };
  const seen = new Map<string, WordTerm>();
  for (const a of input.areas) {
    const id = areaConcept(a.code);
    index.parents.set(a.code, a.parent);
    index.concepts.set(id, { id, area: a.code, label: a.label });
    for (const lang of LANGUAGES) addTerms(index, [a.label[lang], ...a.synonyms[lang]], id, seen);
  }
  for (const c of input.glossary) {
    const en = c.en[0] ?? c.id;
    index.concepts.set(c.id, { id: c.id, area: c.area, label: { ru: c.ru[0] ?? en, zh: c.zh[0] ?? en, en } });
    for (const lang of LANGUAGES) addTerms(index, c[lang], c.id, seen);
  }
  for (const list of index.byFirstStem.values()) list.sort((x, y) => y.stems.length - x.stems.length);
  return index;
}
