import { TreeSelect } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { type AreaNode, matchesArea, useAreaTree } from '../exchange/index.js';

/** One area of the taxonomy (or none), found by any of its names in any language. */
export function GlossaryAreaSelect(props: {
  id?: string;
  value?: string | null;
  onChange?: (value: string | null) => void;
  placeholder?: string;
  'aria-label'?: string;
  className?: string;
}) {
  const { tree, isPending } = useAreaTree();
  return (
    <TreeSelect
      id={props.id}
      className={props.className}
      aria-label={props['aria-label']}
      value={isPending ? undefined : (props.value ?? undefined)}
      onChange={(value?: string) => props.onChange?.(value ?? null)}
      disabled={isPending}
      loading={isPending}
      showSearch={{ filterTreeNode: (input, node) => matchesArea(input, node as AreaNode) }}
      treeData={tree}
      placeholder={props.placeholder}
      allowClear
    />
  );
}

/** An area's name in the reader's language, by its code; a generic word while the taxonomy loads. */
export function useAreaName(): (code: string | null) => string {
  const { t } = useTranslation();
  const { tree } = useAreaTree();
  const names = useMemo(() => {
    const map = new Map<string, string>();
    for (const domain of tree) {
      map.set(domain.value, domain.title);
      for (const area of domain.children ?? []) map.set(area.value, area.title);
    }
    return map;
  }, [tree]);
  return (code) => (code ? (names.get(code) ?? t('glossary.areaUnnamed')) : t('glossary.noArea'));
}
