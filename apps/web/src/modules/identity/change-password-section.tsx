import { PASSWORD_MIN_LENGTH } from '@innobridge/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormRules } from '../../shared/form-rules.js';
import { Section } from '../../shared/page.js';
import { useFormSubmit } from '../../shared/use-form-submit.js';
import { identityApi } from './identity.api.js';
import { sessionsQueryKey } from './sessions-section.js';

type ChangePasswordValues = { currentPassword: string; newPassword: string };

export function ChangePasswordSection() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const rules = useFormRules();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<ChangePasswordValues>();
  const { submit, isSubmitting, problemAlert } = useFormSubmit({
    form,
    fieldPaths: ['currentPassword', 'newPassword'],
    submit: (values: ChangePasswordValues) => identityApi.changePassword(values.currentPassword, values.newPassword),
    onSuccess: async () => {
      form.resetFields();
      message.success(t('account.passwordChanged'));
      await queryClient.invalidateQueries({ queryKey: sessionsQueryKey });
    },
  });

  return (
    <Section title={t('account.changePassword')}>
      <p className="section-intro">{t('account.changePasswordIntro')}</p>
      {problemAlert}
      <Form form={form} name="change-password" layout="vertical" onFinish={submit} requiredMark={false}>
        <Form.Item name="currentPassword" label={t('field.currentPassword')} rules={[rules.required]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label={t('field.newPassword')}
          extra={t('signUp.passwordHint', { min: PASSWORD_MIN_LENGTH })}
          rules={[rules.required, rules.password]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={isSubmitting}>
          {t('account.changePasswordSubmit')}
        </Button>
      </Form>
    </Section>
  );
}
