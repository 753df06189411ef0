import { COOPERATION_FORMS, IP_STATUSES, OPPORTUNITY_TYPES, type Opportunity } from '@innobridge/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { App, Button, Checkbox, DatePicker, Form, Select, Space, Tabs } from 'antd';
import dayjs from 'dayjs';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/auth.js';
import { ConfirmButton } from '../../shared/confirm-button.js';
import { useFormRules } from '../../shared/form-rules.js';
import { LocalizedTextView } from '../../shared/localized-text.js';
import { useFormSubmit } from '../../shared/use-form-submit.js';
import { exchangeApi, exchangeKeys } from './exchange.api.js';
import { cooperationFormLabel, ipStatusLabel, opportunityTypeLabel, TRL_LEVELS, trlLabel } from './exchange-labels.js';
import { AmountFields, AreaSelect, CountrySelect, TextFieldset, useLanguageTabs } from './opportunity-form-fields.js';
import { FIELD_PATHS, initialValuesOf, type OpportunityFormValues, toFields } from './opportunity-form-values.js';
import { OpportunityPreview } from './opportunity-preview.js';
import { useOrganizationOptions } from './organization-scope.js';
import './exchange.css';

/** Which organisation publishes: chosen once, when the opportunity is created. */
function OrganizationField({ opportunity }: { opportunity?: Opportunity }) {
  const { t } = useTranslation();
  const rules = useFormRules();
  const { me } = useMe();
  const options = useOrganizationOptions(me?.memberships ?? []);
  if (opportunity) {
    return (
      <p>
        {t('exchange.editor.publishedBy')} <LocalizedTextView text={opportunity.organizationName} />
      </p>
    );
  }
  return (
    <Form.Item name="organizationId" label={t('exchange.editor.organization')} rules={[rules.required]}>
      <Select options={options} />
    </Form.Item>
  );
}

function FormBody({ opportunity, tabs }: { opportunity?: Opportunity; tabs: ReturnType<typeof useLanguageTabs> }) {
  const { t } = useTranslation();
  const rules = useFormRules();
  const type = Form.useWatch('type', Form.useFormInstance<OpportunityFormValues>());
  return (
    <>
      <div className="form-columns">
        <OrganizationField opportunity={opportunity} />
        <Form.Item name="type" label={t('exchange.field.type')} rules={[rules.required]}>
          <Select options={OPPORTUNITY_TYPES.map((value) => ({ value, label: opportunityTypeLabel(t, value) }))} />
        </Form.Item>
      </div>
      <TextFieldset tabs={tabs} withOffer={type === 'corporate_challenge'} />
      <fieldset className="language-fieldset">
        <legend>{t('exchange.editor.classification')}</legend>
        <Form.Item name="areas" label={t('exchange.field.areas')} extra={t('exchange.editor.areasHint')}>
          <AreaSelect />
        </Form.Item>
        <div className="form-columns">
          <Form.Item name="trl" label={t('exchange.field.trl')}>
            <Select
              allowClear
              placeholder={t('exchange.editor.notSpecified')}
              options={TRL_LEVELS.map((level) => ({ value: level, label: trlLabel(t, level) }))}
            />
          </Form.Item>
          <Form.Item name="ipStatus" label={t('exchange.field.ipStatus')}>
            <Select
              allowClear
              placeholder={t('exchange.editor.notSpecified')}
              options={IP_STATUSES.map((value) => ({ value, label: ipStatusLabel(t, value) }))}
            />
          </Form.Item>
        </div>
        <Form.Item name="cooperationForms" label={t('exchange.field.cooperationForms')}>
          <Checkbox.Group
            className="checkbox-grid"
            options={COOPERATION_FORMS.map((value) => ({ value, label: cooperationFormLabel(t, value) }))}
          />
        </Form.Item>
      </fieldset>
      <fieldset className="language-fieldset">
        <legend>{t('exchange.editor.terms')}</legend>
        <div className="form-columns">
          <Form.Item
            name="targetCountries"
            label={t('exchange.field.targetCountries')}
            extra={t('exchange.editor.countriesHint')}
          >
            <CountrySelect />
          </Form.Item>
          <Form.Item name="deadline" label={t('exchange.field.deadline')}>
            {/* A past day is refused by the API (deadline_in_past); the picker does not offer it. */}
            <DatePicker className="full-width" disabledDate={(day) => day.isBefore(dayjs(), 'day')} />
          </Form.Item>
        </div>
        <AmountFields />
      </fieldset>
    </>
  );
}

