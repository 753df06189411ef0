import { LOCALES, type Locale } from '@innobridge/contracts';
import { resources } from '@innobridge/i18n';
import i18next from 'i18next';
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

/** BCP 47 tags for `<html lang>` and Intl formatting. */
export const LANGUAGE_TAGS: Record<Locale, string> = { ru: 'ru', zh: 'zh-CN', en: 'en' };

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  lng: initialLocale(),
  fallbackLng: 'en',
  supportedLngs: [...LOCALES],
  ns: ['web', 'errors'],
  defaultNS: 'web',
  resources: {
    ru: { web: resources.ru.web, errors: resources.ru.errors },
    zh: { web: resources.zh.web, errors: resources.zh.errors },
    en: { web: resources.en.web, errors: resources.en.errors },
  },
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});

export function currentLocale(): Locale {
  return isLocale(i18n.language) ? i18n.language : 'en';
}
