import {
  APPLIED_STATUSES,
  APPROVAL_CRITERIA,
  DOCUMENT_KINDS,
  OPERATOR_JURISDICTIONS,
  type OperatorJurisdiction,
  type RegistrySettings,
} from '@innobridge/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Checkbox, DatePicker, Form, InputNumber, Select, Spin, Tabs } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useFormRules } from '../../shared/form-rules.js';
import { Page, Section } from '../../shared/page.js';
import { ProblemAlert } from '../../shared/problem.js';
import { useFormSubmit } from '../../shared/use-form-submit.js';
import { AdminNavigation, AdminOnly } from '../admin/index.js';
import { statusLabel } from '../organizations/index.js';
import { registryApi, registryKeys } from './registry.api.js';
import { criterionLabel, documentKindLabel } from './registry-labels.js';
import './registry.css';

type SettingsValues = Omit<RegistrySettings, 'holidays'> & { holidays: Dayjs[] };

const FIELD_PATHS = [
  'participantCities',
  'slaWorkingDays',
  'holidays',
  'reapplyWaitingMonths',
  ...APPLIED_STATUSES.flatMap((status) => [`requiredDocuments.${status}`, `approvalCriteria.${status}`]),
];

const toValues = (settings: RegistrySettings): SettingsValues => ({
  ...settings,
  holidays: settings.holidays.map((day) => dayjs(day)),
});

function toSettings(values: SettingsValues): RegistrySettings {
  const holidays = [...new Set(values.holidays.map((day) => day.format('YYYY-MM-DD')))].sort();
  const cities = [...new Set(values.participantCities.map((city) => city.trim()).filter(Boolean))];
  return {
    participantCities: cities,
    slaWorkingDays: values.slaWorkingDays,
    holidays,
    reapplyWaitingMonths: values.reapplyWaitingMonths,
    // Kept in the order of the lists, whatever order they were ticked in.
    requiredDocuments: {
      participant: DOCUMENT_KINDS.filter((kind) => values.requiredDocuments.participant.includes(kind)),
      partner: DOCUMENT_KINDS.filter((kind) => values.requiredDocuments.partner.includes(kind)),
    },
    approvalCriteria: {
      participant: APPROVAL_CRITERIA.filter((c) => values.approvalCriteria.participant.includes(c)),
      partner: APPROVAL_CRITERIA.filter((c) => values.approvalCriteria.partner.includes(c)),
    },
  };
}

function SettingsForm({ jurisdiction, settings }: { jurisdiction: OperatorJurisdiction; settings: RegistrySettings }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const rules = useFormRules();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<SettingsValues>();
  const { submit, isSubmitting, problemAlert } = useFormSubmit({
    form,
    fieldPaths: FIELD_PATHS,
    submit: (values: SettingsValues) => registryApi.saveSettings(jurisdiction, toSettings(values)),
    onSuccess: (saved) => {
      queryClient.setQueryData(registryKeys.settings(jurisdiction), saved);
      form.setFieldsValue(toValues(saved));
      message.success(t('registrySettings.saved'));
    },
  });

  return (
    <>
      {problemAlert}
      <Form
        form={form}
        name={`registry-settings-${jurisdiction}`}
        layout="vertical"
        initialValues={toValues(settings)}
        onFinish={submit}
        scrollToFirstError
      >
        <Section title={t('registrySettings.territory')}>
          <Form.Item
            name="participantCities"
            label={t('registrySettings.participantCities')}
            extra={t('registrySettings.participantCitiesHint')}
          >
            <Select mode="tags" tokenSeparators={[',', ';', '，', '；']} open={false} suffixIcon={null} />
          </Form.Item>
        </Section>
        <Section title={t('registrySettings.timing')}>
          <div className="form-columns">
            <Form.Item
              name="slaWorkingDays"
              label={t('registrySettings.slaWorkingDays')}
              extra={t(`registrySettings.slaHint.${jurisdiction}`)}
              rules={[rules.required]}
            >
              <InputNumber min={1} max={120} precision={0} />
            </Form.Item>
            <Form.Item
              name="reapplyWaitingMonths"
              label={t('registrySettings.reapplyWaitingMonths')}
              extra={t('registrySettings.reapplyHint')}
              rules={[rules.required]}
            >
              <InputNumber min={0} max={60} precision={0} />
            </Form.Item>
          </div>
          <Form.Item name="holidays" label={t('registrySettings.holidays')} extra={t('registrySettings.holidaysHint')}>
            <DatePicker multiple maxTagCount="responsive" className="full-width" format="YYYY-MM-DD" />
          </Form.Item>
        </Section>
        {APPLIED_STATUSES.map((status) => (
          <Section key={status} title={t('registrySettings.forStatus', { status: statusLabel(t, status) })}>
            <div className="form-columns">
              <Form.Item name={['requiredDocuments', status]} label={t('registrySettings.requiredDocuments')}>
                <Checkbox.Group
                  className="checkbox-column"
                  options={DOCUMENT_KINDS.map((kind) => ({ value: kind, label: documentKindLabel(t, kind) }))}
                />
              </Form.Item>
              <Form.Item name={['approvalCriteria', status]} label={t('registrySettings.approvalCriteria')}>
                <Checkbox.Group
                  className="checkbox-column"
                  options={APPROVAL_CRITERIA.map((criterion) => ({
                    value: criterion,
                    label: criterionLabel(t, criterion),
                  }))}
                />
              </Form.Item>
            </div>
          </Section>
        ))}
        <div className="form-actions">
          <Button type="primary" htmlType="submit" loading={isSubmitting}>
            {t('registrySettings.save', { jurisdiction: t(`registry.reviewerShort.${jurisdiction}`) })}
          </Button>
        </div>
      </Form>
    </>
  );
}

function JurisdictionSettings({ jurisdiction }: { jurisdiction: OperatorJurisdiction }) {
  const settings = useQuery({
    queryKey: registryKeys.settings(jurisdiction),
    queryFn: () => registryApi.settings(jurisdiction),
  });
  if (settings.isPending) return <Spin className="page-spinner" />;
  if (settings.isError) return <ProblemAlert error={settings.error} />;
  return <SettingsForm jurisdiction={jurisdiction} settings={settings.data} />;
}

export function RegistrySettingsPage() {
  const { t } = useTranslation();
  return (
    <AdminOnly>
      <Page title={t('registrySettings.title')} width="wide">
        <AdminNavigation />
        <p className="section-intro">{t('registrySettings.intro')}</p>
        <Tabs
          destroyOnHidden
          items={OPERATOR_JURISDICTIONS.map((jurisdiction) => ({
            key: jurisdiction,
            label: t(`registrySettings.tab.${jurisdiction}`),
            children: <JurisdictionSettings jurisdiction={jurisdiction} />,
          }))}
        />
      </Page>
    </AdminOnly>
  );
}
