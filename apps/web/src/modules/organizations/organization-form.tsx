import {
  type CreateOrganizationBody,
  JURISDICTIONS,
  type Jurisdiction,
  LOCALES,
  type Locale,
  type LocalizedText,
  ORGANIZATION_TYPES,
  type Organization,
  type OrganizationType,
  OTHER_PLACE,
  type UpdateOrganizationBody,
  VERIFIED_FACTS,
} from '@innobridge/contracts';
import { Link } from '@tanstack/react-router';
import { Alert, App, Badge, Button, Form, Input, Radio, Select, Tabs } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGE_TAGS } from '../../app/i18n.js';
import { useLocale } from '../../app/use-interface-locale.js';
import { ApiError } from '../../shared/api-client.js';
import { countUpTo, useFormRules } from '../../shared/form-rules.js';
import { withoutBlanks } from '../../shared/localized-text.js';
import { useFormSubmit } from '../../shared/use-form-submit.js';
import { AreaSelect } from '../exchange/index.js';
import { legalIdRule } from './legal-id-rule.js';
import { jurisdictionLabel, organizationTypeLabel, statusLabel } from './organization-labels.js';
import { PlaceSelect } from './places.js';

const PROFILE_TEXTS = ['name', 'shortDescription', 'description', 'products'] as const;
type ProfileText = (typeof PROFILE_TEXTS)[number];

export type OrganizationFormValues = {
  type: OrganizationType;
  jurisdiction: Jurisdiction;
  /** A code of the reference list, or "other" with the city's own text in `city`. */
  place: string;
  city?: string;
  areas?: string[];
  legalId: string;
  website?: string;
  /** Not a field: set when the admin confirmed giving up the status (ADR 0014). */
  acknowledgeStatusLoss?: boolean;
} & Record<ProfileText, LocalizedText>;

const FIELD_PATHS = [
  'type',
  'jurisdiction',
  'place',
  'city',
  'areas',
  'legalId',
  'website',
  ...PROFILE_TEXTS.flatMap((text) => LOCALES.map((lang) => `${text}.${lang}`)),
];

const TEXT_LIMITS: Record<ProfileText, number> = {
  name: 200,
  shortDescription: 500,
  description: 10000,
  products: 5000,
};

export function toOrganizationBody(values: OrganizationFormValues): CreateOrganizationBody {
  const website = values.website?.trim();
  return {
    type: values.type,
    jurisdiction: values.jurisdiction,
    place: values.place,
    ...(values.place === OTHER_PLACE ? { city: values.city?.trim() ?? '' } : {}),
    areas: values.areas ?? [],
    legalId: values.legalId?.trim() ?? '',
    name: withoutBlanks(values.name),
    shortDescription: withoutBlanks(values.shortDescription),
    description: withoutBlanks(values.description),
    products: withoutBlanks(values.products),
    ...(website ? { website } : {}),
  };
}

function initialValuesOf(organization: Organization | undefined): Partial<OrganizationFormValues> {
  if (!organization) return { name: {}, shortDescription: {}, description: {}, products: {} };
  return {
    type: organization.type,
    jurisdiction: organization.jurisdiction,
    place: organization.place,
    city: organization.city,
    areas: organization.areas,
    legalId: organization.legalId,
    website: organization.website ?? undefined,
    name: organization.name,
    shortDescription: organization.shortDescription,
    description: organization.description,
    products: organization.products,
  };
}

/** The facts an operator verified that the form's values change (ADR 0014). */
const changedFacts = (organization: Organization, body: CreateOrganizationBody) =>
  VERIFIED_FACTS.filter((fact) =>
    fact === 'city'
      ? body.place !== organization.place || (body.city ?? '').trim() !== organization.city.trim()
      : String(body[fact] ?? '').trim() !== String(organization[fact]).trim(),
  );

/**
 * What changing the verified facts does, told before the admin edits them: a status returns to
 * "none"; during an application, a suspension or an exclusion they cannot change.
 */
function VerifiedFactsNotice({ organization }: { organization: Organization }) {
  const { t } = useTranslation();
  const status = statusLabel(t, organization.status);
  const key =
    organization.status === 'participant' || organization.status === 'partner'
      ? 'statusLoss'
      : organization.status === 'applicant'
        ? 'applicationOpen'
        : organization.status === 'suspended' || organization.status === 'excluded'
          ? 'sanctioned'
          : null;
  if (!key) return null;
  return (
    <Alert
      type={key === 'statusLoss' ? 'warning' : 'info'}
      showIcon
      className="inline-action"
      id="verified-facts-notice"
      title={t(`organizationForm.verifiedFacts.${key}`, { status })}
    />
  );
}

