import {
  hasAnyLanguage,
  LOCALES,
  type Locale,
  type LocalizedText,
  type Opportunity,
  pickLocalized,
} from '@innobridge/contracts';
import { Link, useLocation } from '@tanstack/react-router';
import { Alert, Descriptions, type DescriptionsProps, Tabs } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/auth.js';
import { LANGUAGE_TAGS } from '../../app/i18n.js';
import { useLocale } from '../../app/use-interface-locale.js';
import { useFormat } from '../../shared/format.js';
import { LocalizedTextView } from '../../shared/localized-text.js';
import { TranslateAction } from '../../shared/translate-action.js';
import { jurisdictionLabel } from '../organizations/index.js';
import { cooperationFormLabel, ipStatusLabel, trlLabel } from './exchange-labels.js';
import { PREVIEW_ID } from './opportunity-form-values.js';
import { AreaTags, TypeTag, useAmountText } from './opportunity-parts.js';
import './exchange.css';

type Level = 2 | 3;

function Heading({ level, children }: { level: Level; children: ReactNode }) {
  return level === 2 ? <h2 className="text-heading">{children}</h2> : <h3 className="text-heading">{children}</h3>;
}

const TEXTS = ['title', 'summary', 'description', 'offer'] as const;

/** The languages the opportunity is written in: the reader's first when it is one of them. */
export function textLanguages(opportunity: Pick<Opportunity, (typeof TEXTS)[number]>, reader: Locale): Locale[] {
  const present = LOCALES.filter((lang) => TEXTS.some((field) => !!opportunity[field]?.[lang]));
  return [...present.filter((lang) => lang === reader), ...present.filter((lang) => lang !== reader)];
}

/** The language the texts are read in, chosen with the tabs; the reader's own by default. */
export function useTextLanguage(opportunity: Pick<Opportunity, (typeof TEXTS)[number]>) {
  const reader = useLocale();
  const languages = textLanguages(opportunity, reader);
  const [chosen, setChosen] = useState<Locale | null>(null);
  const lang = chosen && languages.includes(chosen) ? chosen : (languages[0] ?? reader);
  return { lang, setLang: setChosen, languages };
}

export function OpportunityFacts({ opportunity }: { opportunity: Opportunity }) {
  const { t } = useTranslation();
  const format = useFormat();
  const amountText = useAmountText()(opportunity.amount);
  const item = (key: string, label: string, children: ReactNode, shown = true) =>
    shown ? [{ key, label, children }] : [];
  const items: DescriptionsProps['items'] = [
    ...item('type', t('exchange.field.type'), <TypeTag type={opportunity.type} />),
    ...item(
      'organization',
      t('exchange.field.organization'),
      <>
        <Link to="/organizations/$organizationId" params={{ organizationId: opportunity.organizationId }}>
          <LocalizedTextView text={opportunity.organizationName} />
        </Link>
        <span className="muted"> · {jurisdictionLabel(t, opportunity.organizationJurisdiction)}</span>
      </>,
    ),
    ...item('areas', t('exchange.field.areas'), <AreaTags areas={opportunity.areas} />, opportunity.areas.length > 0),
    ...item('trl', t('exchange.field.trl'), opportunity.trl ? trlLabel(t, opportunity.trl) : '', !!opportunity.trl),
    ...item(
      'ipStatus',
      t('exchange.field.ipStatus'),
      opportunity.ipStatus ? ipStatusLabel(t, opportunity.ipStatus) : '',
      !!opportunity.ipStatus,
    ),
    ...item(
      'cooperationForms',
      t('exchange.field.cooperationForms'),
      format.list(opportunity.cooperationForms.map((form) => cooperationFormLabel(t, form))),
      opportunity.cooperationForms.length > 0,
    ),
    ...item(
      'targetCountries',
      t('exchange.field.targetCountries'),
      format.list(opportunity.targetCountries.map(format.country)),
      opportunity.targetCountries.length > 0,
    ),
    ...item('deadline', t('exchange.field.deadline'), format.day(opportunity.deadline), !!opportunity.deadline),
    ...item('amount', t('exchange.field.amount'), amountText, !!amountText),
    ...item(
      'publishedAt',
      t('exchange.field.publishedAt'),
      format.date(opportunity.publishedAt),
      !!opportunity.publishedAt,
    ),
    ...item('expiresAt', t('exchange.field.expiresAt'), format.date(opportunity.expiresAt), !!opportunity.expiresAt),
  ];
  return <Descriptions bordered size="small" column={{ xs: 1, sm: 1, md: 2 }} items={items} className="facts" />;
}

