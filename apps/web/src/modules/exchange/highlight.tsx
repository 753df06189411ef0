import type { ReactNode } from 'react';

const HAN = /\p{Script=Han}/u;
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A pattern that finds the searched words in a text: a Chinese term anywhere (Chinese has no spaces),
 * any other term at the start of a word, with the rest of the word, so that a stem marks every form
 * (батаре → батареями, recycl → recycling).
 */
export function highlightPattern(terms: readonly string[]): RegExp | null {
  const unique = [...new Set(terms.map((term) => term.trim()).filter((term) => term.length > 0))];
  if (unique.length === 0) return null;
  // Longer terms first, so that the longest match wins where terms overlap.
  unique.sort((a, b) => b.length - a.length);
  const parts = unique.map((term) =>
    HAN.test(term) ? escapeRegExp(term) : `(?<![\\p{L}\\p{N}])${escapeRegExp(term)}[\\p{L}\\p{N}]*`,
  );
  return new RegExp(parts.join('|'), 'giu');
}

/** The text with every match of the pattern in a `<mark>`. */
export function highlight(text: string, pattern: RegExp | null): ReactNode {
  if (!pattern) return text;
  const out: ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const start = match.index ?? 0;
    if (match[0].length === 0) continue;
    if (start > last) out.push(text.slice(last, start));
    out.push(<mark key={start}>{match[0]}</mark>);
    last = start + match[0].length;
  }
  if (out.length === 0) return text;
  if (last < text.length) out.push(text.slice(last));
  return out;
}
