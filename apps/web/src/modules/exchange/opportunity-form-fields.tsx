import { CURRENCIES, LOCALES, type Locale } from '@innobridge/contracts';
import { Badge, Form, type FormInstance, Input, InputNumber, Select, Tabs, TreeSelect } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGE_TAGS } from '../../app/i18n.js';
import { useLocale } from '../../app/use-interface-locale.js';
import { countUpTo, useFormRules } from '../../shared/form-rules.js';
import { useFormat } from '../../shared/format.js';
import { COUNTRY_CODES, FIRST_COUNTRIES } from './countries.js';
import { currencyLabel } from './exchange-labels.js';
import {
  OPPORTUNITY_TEXTS,
  type OpportunityFormValues,
  type OpportunityText,
  TEXT_LIMITS,
} from './opportunity-form-values.js';
import { type AreaNode, matchesArea, useAreaTree } from './taxonomy.js';
import './exchange.css';

type Getter = { getFieldValue: (path: (string | number)[]) => unknown };

/** The title and the summary are each required in at least one language, whichever it is. */
function inSomeLanguage(text: OpportunityText, message: string) {
  return ({ getFieldValue }: Getter) => ({
    validator: async () => {
      if (!LOCALES.some((lang) => String(getFieldValue([text, lang]) ?? '').trim() !== '')) throw new Error(message);
    },
  });
}

function LanguageFields({ lang, withOffer }: { lang: Locale; withOffer: boolean }) {
  const { t } = useTranslation();
  const rules = useFormRules();
  const language = t(`languageNameInText.${lang}`);
  const others = (text: OpportunityText) => LOCALES.filter((other) => other !== lang).map((other) => [text, other]);
  // The texts are in the tab's language; the labels stay in the reader's.
  const tag = LANGUAGE_TAGS[lang];
  return (
    <>
      <Form.Item
        name={['title', lang]}
        label={t('exchange.editor.titleIn', { language })}
        dependencies={others('title')}
        rules={[inSomeLanguage('title', t('exchange.editor.titleRequired')), rules.maxChars(TEXT_LIMITS.title)]}
      >
        <Input lang={tag} {...countUpTo(TEXT_LIMITS.title)} />
      </Form.Item>
      <Form.Item
        name={['summary', lang]}
        label={t('exchange.editor.summaryIn', { language })}
        extra={t('exchange.editor.summaryHint')}
        dependencies={others('summary')}
        rules={[inSomeLanguage('summary', t('exchange.editor.summaryRequired')), rules.maxChars(TEXT_LIMITS.summary)]}
      >
        <Input.TextArea lang={tag} {...countUpTo(TEXT_LIMITS.summary)} autoSize={{ minRows: 2, maxRows: 6 }} />
      </Form.Item>
      <Form.Item
        name={['description', lang]}
        label={t('exchange.editor.descriptionIn', { language })}
        extra={t('exchange.editor.descriptionHint')}
        rules={[rules.maxChars(TEXT_LIMITS.description)]}
      >
        <Input.TextArea lang={tag} {...countUpTo(TEXT_LIMITS.description)} autoSize={{ minRows: 5, maxRows: 16 }} />
      </Form.Item>
      {withOffer && (
        <Form.Item
          name={['offer', lang]}
          label={t('exchange.editor.offerIn', { language })}
          extra={t('exchange.editor.offerHint')}
          rules={[rules.maxChars(TEXT_LIMITS.offer)]}
        >
          <Input.TextArea lang={tag} {...countUpTo(TEXT_LIMITS.offer)} autoSize={{ minRows: 3, maxRows: 10 }} />
        </Form.Item>
      )}
    </>
  );
}

function languagesWithErrors(form: FormInstance<OpportunityFormValues>): Set<Locale> {
  const languages = new Set<Locale>();
  for (const field of form.getFieldsError()) {
    const [text, lang] = field.name;
    if (field.errors.length > 0 && OPPORTUNITY_TEXTS.includes(text as OpportunityText)) languages.add(lang as Locale);
  }
  return languages;
}

/**
 * The texts, one tab per language; a tab with a problem is marked, and a failed save opens the first
 * such tab (see `revealErrors`).
 */
export function useLanguageTabs(form: FormInstance<OpportunityFormValues>) {
  const reader = useLocale();
  const [active, setActive] = useState<Locale>(reader);
  const [withErrors, setWithErrors] = useState<Set<Locale>>(new Set());
  const refresh = () => setWithErrors(languagesWithErrors(form));
  const revealErrors = () => {
    const languages = languagesWithErrors(form);
    setWithErrors(languages);
    const first = [active, ...LOCALES].find((lang) => languages.has(lang));
    if (first) setActive(first);
  };
  return { active, setActive, withErrors, refresh, revealErrors };
}

type TextTabsProps = { tabs: ReturnType<typeof useLanguageTabs>; withOffer: boolean };