function LanguageTabContent({ lang }: { lang: Locale }) {
  const { t } = useTranslation(['app', 'errors']);
  const rules = useFormRules();
  const languageName = t(`languageNameInText.${lang}`);
  const otherNames = LOCALES.filter((other) => other !== lang).map((other) => ['name', other]);
  const nameInSomeLanguage = ({ getFieldValue }: { getFieldValue: (path: (string | number)[]) => unknown }) => ({
    validator: async () => {
      const anyName = LOCALES.some((other) => String(getFieldValue(['name', other]) ?? '').trim() !== '');
      if (!anyName) throw new Error(t('errors:name_required'));
    },
  });
  const label = (text: ProfileText) => t(`organizationForm.${text}InLanguage`, { language: languageName });

  // The texts are in the tab's language; the labels stay in the reader's.
  const tag = LANGUAGE_TAGS[lang];
  return (
    <div>
      <Form.Item
        name={['name', lang]}
        label={label('name')}
        dependencies={otherNames}
        rules={[nameInSomeLanguage, rules.maxChars(TEXT_LIMITS.name)]}
      >
        <Input lang={tag} {...countUpTo(TEXT_LIMITS.name)} />
      </Form.Item>
      <Form.Item
        name={['shortDescription', lang]}
        label={label('shortDescription')}
        rules={[rules.maxChars(TEXT_LIMITS.shortDescription)]}
      >
        <Input.TextArea lang={tag} {...countUpTo(TEXT_LIMITS.shortDescription)} autoSize={{ minRows: 2, maxRows: 4 }} />
      </Form.Item>
      <Form.Item
        name={['description', lang]}
        label={label('description')}
        rules={[rules.maxChars(TEXT_LIMITS.description)]}
      >
        <Input.TextArea lang={tag} {...countUpTo(TEXT_LIMITS.description)} autoSize={{ minRows: 4, maxRows: 12 }} />
      </Form.Item>
      <Form.Item name={['products', lang]} label={label('products')} rules={[rules.maxChars(TEXT_LIMITS.products)]}>
        <Input.TextArea lang={tag} {...countUpTo(TEXT_LIMITS.products)} autoSize={{ minRows: 3, maxRows: 10 }} />
      </Form.Item>
    </div>
  );
}

function languagesWithErrors(form: ReturnType<typeof Form.useForm<OrganizationFormValues>>[0]): Set<Locale> {
  const languages = new Set<Locale>();
  for (const field of form.getFieldsError()) {
    const [text, lang] = field.name;
    if (field.errors.length > 0 && PROFILE_TEXTS.includes(text as ProfileText)) languages.add(lang as Locale);
  }
  return languages;
}

function DuplicateNotice({ error }: { error: unknown }) {
  const { t } = useTranslation(['app', 'errors']);
  const existingId = error instanceof ApiError ? error.problem.existingOrganizationId : undefined;
  if (typeof existingId !== 'string') return null;
  return (
    <p className="inline-action">
      <Link to="/organizations/$organizationId" params={{ organizationId: existingId }}>
        {t('organizationForm.openExisting')}
      </Link>
    </p>
  );
}

type OrganizationFormProps = {
  organization?: Organization;
  submitLabel: string;
  save: (body: CreateOrganizationBody & Pick<UpdateOrganizationBody, 'acknowledgeStatusLoss'>) => Promise<Organization>;
  onSaved: (organization: Organization) => unknown;
};

