import fs from 'node:fs';
import path from 'node:path';
import { API_DIR } from '../../../paths.js';

/**
 * The trilingual technical glossary the matcher reads: concepts that an offer and a request about the
 * same technology both name, each with the terms professionals write for it in Russian, Chinese and
 * English. It ships as data, one file per domain in `data/`, and seeds the operators' editable copy.
 */
export type GlossaryConcept = {
  /** Stable code `<domain>.<concept>`, never renamed or reused. */
  id: string;
  /** The closest area of the taxonomy, or null when none fits. */
  area: string | null;
  /** The canonical term first, then the variants; Russian in the nominative, Chinese simplified. */
  ru: string[];
  zh: string[];
  en: string[];
};

/** Found from the package's directory, the same from the sources and from the bundled server (like the migrations). */
export const GLOSSARY_DATA_DIR = path.join(API_DIR, 'src/modules/matching/glossary/data');

/** Every concept of the shipped files, in file order (files sorted by name). */
export function loadGlossarySeed(dir = GLOSSARY_DATA_DIR): GlossaryConcept[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .flatMap((name) => JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')) as GlossaryConcept[]);
}
