import { LOCALES, type Me } from '@innobridge/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Input, Select } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { meQuery } from '../../app/auth.js';
import { LANGUAGE_TAGS } from '../../app/i18n.js';
import { switchInterfaceLocale } from '../../app/locale.js';
import { countUpTo, useFormRules } from '../../shared/form-rules.js';
import { browserTimeZone } from '../../shared/format.js';
import { Section } from '../../shared/page.js';
import { useFormSubmit } from '../../shared/use-form-submit.js';
import { identityApi, type ProfileInput } from './identity.api.js';

function useTimeZoneOptions(current: string) {
  return useMemo(() => {
    const zones = new Set(Intl.supportedValuesOf('timeZone'));
    zones.add(current);
    return [...zones].sort().map((zone) => ({ value: zone, label: zone }));
  }, [current]);
}

export function ProfileSection({ me }: { me: Me }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const rules = useFormRules();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<ProfileInput>();
  const timeZone = me.timeZone ?? browserTimeZone();
  const timeZoneOptions = useTimeZoneOptions(timeZone);

  const { submit, isSubmitting, problemAlert } = useFormSubmit({
    form,
    fieldPaths: ['displayName', 'locale', 'timeZone'],
    submit: (values: ProfileInput) => identityApi.updateProfile(values),
    onSuccess: async (updated) => {
      queryClient.setQueryData(meQuery.queryKey, updated);
      await switchInterfaceLocale(updated.locale);
      message.success(t('account.profileSaved'));
    },
  });

  return (
    <Section title={t('account.profile')}>
      {problemAlert}
      <Form
        form={form}
        name="profile"
        layout="vertical"
        onFinish={submit}
        requiredMark={false}
        initialValues={{ displayName: me.displayName, locale: me.locale, timeZone }}
      >
        <Form.Item label={t('field.email')} htmlFor="profile-email">
          <Input id="profile-email" value={me.email} readOnly />
        </Form.Item>
        <Form.Item name="displayName" label={t('field.displayName')} rules={[rules.requiredText, rules.maxChars(120)]}>
          <Input autoComplete="name" {...countUpTo(120)} />
        </Form.Item>
        <Form.Item name="locale" label={t('field.language')} extra={t('account.languageHint')}>
          <Select
            options={LOCALES.map((value) => ({
              value,
              label: <span lang={LANGUAGE_TAGS[value]}>{t(`languageName.${value}`)}</span>,
            }))}
          />
        </Form.Item>
        <Form.Item name="timeZone" label={t('field.timeZone')} extra={t('account.timeZoneHint')}>
          <Select showSearch options={timeZoneOptions} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={isSubmitting}>
          {t('action.save')}
        </Button>
      </Form>
    </Section>
  );
}
