import { LOCALES, type Locale } from '@innobridge/contracts';
import { App, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../shared/api-client.js';
import { LANGUAGE_TAGS } from './i18n.js';
import { useInterfaceLocale } from './use-interface-locale.js';

/** Each language is offered under its own name, so anyone can find theirs. */
export function LanguageSwitcher() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { locale, changeLocale } = useInterfaceLocale();

  const onChange = (next: Locale) => {
    changeLocale(next).catch((error: unknown) => {
      message.error(isApiError(error) ? error.detail : t('problem.localeNotSaved'));
    });
  };

  return (
    <Radio.Group
      aria-label={t('layout.language')}
      optionType="button"
      size="small"
      value={locale}
      onChange={(event) => onChange(event.target.value as Locale)}
      options={LOCALES.map((value) => ({
        value,
        label: <span lang={LANGUAGE_TAGS[value]}>{t(`languageName.${value}`)}</span>,
      }))}
    />
  );
}
