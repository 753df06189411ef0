import { stemWord } from '../../lib/stem.js';
import { TAXONOMY_SEED, type TaxonomyTerm } from './taxonomy-data.js';

/**
 * The taxonomy's words as a search reads them, held in memory (ADR 0022): which areas a query's word
 * names in any of the three languages, and the closest known word to one that is not known.
 */

export type AreaRef = { code: string; label: TaxonomyTerm };
/** A term of the taxonomy (an area's name or synonym, in any language) and its area. */
export type AreaTerm = { term: string; area: AreaRef };
/** A word of the query as typed (a run of Chinese characters is one) and the terms it stands for. */
export type QueryWord = { word: string; terms: AreaTerm[] };

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

type Entry = AreaTerm & { han: boolean; stems: string[]; level2: boolean };

let entries: Entry[] | undefined;
const vocabulary = (): Entry[] => {
  entries ??= TAXONOMY_SEED.flatMap((a) => {
    const area = { code: a.code, label: a.label };
    const terms = [a.label.ru, a.label.zh, a.label.en, ...a.synonyms.ru, ...a.synonyms.zh, ...a.synonyms.en];
    return [...new Set(terms)].map((term) => ({
      term,
      area,
      han: HAN.test(term),
      stems: HAN.test(term) ? [] : partsOf(term),
      level2: a.parent !== null,
    }));
  });
  return entries;
};

/** Whether a word of the query names the term: all the term's words are in the query, or it is the term's last word. */
function names(word: string, queryStems: Set<string>, entry: Entry): boolean {
  if (HAN.test(word)) {
    if (!entry.han || entry.term.length < 2) return false;
    // By its end only in an area whose Chinese name has the word: 聊天机器人 (chatbots) is no robot.
    const head = entry.level2 && word.length >= 2 && entry.term.endsWith(word) && entry.area.label.zh.includes(word);
    return word.includes(entry.term) || head;
  }
  if (entry.han || entry.stems.length === 0) return false;
  const mine = partsOf(word);
  const whole = entry.stems.every((s) => queryStems.has(s)) && entry.stems.some((s) => mine.includes(s));
  // A level-2 area's term by its head word (роботы → промышленные роботы): level 1 is too broad for that.
  const head = entry.level2 && mine.length === 1 && entry.stems[entry.stems.length - 1] === mine[0];
  return whole || head;
}

/** The query's words, each with the terms of every area it names (in all three languages). */
export function queryWords(text: string): QueryWord[] {
  const words = [...new Set(text.match(WORDS) ?? [])];
  const queryStems = new Set(words.flatMap(partsOf));
  // A term of several words that the query holds whole (battery recycling, переработка отходов) is what
  // its words mean together: they name its area only, not every area each word names on its own —
  // which also keeps the expanded query small enough for a large exchange (ADR 0022).
  const phrases = vocabulary().filter((e) => e.stems.length > 1 && e.stems.every((s) => queryStems.has(s)));
  return words.map((word) => {
    const mine = partsOf(word);
    const covering = phrases.filter((e) => e.stems.some((s) => mine.includes(s)));
    const naming = covering.length > 0 ? covering : vocabulary().filter((e) => names(word, queryStems, e));
    const areas = new Set(longestOnly(word, naming).map((e) => e.area.code));
    return {
      word,
      terms: vocabulary()
        .filter((e) => areas.has(e.area.code))
        .map(({ term, area }) => ({ term, area })),
    };
  });
}

/**
 * A Chinese run names the areas of its longest terms: 电池回收 is battery recycling, not also every area
 * of 电池 (batteries) or 回收 (recycling) that a longer term it holds already covers.
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

type Known = { words: Map<string, string>; stems: Map<string, string>; han: string[] };
let known: Known | undefined;
/** The vocabulary's words (by their lower case, as written), their stems, and its Chinese terms. */
const knownWords = (): Known => {
  if (known) return known;
  const words = new Map<string, string>();
  for (const e of vocabulary()) {
    if (e.han) continue;
    for (const w of e.term.match(PARTS) ?? [])
      if (w.length >= 3 && !STOP.has(w.toLowerCase())) words.set(w.toLowerCase(), w.toLowerCase());
  }
  known = {
    words,
    stems: new Map([...words.keys()].map((w) => [stemOf(w), w])),
    han: vocabulary()
      .filter((e) => e.han)
      .map((e) => e.term),
  };
  return known;
};

/** The closest known word to an unknown one, or null: one edit for a short word, two for a long one. */
function corrected(word: string): string | null {
  const k = knownWords();
  if (HAN.test(word)) {
    if (word.length < 3 || k.han.some((t) => t.includes(word) || word.includes(t))) return null;
    return closest(word, k.han, 1);
  }
  const lower = word.toLowerCase();
  if (lower.length < 4 || /\d/.test(lower) || k.words.has(lower) || k.stems.has(stemOf(lower))) return null;
  const max = lower.length <= 6 ? 1 : 2;
  const byForm = closest(lower, [...k.words.keys()], max);
  if (byForm) return byForm;
  // A typo in an inflected form: compared by stems, and answered with the known word.
  const stem = stemOf(lower);
  const byStem = closest(stem, [...k.stems.keys()], 1);
  return byStem ? (k.stems.get(byStem) ?? null) : null;
}

function closest(word: string, candidates: string[], max: number): string | null {
  let best: { word: string; d: number } | null = null;
  for (const c of candidates) {
    const d = distance(word, c, max);
    if (d <= max && (!best || d < best.d || (d === best.d && c.length < best.word.length))) best = { word: c, d };
  }
  return best?.word ?? null;
}

/** The query with its unknown words replaced by the closest known ones, or null when none is. */
export function suggestQuery(text: string): string | null {
  let changed = false;
  const suggestion = text.replace(WORDS, (word) => {
    const fix = corrected(word);
    if (!fix || fix === word.toLowerCase()) return word;
    changed = true;
    return fix;
  });
  return changed ? suggestion : null;
}
