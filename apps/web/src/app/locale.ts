import type { Locale } from '@innobridge/contracts';
import type { ConfigProviderProps } from 'antd';
import dayjs from 'dayjs';
import { i18n, i18nReady, LANGUAGE_TAGS, rememberChosenLocale, startingLocale } from './i18n.js';

type AntdLocale = NonNullable<ConfigProviderProps['locale']>;

/** Only the active language's Ant Design and dayjs bundles are downloaded. */
const bundleLoaders: Record<Locale, () => Promise<AntdLocale>> = {
  ru: async () => {
    const [antd] = await Promise.all([import('antd/es/locale/ru_RU'), import('dayjs/locale/ru')]);
    return antd.default;
  },
  zh: async () => {
    const [antd] = await Promise.all([import('antd/es/locale/zh_CN'), import('dayjs/locale/zh-cn')]);
    return antd.default;
  },
  en: async () => (await import('antd/es/locale/en_US')).default,
};

const DAYJS_LOCALES: Record<Locale, string> = { ru: 'ru', zh: 'zh-cn', en: 'en' };

const loadedAntdLocales = new Map<Locale, AntdLocale>();

async function loadLocaleBundle(locale: Locale): Promise<void> {
  if (!loadedAntdLocales.has(locale)) loadedAntdLocales.set(locale, await bundleLoaders[locale]());
}

export function antdLocaleFor(locale: Locale): AntdLocale | undefined {
  return loadedAntdLocales.get(locale);
}

function applyDocumentLanguage(locale: Locale): void {
  document.documentElement.lang = LANGUAGE_TAGS[locale];
  dayjs.locale(DAYJS_LOCALES[locale]);
}

/** Loads the messages and bundles of the language the page starts in, before the first render. */
export async function prepareInitialLocale(): Promise<void> {
  const locale = startingLocale;
  await Promise.all([i18nReady(), loadLocaleBundle(locale)]);
  applyDocumentLanguage(locale);
}

/** Switches the whole interface (texts, Ant Design, dates, `<html lang>`) and remembers the choice. */
export async function switchInterfaceLocale(locale: Locale): Promise<void> {
  rememberChosenLocale(locale);
  await loadLocaleBundle(locale);
  applyDocumentLanguage(locale);
  await i18n.changeLanguage(locale);
}
