import type { SearchMatch } from '@innobridge/contracts';
import { segmentQuery } from '../../../lib/text.js';
import { type AreaTerm, queryWords } from '../../matching/index.js';
import type { SearchFilter, Tier } from './search.policy.js';

/**
 * A query expanded through the taxonomy (ADR 0022): each word, and the terms — in all three
 * languages — of every area it names. The texts are compiled in the search's one preparing statement;
 * `expanded` then builds the synonyms' and partial tiers' queries and the probes that say why a
 * result was found.
 */
export type Expansion = { query: string; words: { word: string; terms: AreaTerm[] }[]; texts: string[] };

type Text = { text: string; segmented: string };

/** The query's words and their terms, and the texts to compile (none when nothing would expand). */
export function expansionOf(query: string): Expansion {
  const words = queryWords(query);
  const expands = words.length > 1 || words.some((w) => w.terms.length > 0);
  const texts = expands ? [...new Set(words.flatMap((w) => [w.word, ...w.terms.map((t) => t.term)]))] : [];
  return { query, words, texts };
}

export const textsOf = (expansion: Expansion): Text[] =>
  expansion.texts.map((text) => ({ text, segmented: segmentQuery(text) }));

/** What a probe stands for: a word of the query, or a term that a word names. */
type Probe = { word: string; term?: AreaTerm };
export type Expanded = Pick<SearchFilter, 'synonymTsquery' | 'partialTsquery' | 'probes'> & { meaning: Probe[] };

const any = (parts: string[]) => parts.map((p) => `( ${p} )`).join(' | ');

/** The tiers' queries and the probes, from the texts compiled in their order. */
export function expanded(expansion: Expansion, compiled: string[]): Expanded {
  if (expansion.texts.length === 0) return { meaning: [] };
  const of = new Map(expansion.texts.map((text, i) => [text, compiled[i] ?? '']));
  const probes: string[] = [];
  const meaning: Probe[] = [];
  // Words that name the same terms (those of one phrase of the query) make one unit: all of them, or
  // any of the terms — not the terms once per word.
  const units = new Map<string, { owns: string[]; terms: string[] }>();
  let synonyms = false;
  let meaningful = 0;
  for (const { word, terms } of expansion.words) {
    const own = of.get(word) ?? '';
    const named = terms.filter((t) => (of.get(t.term) ?? '') !== '');
    // A stop word matches nothing: it is not a word the results are asked for.
    if (own === '' && named.length === 0) continue;
    synonyms ||= named.length > 0;
    meaningful++;
    const compiled = named.map((t) => of.get(t.term) ?? '');
    const key = named.length > 0 ? compiled.join('\n') : `word:${word}`;
    const unit = units.get(key) ?? { owns: [], terms: compiled };
    if (own) unit.owns.push(own);
    units.set(key, unit);
    if (own) {
      probes.push(own);
      meaning.push({ word });
    }
    for (const term of named) {
      probes.push(of.get(term.term) ?? '');
      meaning.push({ word, term });
    }
  }
  const anyOf = [...units.values()].map(({ owns, terms }) =>
    any([...(owns.length > 0 ? [owns.map((o) => `( ${o} )`).join(' & ')] : []), ...terms]),
  );
  return {
    synonymTsquery: synonyms ? anyOf.map((u) => `( ${u} )`).join(' & ') : undefined,
    // Some of the words: any word, or any term, once each.
    partialTsquery:
      meaningful > 1 ? any([...units.values()].flatMap(({ owns, terms }) => [...owns, ...terms])) : undefined,
    probes,
    meaning,
  };
}

/**
 * Why a result was found: all the query's words (tiers 1–3); each word itself or through a term of an
 * area it names (tier 4); some of them only (tier 5). Newest first (no tier), read from the probes.
 */
export function reasonsOf(query: string, plan: Expanded, tier: Tier | null, matched: number[]): SearchMatch[] {
  if ((tier !== null && tier <= 3) || plan.meaning.length === 0) return [{ kind: 'exact', term: query }];
  const hit = new Set(matched);
  const words = [...new Set(plan.meaning.map((m) => m.word))];
  const found = words.map((word) => {
    const own = plan.meaning.findIndex((m) => m.word === word && !m.term);
    if (own >= 0 && hit.has(own)) return { word };
    const term = plan.meaning.findIndex((m, i) => m.word === word && m.term && hit.has(i));
    return term >= 0 ? plan.meaning[term] : undefined;
  });
  const all = found.every((f) => f !== undefined);
  if (all && found.every((f) => !f?.term)) return [{ kind: 'exact', term: query }];
  return found.flatMap((f): SearchMatch[] => {
    if (!f) return [];
    if (!f.term) return [{ kind: all ? 'exact' : 'partial', term: f.word }];
    return [{ kind: all ? 'synonym' : 'partial', term: f.term.term, via: f.word, area: f.term.area }];
  });
}
