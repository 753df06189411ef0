import { LOCALES, type Locale } from '@innobridge/contracts';
import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGE_TAGS } from '../../app/i18n.js';
import { useLocale } from '../../app/use-interface-locale.js';
import { exchangeApi, exchangeKeys, type TaxonomyArea } from './exchange.api.js';

/** The taxonomy changes only when an administrator edits it: one read per visit is enough. */
export function useTaxonomy() {
  return useQuery({
    queryKey: exchangeKeys.taxonomy,
    queryFn: exchangeApi.taxonomy,
    staleTime: 30 * 60_000,
    select: (data) => data.items,
  });
}

/** Taxonomy labels are kept in lower case, as in running text; a label on its own starts with a capital. */
const capitalised = (text: string, locale: Locale) =>
  text.charAt(0).toLocaleUpperCase(LANGUAGE_TAGS[locale]) + text.slice(1);

/**
 * An area's name in the reader's language. While the taxonomy loads (or if the area was removed) it
 * is a generic "technology area", never the code: a screen reader would spell "ai.vision" out.
 */
export function useAreaLabel(): (code: string) => string {
  const { t } = useTranslation();
  const locale = useLocale();
  const { data } = useTaxonomy();
  const byCode = useMemo(() => new Map((data ?? []).map((area) => [area.code, area])), [data]);
  return useCallback(
    (code: string) => {
      const area = byCode.get(code);
      return area ? capitalised(area.label[locale], locale) : t('exchange.field.areaUnnamed');
    },
    [byCode, locale, t],
  );
}

export type AreaNode = {
  value: string;
  title: string;
  /** Every label and synonym in every language, lower-cased: a search in any language finds the area. */
  searchText: string;
  children?: AreaNode[];
};

function nodeOf(area: TaxonomyArea, locale: Locale): AreaNode {
  const words = LOCALES.flatMap((lang) => [area.label[lang], ...area.synonyms[lang]]);
  return {
    value: area.code,
    title: capitalised(area.label[locale], locale),
    searchText: words.join('\n').toLocaleLowerCase(),
  };
}

/** The two-level taxonomy as a tree, domains and their areas in the reader's alphabetical order. */
export function useAreaTree(): { tree: AreaNode[]; isPending: boolean } {
  const locale = useLocale();
  const { data, isPending } = useTaxonomy();
  const tree = useMemo(() => {
    const collator = new Intl.Collator(LANGUAGE_TAGS[locale]);
    const byTitle = (a: AreaNode, b: AreaNode) => collator.compare(a.title, b.title);
    const items = data ?? [];
    return items
      .filter((area) => area.parent === null)
      .map((domain) => ({
        ...nodeOf(domain, locale),
        children: items
          .filter((area) => area.parent === domain.code)
          .map((area) => nodeOf(area, locale))
          .sort(byTitle),
      }))
      .sort(byTitle);
  }, [data, locale]);
  return { tree, isPending };
}

export const matchesArea = (input: string, node: AreaNode | undefined) =>
  !!node?.searchText.includes(input.trim().toLocaleLowerCase());
