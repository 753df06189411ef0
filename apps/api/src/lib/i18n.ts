import { DEFAULT_LOCALE, LOCALES, type Locale } from '@innobridge/contracts';
import { NAMESPACES, type Namespace, resources } from '@innobridge/i18n';
import i18next, { type TFunction } from 'i18next';

const instance = i18next.createInstance();
void instance.init({
  resources,
  lng: DEFAULT_LOCALE,
  fallbackLng: false,
  ns: [...NAMESPACES],
  interpolation: { escapeValue: false },
  initAsync: false,
});

export function translator(locale: Locale, namespace: Namespace): TFunction {
  return instance.getFixedT(locale, namespace);
}

export const isLocale = (value: unknown): value is Locale => LOCALES.includes(value as Locale);

/** The best of the platform's languages for an Accept-Language header, or null when none fits. */
export function negotiateLocale(acceptLanguage: string | undefined): Locale | null {
  if (!acceptLanguage) return null;
  const ranked = acceptLanguage
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { lang: tag.toLowerCase().split('-')[0] ?? '', q: q ? Number(q.slice(2)) : 1 };
    })
    .filter((x) => x.lang && !Number.isNaN(x.q) && x.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { lang } of ranked) if (isLocale(lang)) return lang;
  return null;
}