export function TextFieldset({ tabs, withOffer }: TextTabsProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="language-fieldset">
      <legend>{t('exchange.editor.texts')}</legend>
      <p className="section-intro">{t('exchange.editor.textsHint')}</p>
      <Tabs
        activeKey={tabs.active}
        onChange={(key) => tabs.setActive(key as Locale)}
        items={LOCALES.map((lang) => ({
          key: lang,
          forceRender: true,
          label: (
            <Badge dot={tabs.withErrors.has(lang)} offset={[6, 0]}>
              <span lang={LANGUAGE_TAGS[lang]}>{t(`languageName.${lang}`)}</span>
            </Badge>
          ),
          children: <LanguageFields lang={lang} withOffer={withOffer} />,
        }))}
      />
    </fieldset>
  );
}

/** Technology areas from the two-level taxonomy, found by any label or synonym in any language. */
export function AreaSelect(props: { id?: string; value?: string[]; onChange?: (value: string[]) => void }) {
  const { t } = useTranslation();
  const { tree, isPending } = useAreaTree();
  return (
    <TreeSelect
      {...props}
      // Until the names arrive the chosen areas would show (and be read out) as their codes.
      value={isPending ? [] : props.value}
      disabled={isPending}
      multiple
      showSearch={{ filterTreeNode: (input, node) => matchesArea(input, node as AreaNode) }}
      treeData={tree}
      loading={isPending}
      placeholder={t('exchange.editor.areasPlaceholder')}
      maxCount={20}
      allowClear
    />
  );
}

/** Countries by their names in the reader's language, the two sides of the platform first. */
export function CountrySelect(props: { id?: string; value?: string[]; onChange?: (value: string[]) => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const format = useFormat();
  const options = useMemo(() => {
    const collator = new Intl.Collator(LANGUAGE_TAGS[locale]);
    const named = (code: string) => ({ value: code, label: format.country(code) });
    const rest = COUNTRY_CODES.filter((code) => !FIRST_COUNTRIES.includes(code))
      .map(named)
      .sort((a, b) => collator.compare(a.label, b.label));
    return [...FIRST_COUNTRIES.map(named), ...rest];
  }, [locale, format]);
  return (
    <Select
      {...props}
      mode="multiple"
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      options={options}
      placeholder={t('exchange.editor.countriesPlaceholder')}
      maxCount={50}
    />
  );
}

/** Whole units of a currency, grouped as the reader writes numbers (5 000 000, 5,000,000). */
function WholeAmountInput(props: {
  id?: string;
  value?: number | string | null;
  onChange?: (value: number | string | null) => void;
}) {
  const format = useFormat();
  return (
    <InputNumber
      {...props}
      className="full-width"
      inputMode="numeric"
      min={0}
      max={1e13}
      precision={0}
      // While typing, the text stays as typed; grouped once the field is left.
      formatter={(value, { userTyping, input }) =>
        userTyping
          ? input
          : value === undefined || value === null || `${value}` === ''
            ? ''
            : format.number(Number(value))
      }
      // Grouping spaces, commas and points are only grouping: the amount is whole.
      parser={(text) => (text ?? '').replace(/\D/g, '')}
    />
  );
}

/** An amount or a range in whole units of its currency; the currency is required once a number is given. */
export function AmountFields() {
  const { t } = useTranslation();
  const needsCurrency = ({ getFieldValue }: Getter) => ({
    validator: async (_: unknown, currency: unknown) => {
      const given = ['min', 'max'].some((end) => typeof getFieldValue(['amount', end]) === 'number');
      if (given && !currency) throw new Error(t('exchange.editor.currencyRequired'));
    },
  });
  const notBelowMin = ({ getFieldValue }: Getter) => ({
    validator: async (_: unknown, max: unknown) => {
      const min = getFieldValue(['amount', 'min']);
      if (typeof min === 'number' && typeof max === 'number' && max < min) {
        throw new Error(t('exchange.editor.maxBelowMin'));
      }
    },
  });
  return (
    <fieldset className="amount-fieldset">
      <legend>{t('exchange.field.amount')}</legend>
      <p className="section-intro">{t('exchange.editor.amountHint')}</p>
      <div className="form-columns">
        <Form.Item name={['amount', 'min']} label={t('exchange.editor.amountMin')}>
          <WholeAmountInput />
        </Form.Item>
        <Form.Item
          name={['amount', 'max']}
          label={t('exchange.editor.amountMax')}
          dependencies={[['amount', 'min']]}
          rules={[notBelowMin]}
        >
          <WholeAmountInput />
        </Form.Item>
        <Form.Item
          name={['amount', 'currency']}
          label={t('exchange.editor.currency')}
          dependencies={[
            ['amount', 'min'],
            ['amount', 'max'],
          ]}
          rules={[needsCurrency]}
        >
          <Select allowClear options={CURRENCIES.map((value) => ({ value, label: currencyLabel(t, value) }))} />
        </Form.Item>
      </div>
    </fieldset>
  );
}
