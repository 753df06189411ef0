import { type ComponentType, createElement, forwardRef, type Ref } from 'react';

type IconProps = { 'aria-label'?: string; 'aria-labelledby'?: string } & Record<string, unknown>;
type IconComponent = ComponentType<IconProps> & Record<string, unknown>;

/** What Ant Design's icon component carries besides rendering (two-tone colours). */
const STATICS = ['getTwoToneColor', 'setTwoToneColor'] as const;

/**
 * An icon is decoration beside words, so screen readers skip it, instead of reading its English
 * name ("search", "down") on a Russian or Chinese page. An icon that stands for words on its own is
 * given an `aria-label` (or `aria-labelledby`) in the reader's language, and keeps its role.
 * Applied to every Ant Design icon at build time (`scripts/antd-accessible-names.ts`).
 */
export function decorative(Icon: IconComponent) {
  const Decorative = forwardRef((props: IconProps, ref: Ref<unknown>) => {
    const labelled = props['aria-label'] != null || props['aria-labelledby'] != null;
    return createElement(
      Icon,
      labelled ? { ...props, ref } : { 'aria-hidden': true, ...props, role: undefined, 'aria-label': undefined, ref },
    );
  });
  for (const name of STATICS) if (name in Icon) Object.assign(Decorative, { [name]: Icon[name] });
  return Decorative;
}
