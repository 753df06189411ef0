import type { Locale } from '@innobridge/contracts';
import { LOCALES } from '@innobridge/contracts/locales';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../shared/api-client.js';
import { useFeedback } from './feedback.js';
import { LANGUAGE_TAGS } from './i18n.js';
import { useInterfaceLocale } from './use-interface-locale.js';

/** Each language is offered under its own name, so anyone can find theirs. */
export function LanguageSwitcher({ name = 'interface-language' }: { name?: string }) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const { locale, changeLocale } = useInterfaceLocale();

  const onChange = (next: Locale) => {
    changeLocale(next).catch((error: unknown) => {
      message.error(isApiError(error) ? error.detail : t('problem.localeNotSaved'));
    });
  };

  // Plain radio buttons drawn like Ant Design's small button group: its Radio brings its form code
  // (some 20 KB gzip) to every first page for three buttons.
  return (
    <div role="radiogroup" aria-label={t('layout.language')} className="language-switcher">
      {LOCALES.map((value) => (
        <label key={value} className={value === locale ? 'language-option language-option-checked' : 'language-option'}>
          <input
            type="radio"
            className="visually-hidden"
            name={name}
            value={value}
            checked={value === locale}
            onChange={() => onChange(value)}
          />
          <span lang={LANGUAGE_TAGS[value]}>{t(`languageName.${value}`)}</span>
        </label>
      ))}
    </div>
  );
}
