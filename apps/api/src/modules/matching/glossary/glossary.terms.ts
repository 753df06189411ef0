import { GLOSSARY_LANGUAGES } from '@innobridge/contracts';
import type { FieldIssue } from '../../../lib/app-error.js';
import { areaConcept, type IndexArea, tokenize } from '../concepts/concept-index.js';
/** A concept's terms in each language (the table's shape). */
export type GlossaryTerms = { ru: string[]; zh: string[]; en: string[] };

const HAN = /\p{Script=Han}/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;

/**
 * A term as the matcher reads it (concepts/concept-index.ts): a term with a Han character by its
 * characters, case and spaces aside; any other by its words' stems, an abbreviation as written, stop
 * words left out. Two terms with one key are one term to the matcher. Empty when the matcher would
 * read nothing (stop words only).
 */
export function matcherKey(term: string): string {
  if (HAN.test(term)) return `han:${term.toLowerCase().replace(/\s+/g, '')}`;
  const words = tokenize(term).map((t) => t.caps ?? t.stem);
  return words.length > 0 ? `words:${words.join(' ')}` : '';
}

/** Collapses inner runs of spaces; drops a term given twice in a language (as the matcher reads it). */
export function tidyTerms(terms: GlossaryTerms): GlossaryTerms {
  const tidy = (list: string[]) => {
    const seen = new Set<string>();
    return list
      .map((term) => term.replace(/\s+/g, ' ').trim())
      .filter((term) => {
        const key = matcherKey(term) || term;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
  };
  return { ru: tidy(terms.ru), zh: tidy(terms.zh), en: tidy(terms.en) };
}

/** What is wrong with the terms as a whole and one by one: none at all, a script foreign to the language, a term of stop words only. */
export function termProblems(terms: GlossaryTerms): FieldIssue[] {
  const problems: FieldIssue[] = [];
  if (GLOSSARY_LANGUAGES.every((language) => terms[language].length === 0)) {
    problems.push({ path: 'terms', code: 'glossary_terms_required' });
  }
  for (const language of GLOSSARY_LANGUAGES) {
    terms[language].forEach((term, i) => {
      const path = `terms.${language}.${i}`;
      const script =
        language === 'zh'
          ? HAN.test(term)
          : language === 'ru'
            ? !HAN.test(term)
            : !HAN.test(term) && !CYRILLIC.test(term);
      if (!script) problems.push({ path, code: `glossary_term_script_${language}` });
      else if (!matcherKey(term)) problems.push({ path, code: 'glossary_term_unreadable' });
    });
  }
  return problems;
}

/** Every term's key, and the concept it belongs to: the taxonomy's areas and the glossary's concepts. */
export function termOwners(
  areas: IndexArea[],
  concepts: { id: string; terms: GlossaryTerms }[],
): Map<string, { concept: string; term: string }> {
  const owners = new Map<string, { concept: string; term: string }>();
  const add = (concept: string, term: string) => {
    const key = matcherKey(term);
    if (key && !owners.has(key)) owners.set(key, { concept, term });
  };
  for (const a of areas) {
    for (const language of GLOSSARY_LANGUAGES) {
      for (const term of [a.label[language], ...a.synonyms[language]]) add(areaConcept(a.code), term);
    }
  }
  for (const c of concepts)
    for (const language of GLOSSARY_LANGUAGES) for (const term of c.terms[language]) add(c.id, term);
  return owners;
}

/** The keys of a concept's terms. */
export const keysOf = (terms: GlossaryTerms): Set<string> =>
  new Set(GLOSSARY_LANGUAGES.flatMap((language) => terms[language].map(matcherKey)).filter(Boolean));
