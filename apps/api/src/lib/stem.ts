import { stemmer as english } from '@orama/stemmers/english';
import { stemmer as russian } from '@orama/stemmers/russian';

/**
 * The platform's one stemmer (ADR 0024): Snowball's Russian and English (Porter2) stemmers, chosen per
 * word by its script, so a Russian text that writes "Li-ion" or "LiDAR" stems each word in its own way.
 * Words with digits (5G, LiFePO4) and words of other scripts are only lower-cased.
 */

const CYRILLIC = /^[\p{Script=Cyrillic}]+$/u;
const LATIN = /^[\p{Script=Latin}]+$/u;

/**
 * Russian Snowball, with two corrections that make a noun's forms meet:
 * - an ending cut as a verb's (л, н after а/я; ил, ыл) is mostly a noun's stem in technical text
 *   (материал → материа, экрана → экра, автомобили → автомоб): the consonant is kept, so материал,
 *   материала, материалы give материал, and автомобили, автомобилей give автомобил;
 * - one final vowel, й or ь is cut, as Snowball leaves батаре (батарея) beside батар (батареи).
 */
export function stemRussian(word: string): string {
  const w = word.toLowerCase().replaceAll('ё', 'е');
  let stem = russian(w);
  const cut = w.startsWith(stem) ? w.slice(stem.length) : '';
  const verbal = /[ая]$/.test(stem) ? /^[лн]/.exec(cut) : /^[иы]л/.exec(cut);
  if (verbal) stem += verbal[0];
  return stem.length >= 4 && /[аеиоуыэюяйь]$/.test(stem) ? stem.slice(0, -1) : stem;
}

export const stemEnglish = (word: string): string => english(word.toLowerCase());

function stemOnce(word: string): string {
  if (CYRILLIC.test(word)) return stemRussian(word);
  if (LATIN.test(word)) return stemEnglish(word);
  return word.toLowerCase().replaceAll('ё', 'е');
}

/** Stems already computed: a language's texts reuse few thousand words, and Snowball is the cost. */
const memo = new Map<string, string>();
const MEMO_SIZE = 100_000;

/** A word's stem: Russian for Cyrillic, English for Latin, the word lower-cased otherwise. */
export function stemWord(word: string): string {
  let stem = memo.get(word);
  if (stem === undefined) {
    if (memo.size >= MEMO_SIZE) memo.clear();
    stem = stemOnce(word);
    memo.set(word, stem);
  }
  return stem;
}
