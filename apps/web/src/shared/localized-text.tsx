import { LOCALES, type Locale, type LocalizedText, pickLocalized } from '@innobridge/contracts';
import { Button, Tag } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGE_TAGS } from '../app/i18n.js';
import { useLocale } from '../app/use-interface-locale.js';

/** A small mark saying which language a text is written in. */
export function LanguageTag({ lang }: { lang: Locale }) {
  const { t } = useTranslation();
  return (
    <Tag className="language-tag" title={t('localized.writtenIn', { language: t(`languageNameInText.${lang}`) })}>
      <span lang={LANGUAGE_TAGS[lang]}>{t(`languageTag.${lang}`)}</span>
    </Tag>
  );
}

/** A form's texts without the languages left blank, so that "present" always means "has words". */
export function withoutBlanks(text: LocalizedText | undefined): LocalizedText {
  const kept: LocalizedText = {};
  for (const lang of LOCALES) {
    const value = text?.[lang]?.trim();
    if (value) kept[lang] = value;
  }
  return kept;
}

type LocalizedTextViewProps = {
  text: LocalizedText | null | undefined;
  empty?: string;
  /** The language to prefer instead of the reader's (a language tab). */
  lang?: Locale;
  /** Draws the picked text, e.g. with the searched words marked. */
  render?: (text: string) => ReactNode;
};

/**
 * A person's text in the reader's language; when it exists only in another language it is shown as
 * written and marked with that language, never silently.
 */
export function LocalizedTextView({ text, empty = '—', lang, render }: LocalizedTextViewProps) {
  const reader = useLocale();
  const preferred = lang ?? reader;
  const picked = pickLocalized(text, preferred);
  if (!picked) return <>{empty}</>;
  return (
    <>
      <span lang={LANGUAGE_TAGS[picked.lang]} data-user-content>
        {render ? render(picked.text) : picked.text}
      </span>
      {picked.lang !== preferred && <LanguageTag lang={picked.lang} />}
    </>
  );
}

/** A longer text with the other languages it was written in one click away. */
export function MultilingualParagraph({ text }: { text: LocalizedText }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const picked = pickLocalized(text, locale);
  const [shown, setShown] = useState<Locale | null>(null);
  if (!picked) return null;

  const lang = shown && text[shown] ? shown : picked.lang;
  const others = LOCALES.filter((other) => other !== lang && text[other]);
  return (
    <div className="multilingual">
      <p className="multilingual-text" lang={LANGUAGE_TAGS[lang]} data-user-content>
        {text[lang]}
        {lang !== locale && <LanguageTag lang={lang} />}
      </p>
      {others.length > 0 && (
        <div className="multilingual-others">
          {others.map((other) => (
            <Button key={other} type="link" size="small" onClick={() => setShown(other)}>
              {t(`localized.showIn.${other}`)}
            </Button>
          ))}
        </div>
      )}
    </div>
  );
}
