import { ALERT_FREQUENCIES, type AlertFrequency, type SavedQuery } from '@innobridge/contracts/alerts';
import { useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { App, Button, Form, Input, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../shared/form-modal.js';
import { countUpTo, useFormRules } from '../../shared/form-rules.js';
import { useFormSubmit } from '../../shared/use-form-submit.js';
import { alertsApi, alertsKeys } from './alerts.api.js';
import './alerts.css';

type Values = { name: string; frequency: AlertFrequency };

/** “Save this search” on the exchange's search page: the page's parameters, named, with their alerts. */
export function SaveSearchButton({ query }: { query: SavedQuery }) {
  const { t } = useTranslation('alerts');
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const rules = useFormRules();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<Values>();
  const submission = useFormSubmit({
    form,
    fieldPaths: ['name', 'frequency'],
    submit: (values: Values) => alertsApi.create({ ...values, query }),
    onSuccess: async () => {
      setOpen(false);
      form.resetFields();
      await queryClient.invalidateQueries({ queryKey: alertsKeys.all });
      message.success(
        <span>
          {t('alerts.saved')} <Link to="/saved-searches">{t('alerts.mySearches')}</Link>
        </span>,
      );
    },
  });
  return (
    <>
      <Button onClick={() => setOpen(true)} data-testid="save-search">
        {t('alerts.save')}
      </Button>
      <FormModal
        form={form}
        name="save-search"
        open={open}
        title={t('alerts.saveTitle')}
        okText={t('alerts.save')}
        submission={submission}
        onClose={() => setOpen(false)}
      >
        <Form.Item
          name="name"
          label={t('alerts.name')}
          initialValue={query.q || t('alerts.nameDefault')}
          rules={[rules.requiredText, rules.maxChars(120)]}
        >
          <Input {...countUpTo(120)} />
        </Form.Item>
        <Form.Item name="frequency" label={t('alerts.frequencyLabel')} initialValue="none">
          <Select options={ALERT_FREQUENCIES.map((f) => ({ value: f, label: t(`alerts.frequency.${f}`) }))} />
        </Form.Item>
      </FormModal>
    </>
  );
}
