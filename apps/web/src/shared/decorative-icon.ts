import {
  type ComponentType,
  createElement,
  forwardRef,
  type Ref,
  useCallback,
  useLayoutEffect,
  useRef,
  useState,
} from 'react';
import { useTranslation } from 'react-i18next';

type IconProps = { 'aria-label'?: string; 'aria-labelledby'?: string; icon?: { name?: string } } & Record<
  string,
  unknown
>;
type IconComponent = ComponentType<IconProps> & Record<string, unknown>;

/** What Ant Design's icon component carries besides rendering (two-tone colours). */
const STATICS = ['getTwoToneColor', 'setTwoToneColor'] as const;

/** A button or link whose only content is this icon, and which has no name of its own. */
function namelessControlOf(icon: HTMLElement | null): boolean {
  const control = icon?.parentElement?.closest('button, a[href], [role="button"]');
  if (!control) return false;
  if (['aria-label', 'aria-labelledby', 'title'].some((name) => control.getAttribute(name)?.trim())) return false;
  return (control.textContent ?? '').trim() === '';
}

/**
 * An icon is decoration beside words, so screen readers skip it, instead of reading its English
 * name ("search", "down") on a Russian or Chinese page. An icon that is a control's only content
 * (the clear button of a field, an icon-only search button) names the control in the reader's
 * language (`app:icon.*`); one given an `aria-label` keeps it. Applied to every Ant Design icon at
 * build time (`scripts/antd-accessible-names.ts`).
 */
export function decorative(Icon: IconComponent) {
  const Decorative = forwardRef((props: IconProps, ref: Ref<unknown>) => {
    const { t } = useTranslation('app', { useSuspense: false });
    const own = useRef<HTMLElement | null>(null);
    const [alone, setAlone] = useState(false);
    useLayoutEffect(() => setAlone(namelessControlOf(own.current)));
    const setRef = useCallback(
      (element: HTMLElement | null) => {
        own.current = element;
        if (typeof ref === 'function') ref(element);
        else if (ref) (ref as { current: unknown }).current = element;
      },
      [ref],
    );
    const labelled = props['aria-label'] != null || props['aria-labelledby'] != null;
    if (labelled) return createElement(Icon, { ...props, ref: setRef });
    const name = alone ? t(`icon.${props.icon?.name ?? ''}`, { defaultValue: '' }) : '';
    return createElement(
      Icon,
      name
        ? { ...props, 'aria-label': name, ref: setRef }
        : { 'aria-hidden': true, ...props, role: undefined, 'aria-label': undefined, ref: setRef },
    );
  });
  for (const name of STATICS) if (name in Icon) Object.assign(Decorative, { [name]: Icon[name] });
  return Decorative;
}
