import type { AppContext } from '../../../app-context.js';
import { areaConcept, type ConceptIndex } from '../concepts/index.js';
import { conceptIndex } from '../glossary/glossary.index.js';

/**
 * The concept index the matcher reads now, and the labels of its concepts. The one place that says
 * where they come from: the taxonomy and the glossary as the operators keep them (the tables), so that a
 * term an operator teaches is read at the next recomputation, and its labels.
 */
export async function currentIndex(ctx: AppContext): Promise<ConceptIndex> {
  return conceptIndex(ctx);
}

/**
 * Labels in the language asked, null when unknown: a concept's by its id (an area's concept is
 * `area:<code>`), an area's by its code. They are the index's own, so a concept or an area the operators
 * named or renamed reads as they wrote it, with no other read of the tables.
 */
export async function conceptLabels(ctx: AppContext): Promise<(id: string, locale: string) => string | null> {
  const index = await currentIndex(ctx);
  return (id, locale) => {
    const label = (index.concepts.get(areaConcept(id)) ?? index.concepts.get(id))?.label;
    return label ? (label[locale as keyof typeof label] ?? label.en) : null;
  };
}
