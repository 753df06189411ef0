import { PASSWORD_MIN_LENGTH } from '@innobridge/contracts';
import { Link, useNavigate } from '@tanstack/react-router';
import { Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../app/use-interface-locale.js';
import { countUpTo, useFormRules } from '../../shared/form-rules.js';
import { browserTimeZone } from '../../shared/format.js';
import { Page } from '../../shared/page.js';
import { useFormSubmit } from '../../shared/use-form-submit.js';
import { identityApi } from './identity.api.js';
import './identity.css';

type SignUpValues = { email: string; displayName: string; password: string };

export function SignUpPage() {
  const { t } = useTranslation();
  const rules = useFormRules();
  const locale = useLocale();
  const navigate = useNavigate();
  const [form] = Form.useForm<SignUpValues>();
  const { submit, isSubmitting, problemAlert } = useFormSubmit({
    form,
    fieldPaths: ['email', 'displayName', 'password'],
    submit: (values: SignUpValues) => identityApi.signUp({ ...values, locale, timeZone: browserTimeZone() }),
    onSuccess: (_, values) => navigate({ to: '/check-email', search: { email: values.email } }),
  });

  return (
    <Page title={t('signUp.title')} width="narrow">
      <p>{t('signUp.intro')}</p>
      {problemAlert}
      <Form form={form} name="sign-up" layout="vertical" onFinish={submit} requiredMark="optional">
        <Form.Item name="email" label={t('field.email')} rules={[rules.requiredText, rules.email]}>
          <Input type="email" autoComplete="email" />
        </Form.Item>
        <Form.Item
          name="displayName"
          label={t('field.displayName')}
          extra={t('signUp.displayNameHint')}
          rules={[rules.requiredText, rules.maxChars(120)]}
        >
          <Input autoComplete="name" {...countUpTo(120)} />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('field.password')}
          extra={t('signUp.passwordHint', { min: PASSWORD_MIN_LENGTH })}
          rules={[rules.required, rules.password]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={isSubmitting} block>
          {t('signUp.submit')}
        </Button>
      </Form>
      <p className="form-footer">
        {t('signUp.haveAccount')} <Link to="/sign-in">{t('nav.signIn')}</Link>
      </p>
    </Page>
  );
}
