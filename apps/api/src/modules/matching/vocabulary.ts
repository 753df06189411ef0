import { stemWord } from '../../lib/stem.js';
import type { IndexArea } from './concepts/concept-index.js';
import type { TaxonomyTerm } from './taxonomy-data.js';

/**
 * The words a search reads (ADR 0022), from the taxonomy and the glossary as the operators keep them:
 * which areas and glossary concepts a query's word names in any of the three languages, and the closest
 * known word to one that is not known. Built from the tables by `searchVocabulary` (glossary.index.ts),
 * which keeps it in memory until they change.
 */

export type AreaRef = { code: string; label: TaxonomyTerm };
/**
 * A term a query's word stands for, in any language: a name or synonym of an area it names, or a term
 * of a glossary concept it names, with that concept's area (none when the concept has no area).
 */
export type AreaTerm = { term: string; area?: AreaRef };
/** A word of the query as typed (a run of Chinese characters is one) and the terms it stands for. */
export type QueryWord = { word: string; terms: AreaTerm[] };

/** What the vocabulary is built from: the taxonomy's areas and the glossary's concepts in use. */
export type VocabularySource = {
  areas: readonly IndexArea[];
  concepts: readonly { id: string; area: string | null; terms: { ru: string[]; zh: string[]; en: string[] } }[];
};

