import { describe, expect, it } from 'vitest';
import { termKeys } from '../concepts/concept-index.js';
import { TAXONOMY_SEED } from '../taxonomy-data.js';
import { type GlossaryConcept, loadGlossarySeed } from './glossary-data.js';

const LANGUAGES = ['ru', 'zh', 'en'] as const;
const concepts: GlossaryConcept[] = loadGlossarySeed();
const areas = new Set(TAXONOMY_SEED.map((a) => a.code));

/** A term as the matcher compares it: case and inner spacing do not count. */
const key = (term: string) => term.toLowerCase().replace(/\s+/g, ' ').trim();

describe('the shipped glossary', () => {
  it('gives every concept a unique code of the form <domain>.<concept> and a known area or none', () => {
    const ids = concepts.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of concepts) {
      expect(c.id, c.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+(-[a-z0-9]+)*)+$/);
      if (c.area !== null) expect(areas.has(c.area), `${c.id}: area ${c.area}`).toBe(true);
    }
  });

  it('names every concept in Russian, Chinese and English, each term in its own script', () => {
    for (const c of concepts) {
      for (const language of LANGUAGES) {
        const terms = c[language];
        expect(Array.isArray(terms) && terms.length > 0, `${c.id} has ${language}`).toBe(true);
        for (const term of terms) {
          expect(term.trim(), `${c.id} ${language}`).toBe(term);
          expect(term.length, `${c.id} ${language}`).toBeGreaterThan(1);
          if (language === 'zh') expect(term, `${c.id}`).toMatch(/\p{Script=Han}/u);
          if (language === 'ru') expect(term, `${c.id}`).toMatch(/^[^\p{Script=Han}]*$/u);
          if (language === 'en') expect(term, `${c.id}`).toMatch(/^[^\p{Script=Han}\p{Script=Cyrillic}]*$/u);
        }
      }
    }
  });

  it('gives no term to two concepts in the same language, so a found term names one concept', () => {
    for (const language of LANGUAGES) {
      const owner = new Map<string, string>();
      for (const c of concepts) {
        for (const term of new Set(c[language].map(key))) {
          const first = owner.get(term);
          expect(first, `${language} "${term}" in ${first} and ${c.id}`).toBeUndefined();
          owner.set(term, c.id);
        }
      }
    }
  });

  it('gives no term to two concepts as the matcher reads them: stemmed, abbreviations as written', () => {
    // "penetration test" and "penetrant testing" are one term to a stemmer: the matcher could not tell them apart.
    const asRead = (term: string) => termKeys(term).join(' ');
    for (const language of ['ru', 'en'] as const) {
      const owner = new Map<string, string>();
      for (const c of concepts) {
        for (const term of new Set(c[language].map(asRead))) {
          const first = owner.get(term);
          if (term && first !== c.id) expect(first, `${language} "${term}" in ${first} and ${c.id}`).toBeUndefined();
          owner.set(term, c.id);
        }
      }
    }
  });
});
