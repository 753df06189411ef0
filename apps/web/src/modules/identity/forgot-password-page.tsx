import { Link } from '@tanstack/react-router';
import { Button, Form, Input, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormRules } from '../../shared/form-rules.js';
import { Page } from '../../shared/page.js';
import { useFormSubmit } from '../../shared/use-form-submit.js';
import { identityApi } from './identity.api.js';

type ForgotPasswordValues = { email: string };

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const rules = useFormRules();
  const [form] = Form.useForm<ForgotPasswordValues>();
  const { submit, isSubmitting, isSuccess, submittedValues, problemAlert } = useFormSubmit({
    form,
    fieldPaths: ['email'],
    submit: (values: ForgotPasswordValues) => identityApi.requestPasswordReset(values.email),
  });

  if (isSuccess && submittedValues) {
    return (
      <Page title={t('forgotPassword.title')} width="narrow">
        <Result
          status="success"
          subTitle={t('forgotPassword.sent', { email: submittedValues.email })}
          extra={<Link to="/sign-in">{t('nav.signIn')}</Link>}
        />
      </Page>
    );
  }

  return (
    <Page title={t('forgotPassword.title')} width="narrow">
      <p>{t('forgotPassword.intro')}</p>
      {problemAlert}
      <Form form={form} name="forgot-password" layout="vertical" onFinish={submit} requiredMark={false}>
        <Form.Item name="email" label={t('field.email')} rules={[rules.requiredText, rules.email]}>
          <Input type="email" autoComplete="email" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={isSubmitting} block>
          {t('forgotPassword.submit')}
        </Button>
      </Form>
    </Page>
  );
}