export function OrganizationForm({ organization, submitLabel, save, onSaved }: OrganizationFormProps) {
  const { t } = useTranslation(['app', 'errors']);
  const rules = useFormRules();
  const reader = useLocale();
  const [form] = Form.useForm<OrganizationFormValues>();
  const jurisdiction = Form.useWatch('jurisdiction', form);
  const place = Form.useWatch('place', form);
  const [activeLanguage, setActiveLanguage] = useState<Locale>(reader);
  const [erroneousLanguages, setErroneousLanguages] = useState<Set<Locale>>(new Set());

  const { modal } = App.useApp();
  const { submit, isSubmitting, error, problemAlert } = useFormSubmit({
    form,
    fieldPaths: FIELD_PATHS,
    submit: ({ acknowledgeStatusLoss, ...values }: OrganizationFormValues) =>
      save({ ...toOrganizationBody(values), ...(acknowledgeStatusLoss ? { acknowledgeStatusLoss } : {}) }),
    onSuccess: onSaved,
  });
  const holdsStatus = organization?.status === 'participant' || organization?.status === 'partner';
  // A participant or partner changing what its operator verified gives up the status: asked first.
  const finish = (values: OrganizationFormValues) => {
    if (!organization || !holdsStatus || changedFacts(organization, toOrganizationBody(values)).length === 0) {
      submit(values);
      return;
    }
    modal.confirm({
      title: t('organizationForm.verifiedFacts.confirmTitle'),
      content: t('organizationForm.verifiedFacts.statusLoss', { status: statusLabel(t, organization.status) }),
      okText: t('organizationForm.verifiedFacts.confirm'),
      okButtonProps: { danger: true },
      cancelText: t('action.cancel'),
      onOk: () => submit({ ...values, acknowledgeStatusLoss: true }),
    });
  };

  const revealLanguageWithError = () => {
    const languages = languagesWithErrors(form);
    setErroneousLanguages(languages);
    const first = [activeLanguage, ...LOCALES].find((lang) => languages.has(lang));
    if (first) setActiveLanguage(first);
  };

  return (
    <>
      {problemAlert}
      <DuplicateNotice error={error} />
      <Form
        form={form}
        name="organization"
        layout="vertical"
        initialValues={initialValuesOf(organization)}
        onFinish={finish}
        onFinishFailed={revealLanguageWithError}
        onFieldsChange={() => setErroneousLanguages(languagesWithErrors(form))}
        scrollToFirstError
      >
        {organization && <VerifiedFactsNotice organization={organization} />}
        <div className="form-columns">
          <Form.Item name="type" label={t('field.organizationType')} rules={[rules.required]}>
            <Select options={ORGANIZATION_TYPES.map((value) => ({ value, label: organizationTypeLabel(t, value) }))} />
          </Form.Item>
          <Form.Item name="jurisdiction" label={t('field.jurisdiction')} rules={[rules.required]}>
            <Radio.Group
              optionType="button"
              options={JURISDICTIONS.map((value) => ({ value, label: jurisdictionLabel(t, value) }))}
              onChange={() => form.getFieldValue('legalId') && void form.validateFields(['legalId'])}
            />
          </Form.Item>
          <Form.Item
            name="place"
            label={t('field.city')}
            extra={t('organizationForm.placeHint')}
            rules={[rules.required]}
          >
            <PlaceSelect placeholder={t('organizationForm.placePlaceholder')} />
          </Form.Item>
          {place === OTHER_PLACE && (
            <Form.Item
              name="city"
              label={t('organizationForm.otherCity')}
              extra={t('organizationForm.cityHint')}
              rules={[rules.requiredText, rules.maxChars(120)]}
            >
              <Input {...countUpTo(120)} autoComplete="address-level2" />
            </Form.Item>
          )}
          <Form.Item name="areas" label={t('organizationForm.areas')} extra={t('organizationForm.areasHint')}>
            <AreaSelect />
          </Form.Item>
          <Form.Item
            name="legalId"
            label={t('field.legalId')}
            required={jurisdiction === 'RU' || jurisdiction === 'CN'}
            extra={t(`organizationForm.legalIdHint.${jurisdiction ?? 'none'}`)}
            rules={[legalIdRule(jurisdiction, t), rules.maxChars(64)]}
            validateDebounce={300}
          >
            <Input autoComplete="off" spellCheck={false} disabled={!jurisdiction} />
          </Form.Item>
          <Form.Item
            name="website"
            label={t('field.website')}
            rules={[rules.url, rules.maxChars(300)]}
            extra={t('organizationForm.websiteHint')}
          >
            <Input type="url" autoComplete="url" placeholder="https://" />
          </Form.Item>
        </div>

        <fieldset className="language-fieldset">
          <legend>{t('organizationForm.profileTexts')}</legend>
          <p className="section-intro">{t('organizationForm.profileTextsHint')}</p>
          <Tabs
            activeKey={activeLanguage}
            onChange={(key) => setActiveLanguage(key as Locale)}
            items={LOCALES.map((lang) => ({
              key: lang,
              forceRender: true,
              label: (
                <Badge dot={erroneousLanguages.has(lang)} offset={[6, 0]}>
                  <span lang={LANGUAGE_TAGS[lang]}>{t(`languageName.${lang}`)}</span>
                </Badge>
              ),
              children: <LanguageTabContent lang={lang} />,
            }))}
          />
        </fieldset>

        <Button type="primary" htmlType="submit" loading={isSubmitting}>
          {submitLabel}
        </Button>
      </Form>
    </>
  );
}