/** Visitors and people without an organisation read the summary; the description is for members. */
function DescriptionLocked() {
  const { t } = useTranslation();
  const { me } = useMe();
  const location = useLocation();
  return (
    <Alert
      type="info"
      showIcon
      className="inline-action"
      title={t('exchange.opportunity.descriptionForMembers')}
      description={
        me ? (
          <Link to="/organizations/new">{t('exchange.opportunity.registerToRead')}</Link>
        ) : (
          <Link to="/sign-in" search={{ redirect: location.href }}>
            {t('exchange.opportunity.signInToRead')}
          </Link>
        )
      }
    />
  );
}

type TextBlockProps = {
  title: string;
  text: LocalizedText;
  lang: Locale;
  level: Level;
  /** Which opportunity's text this is, for its machine translation. */
  source?: { opportunityId: string; field: 'summary' | 'description' | 'offer' };
  /** The publishing organisation: its members read their own texts untranslated. */
  writtenBy: string;
};

function TextBlock({ title, text, lang, level, source, writtenBy }: TextBlockProps) {
  if (!hasAnyLanguage(text)) return null;
  const written = pickLocalized(text, lang)?.lang;
  return (
    <section className="text-block">
      <Heading level={level}>{title}</Heading>
      <p className="multiline">
        <LocalizedTextView text={text} lang={lang} />
      </p>
      {source && written && (
        <TranslateAction
          source={{ kind: 'opportunity', ...source, language: written }}
          language={written}
          writtenBy={writtenBy}
        />
      )}
    </section>
  );
}

/** The summary, the description (or why it is hidden) and a challenge's offer, in one language. */
export function OpportunityTexts({
  opportunity,
  lang,
  level,
}: {
  opportunity: Opportunity;
  lang: Locale;
  level: Level;
}) {
  const { t } = useTranslation();
  // The editor's preview is not saved yet: there is nothing to translate by reference.
  const sourceOf = (field: 'summary' | 'description' | 'offer') =>
    opportunity.id === PREVIEW_ID ? undefined : { opportunityId: opportunity.id, field };
  return (
    <div className="opportunity-texts">
      <TextBlock
        title={t('exchange.field.summary')}
        text={opportunity.summary}
        lang={lang}
        level={level}
        source={sourceOf('summary')}
        writtenBy={opportunity.organizationId}
      />
      {opportunity.description === null ? (
        <DescriptionLocked />
      ) : (
        <TextBlock
          title={t('exchange.field.description')}
          text={opportunity.description}
          lang={lang}
          level={level}
          source={sourceOf('description')}
          writtenBy={opportunity.organizationId}
        />
      )}
      {opportunity.type === 'corporate_challenge' && (
        <TextBlock
          title={t('exchange.field.offer')}
          text={opportunity.offer}
          lang={lang}
          level={level}
          source={sourceOf('offer')}
          writtenBy={opportunity.organizationId}
        />
      )}
    </div>
  );
}

type TextTabsProps = {
  opportunity: Opportunity;
  lang: Locale;
  languages: Locale[];
  onChange: (lang: Locale) => void;
  level: Level;
};

/** With texts in several languages, one tab per language; otherwise the texts as they are. */
export function OpportunityTextTabs({ opportunity, lang, languages, onChange, level }: TextTabsProps) {
  const { t } = useTranslation();
  if (languages.length <= 1) return <OpportunityTexts opportunity={opportunity} lang={lang} level={level} />;
  return (
    <Tabs
      className="language-tabs"
      activeKey={lang}
      onChange={(key) => onChange(key as Locale)}
      aria-label={t('exchange.opportunity.languages')}
      items={languages.map((language) => ({
        key: language,
        label: <span lang={LANGUAGE_TAGS[language]}>{t(`languageName.${language}`)}</span>,
        children: <OpportunityTexts opportunity={opportunity} lang={language} level={level} />,
      }))}
    />
  );
}