type Saved = { opportunity: Opportunity; submitted: boolean };

/** Creates or edits a draft, with a preview; "submit" saves first, then sends it to moderation. */
export function OpportunityForm({
  opportunity,
  organizationId,
}: {
  opportunity?: Opportunity;
  organizationId?: string;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<OpportunityFormValues>();
  const tabs = useLanguageTabs(form);
  const [mode, setMode] = useState<'edit' | 'preview'>('edit');
  const intent = useRef<'save' | 'submit'>('save');
  // A new opportunity that was saved but could not be submitted is edited from then on, not created twice.
  const savedId = useRef<string | undefined>(opportunity?.id);

  const remember = async (saved: Opportunity) => {
    savedId.current = saved.id;
    queryClient.setQueryData(exchangeKeys.opportunity(saved.id), saved);
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: exchangeKeys.organization(saved.organizationId) }),
      queryClient.invalidateQueries({ queryKey: exchangeKeys.moderation }),
    ]);
  };

  const { submit, isSubmitting, problemAlert } = useFormSubmit({
    form,
    fieldPaths: FIELD_PATHS,
    submit: async (values: OpportunityFormValues): Promise<Saved> => {
      const fields = toFields(values);
      const saved = savedId.current
        ? await exchangeApi.update(savedId.current, fields)
        : await exchangeApi.create({ organizationId: values.organizationId ?? '', ...fields });
      await remember(saved);
      if (intent.current === 'save') return { opportunity: saved, submitted: false };
      try {
        return { opportunity: await exchangeApi.act(saved.id, 'submit'), submitted: true };
      } catch (error) {
        message.info(t('exchange.editor.draftKept'));
        throw error;
      }
    },
    onSuccess: async ({ opportunity: saved, submitted }) => {
      await remember(saved);
      message.success(submitted ? t('exchange.owner.submitted') : t('exchange.editor.saved'));
      if (submitted) await navigate({ to: '/opportunities/$opportunityId', params: { opportunityId: saved.id } });
      else if (!opportunity) {
        await navigate({
          to: '/opportunities/$opportunityId/edit',
          params: { opportunityId: saved.id },
          replace: true,
        });
      }
    },
    onError: () => setMode('edit'),
  });

  const send = (next: 'save' | 'submit') => {
    intent.current = next;
    form.submit();
  };

  return (
    <>
      {problemAlert}
      <Form
        form={form}
        name="opportunity"
        layout="vertical"
        initialValues={initialValuesOf(opportunity, organizationId)}
        onFinish={submit}
        onFinishFailed={() => {
          setMode('edit');
          tabs.revealErrors();
        }}
        onFieldsChange={tabs.refresh}
        scrollToFirstError
      >
        <Tabs
          activeKey={mode}
          onChange={(key) => setMode(key as 'edit' | 'preview')}
          items={[
            {
              key: 'edit',
              label: t('exchange.editor.editTab'),
              forceRender: true,
              children: <FormBody opportunity={opportunity} tabs={tabs} />,
            },
            { key: 'preview', label: t('exchange.editor.previewTab'), children: <OpportunityPreview form={form} /> },
          ]}
        />
        <Space wrap className="form-actions">
          <Button type="primary" onClick={() => send('save')} loading={isSubmitting && intent.current === 'save'}>
            {t('exchange.editor.saveDraft')}
          </Button>
          <ConfirmButton
            confirm={t('exchange.owner.submitConfirm')}
            okText={t('exchange.owner.submit')}
            onConfirm={() => send('submit')}
            loading={isSubmitting && intent.current === 'submit'}
          >
            {t('exchange.editor.saveAndSubmit')}
          </ConfirmButton>
        </Space>
      </Form>
    </>
  );
}
