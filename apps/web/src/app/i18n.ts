import type { Locale } from '@innobridge/contracts';
import { LOCALES } from '@innobridge/contracts/locales';
import { loadWebMessages, WEB_MODULE_NAMESPACES, type WebNamespace } from '@innobridge/i18n/web';
import i18next from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';

const LOCALE_STORAGE_KEY = 'ib.locale';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The browser's preference: Chinese and Russian by prefix, English for everything else. */
export function localeFromBrowser(languages: readonly string[]): Locale {
  for (const tag of languages) {
    const lower = tag.toLowerCase();
    if (lower.startsWith('zh')) return 'zh';
    if (lower.startsWith('ru')) return 'ru';
    if (lower.startsWith('en')) return 'en';
  }
  return 'en';
}

export function readChosenLocale(): Locale | null {
  try {
    const stored = localStorage.getItem(LOCALE_STORAGE_KEY);
    return isLocale(stored) ? stored : null;
  } catch {
    return null;
  }
}

export function rememberChosenLocale(locale: Locale): void {
  try {
    localStorage.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // Storage may be disabled (private mode); the choice then lasts for this page only.
  }
}

function initialLocale(): Locale {
  const browserLanguages = navigator.languages?.length ? navigator.languages : [navigator.language];
  return readChosenLocale() ?? localeFromBrowser(browserLanguages);
}

/** The language the page starts in; `i18n.language` is set only once its messages have arrived. */
export const startingLocale: Locale = initialLocale();

/** BCP 47 tags for `<html lang>` and Intl formatting. */
export const LANGUAGE_TAGS: Record<Locale, string> = { ru: 'ru', zh: 'zh-CN', en: 'en' };

export const i18n = i18next.createInstance();

/**
 * Messages arrive by namespace in the active language only: `app` (layout and shared pieces) and
 * `errors` before the first paint, a module's namespace with its pages (see `lazyPage`). A key is
 * looked up in the page's namespaces first, then in every module's: that is what `fallbackNS` is for,
 * so a component never has to name the namespace its texts live in.
 */
const ready = i18n
  .use(
    resourcesToBackend((language: string, namespace: string) =>
      loadWebMessages(isLocale(language) ? language : 'en', namespace as WebNamespace),
    ),
  )
  .use(initReactI18next)
  .init({
    lng: startingLocale,
    // No fallback language: every key exists in every language (packages/i18n's tests), and a
    // fallback would make i18next download the English messages too.
    fallbackLng: false,
    supportedLngs: [...LOCALES],
    load: 'currentOnly',
    ns: ['app', 'errors'],
    defaultNS: 'app',
    fallbackNS: [...WEB_MODULE_NAMESPACES],
    interpolation: { escapeValue: false },
    returnNull: false,
  });

/** Resolves when the first page's namespaces (`app`, `errors`) have arrived. */
export function i18nReady(): Promise<unknown> {
  return ready;
}

/** Loads the messages of a module's namespace in the active language (and again after a language change). */
export function loadNamespace(namespace: WebNamespace): Promise<void> {
  return i18n.loadNamespaces(namespace);
}

export function currentLocale(): Locale {
  return isLocale(i18n.language) ? i18n.language : 'en';
}