const HAN = /\p{Script=Han}/u;
const WORDS = /\p{Script=Han}+|[\p{L}\p{N}]+(?:[-'][\p{L}\p{N}]+)*/gu;
const PARTS = /[\p{L}\p{N}]+/gu;
const STOP = new Set([
  'и',
  'в',
  'во',
  'на',
  'для',
  'с',
  'со',
  'по',
  'из',
  'к',
  'a',
  'an',
  'and',
  'of',
  'for',
  'the',
  'in',
  'on',
  'with',
  'to',
]);
/** Words compared by the platform's one stemmer (ADR 0024): Snowball's, per script. */
const stemOf = stemWord;

const partsOf = (text: string) =>
  (text.toLowerCase().match(PARTS) ?? []).filter((p) => !STOP.has(p) && !HAN.test(p)).map(stemOf);

/** What a term names: an area (key `area:<code>`) or a glossary concept (key: its id). */
type Group = { key: string; area: AreaRef | undefined; level2: boolean; zh: string };
type Entry = { term: string; group: Group; han: boolean; stems: string[] };
/** The known words (with how many terms hold each), their stems, and the Chinese terms. */
type Known = { words: Map<string, number>; stems: Map<string, string>; han: string[] };

export type Vocabulary = {
  entries: Entry[];
  /** Each area's or concept's entries, by its key. */
  groups: Map<string, Entry[]>;
  /** The words "did you mean" offers, made on first use. */
  known?: Known;
};

/** The vocabulary of these areas and concepts. */
export function buildVocabulary(source: VocabularySource): Vocabulary {
  const entries: Entry[] = [];
  const groups = new Map<string, Entry[]>();
  const add = (group: Group, terms: string[]) => {
    const own = [...new Set(terms.map((t) => t.trim()).filter((t) => t.length > 0))].map((term) => {
      const han = HAN.test(term);
      return { term, group, han, stems: han ? [] : partsOf(term) };
    });
    entries.push(...own);
    groups.set(group.key, own);
  };
  const areas = new Map<string, AreaRef>();
  for (const a of source.areas) {
    const area = { code: a.code, label: a.label };
    areas.set(a.code, area);
    const { label, synonyms } = a;
    add({ key: `area:${a.code}`, area, level2: a.parent !== null, zh: label.zh }, [
      label.ru,
      label.zh,
      label.en,
      ...synonyms.ru,
      ...synonyms.zh,
      ...synonyms.en,
    ]);
  }
  for (const c of source.concepts) {
    const area = c.area ? areas.get(c.area) : undefined;
    add({ key: c.id, area, level2: false, zh: '' }, [...c.terms.ru, ...c.terms.zh, ...c.terms.en]);
  }
  return { entries, groups };
}

/**
 * Whether a word of the query (`mine`: its stems) names the term: all the term's words are in the query,
 * or, for a level-2 area, it is the term's last word.
 */
function names(word: string, mine: string[], queryStems: Set<string>, entry: Entry): boolean {
  const { group } = entry;
  if (HAN.test(word)) {
    if (!entry.han || entry.term.length < 2) return false;
    // By its end only in an area whose Chinese name has the word: 聊天机器人 (chatbots) is no robot.
    const head = group.level2 && word.length >= 2 && entry.term.endsWith(word) && group.zh.includes(word);
    return word.includes(entry.term) || head;
  }
  if (entry.han || entry.stems.length === 0) return false;
  const whole = entry.stems.every((s) => queryStems.has(s)) && entry.stems.some((s) => mine.includes(s));
  // A level-2 area's term by its head word (роботы → промышленные роботы): level 1 is too broad for that,
  // and a glossary concept is named by a term of it whole.
  const head = group.level2 && mine.length === 1 && entry.stems[entry.stems.length - 1] === mine[0];
  return whole || head;
}

/** The query's words, each with the terms of every area and concept it names (in all three languages). */
export function queryWords(vocabulary: Vocabulary, text: string): QueryWord[] {
  const words = [...new Set(text.match(WORDS) ?? [])];
  const queryStems = new Set(words.flatMap(partsOf));
  // A term of several words that the query holds whole (battery recycling, переработка отходов) is what
  // its words mean together: they name its area or concept only, not every one each word names on its
  // own — which also keeps the expanded query small enough for a large exchange (ADR 0022).
  const phrases = vocabulary.entries.filter((e) => e.stems.length > 1 && e.stems.every((s) => queryStems.has(s)));
  return words.map((word) => {
    const mine = partsOf(word);
    const covering = phrases.filter((e) => e.stems.some((s) => mine.includes(s)));
    const naming = covering.length > 0 ? covering : vocabulary.entries.filter((e) => names(word, mine, queryStems, e));
    const terms = new Map<string, AreaTerm>();
    for (const key of new Set(longestOnly(word, naming).map((e) => e.group.key))) {
      for (const { term, group } of vocabulary.groups.get(key) ?? []) {
        if (!terms.has(term)) terms.set(term, group.area ? { term, area: group.area } : { term });
      }
    }
    return { word, terms: [...terms.values()] };
  });
}

/**
 * A Chinese run names the areas and concepts of its longest terms: 电池回收 is battery recycling, not
 * also every area of 电池 (batteries) or 回收 (recycling) that a longer term it holds already covers.
 */
function longestOnly(word: string, naming: Entry[]): Entry[] {
  if (!HAN.test(word)) return naming;
  const inside = naming.filter((e) => word.includes(e.term));
  return naming.filter(
    (e) => !word.includes(e.term) || !inside.some((o) => o.term.length > e.term.length && o.term.includes(e.term)),
  );
}

/** Edit distance with transpositions, or `max + 1` once it is past `max`. */
export function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((rows[i - 1]?.[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (rows[i - 1]?.[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, (rows[i - 2]?.[j - 2] ?? 0) + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    rows.push(row);
  }
  return rows[a.length]?.[b.length] ?? max + 1;
}

/** The vocabulary's words (in lower case) and how many terms hold each, their stems, and its Chinese terms. */
function knownWords(vocabulary: Vocabulary): Known {
  if (vocabulary.known) return vocabulary.known;
  const words = new Map<string, number>();
  for (const e of vocabulary.entries) {
    if (e.han) continue;
    for (const w of new Set((e.term.match(PARTS) ?? []).map((p) => p.toLowerCase())))
      if (w.length >= 3 && !STOP.has(w)) words.set(w, (words.get(w) ?? 0) + 1);
  }
  vocabulary.known = {
    words,
    stems: new Map([...words.keys()].map((w) => [stemOf(w), w])),
    han: [...new Set(vocabulary.entries.filter((e) => e.han).map((e) => e.term))],
  };
  return vocabulary.known;
}

/** The closest known word to an unknown one, or null: one edit for a short word, two for a long one. */
function corrected(k: Known, word: string): string | null {
  if (HAN.test(word)) {
    if (word.length < 3 || k.han.some((t) => t.includes(word) || word.includes(t))) return null;
    return closest(word, k.han, 1);
  }
  const lower = word.toLowerCase();
  if (lower.length < 4 || /\d/.test(lower) || k.words.has(lower) || k.stems.has(stemOf(lower))) return null;
  const max = lower.length <= 6 ? 1 : 2;
  const byForm = closest(lower, k.words.keys(), max, (c) => k.words.get(c) ?? 0);
  if (byForm) return byForm;
  // A typo in an inflected form: compared by stems, and answered with the known word.
  const stem = stemOf(lower);
  const byStem = closest(stem, k.stems.keys(), 1, (c) => k.words.get(k.stems.get(c) ?? '') ?? 0);
  return byStem ? (k.stems.get(byStem) ?? null) : null;
}

/**
 * The candidate nearest the word; between equally near ones, the one more terms hold (batery is
 * battery, not bakery), then the shorter.
 */
function closest(word: string, candidates: Iterable<string>, max: number, weight: (c: string) => number = () => 0) {
  let best: { word: string; d: number; w: number } | null = null;
  for (const c of candidates) {
    const d = distance(word, c, max);
    if (d > max) continue;
    const w = weight(c);
    if (!best || d < best.d || (d === best.d && (w > best.w || (w === best.w && c.length < best.word.length))))
      best = { word: c, d, w };
  }
  return best?.word ?? null;
}

/** The query with its unknown words replaced by the closest known ones, or null when none is. */
export function suggestQuery(vocabulary: Vocabulary, text: string): string | null {
  const k = knownWords(vocabulary);
  let changed = false;
  const suggestion = text.replace(WORDS, (word) => {
    const fix = corrected(k, word);
    if (!fix || fix === word.toLowerCase()) return word;
    changed = true;
    return fix;
  });
  return changed ? suggestion : null;
}
