import type { AppContext } from '../../../app-context.js';
import type { ConceptIndex } from '../concepts/index.js';
import { conceptIndex } from '../glossary/glossary.index.js';
import { loadGlossarySeed } from '../glossary/glossary-data.js';
import { listTaxonomy } from '../matching.service.js';

/**
 * The concept index the matcher reads now, and the labels of its concepts. The one place that says
 * where they come from: the taxonomy and the glossary as the operators keep them (the tables), so that a
 * term an operator teaches is read at the next recomputation. Labels are still the shipped glossary's.
 */
export async function currentIndex(ctx: AppContext): Promise<ConceptIndex> {
  return conceptIndex(ctx);
}

type Terms = { ru: string; zh: string; en: string };
let glossaryLabels: Map<string, Terms> | undefined;

/**
 * Labels in the language asked (English when it has none there), null when unknown: a concept's by its
 * id (an area's concept is `area:<code>`), an area's by its code.
 */
export async function conceptLabels(ctx: AppContext): Promise<(id: string, locale: string) => string | null> {
  if (!glossaryLabels) {
    glossaryLabels = new Map();
    for (const c of loadGlossarySeed())
      glossaryLabels.set(c.id, { ru: c.ru[0] ?? c.en[0] ?? c.id, zh: c.zh[0] ?? c.en[0] ?? c.id, en: c.en[0] ?? c.id });
  }
  const table = new Map(glossaryLabels);
  for (const a of await listTaxonomy(ctx)) {
    table.set(a.code, a.label);
    table.set(`area:${a.code}`, a.label);
  }
  return (id, locale) => {
    const terms = table.get(id);
    return terms ? (terms[locale as keyof Terms] ?? terms.en) : null;
  };
}
