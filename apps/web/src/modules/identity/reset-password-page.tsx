import { PASSWORD_MIN_LENGTH } from '@innobridge/contracts';
import { Link, useSearch } from '@tanstack/react-router';
import { Button, Form, Input, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormRules } from '../../shared/form-rules.js';
import { Page } from '../../shared/page.js';
import { useFormSubmit } from '../../shared/use-form-submit.js';
import { identityApi } from './identity.api.js';

type ResetPasswordValues = { password: string; repeat: string };

export function ResetPasswordPage() {
  const { t } = useTranslation(['app', 'errors']);
  const rules = useFormRules();
  const { token } = useSearch({ from: '/reset-password' });
  const [form] = Form.useForm<ResetPasswordValues>();
  const { submit, isSubmitting, isSuccess, problemAlert } = useFormSubmit({
    form,
    fieldPaths: ['password'],
    submit: (values: ResetPasswordValues) => identityApi.resetPassword(token, values.password),
  });

  if (isSuccess) {
    return (
      <Page title={t('resetPassword.title')} width="narrow">
        <Result
          status="success"
          subTitle={t('resetPassword.done')}
          extra={
            <Link to="/sign-in" className="button-link">
              {t('nav.signIn')}
            </Link>
          }
        />
      </Page>
    );
  }

  return (
    <Page title={t('resetPassword.title')} width="narrow">
      {!token && <Result status="warning" subTitle={t('errors:token_invalid')} />}
      {problemAlert}
      <Form
        form={form}
        name="reset-password"
        layout="vertical"
        onFinish={submit}
        requiredMark={false}
        disabled={!token}
      >
        <Form.Item
          name="password"
          label={t('field.newPassword')}
          extra={t('signUp.passwordHint', { min: PASSWORD_MIN_LENGTH })}
          rules={[rules.required, rules.password]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="repeat"
          label={t('field.repeatPassword')}
          dependencies={['password']}
          rules={[
            rules.required,
            ({ getFieldValue }) => ({
              validator: (_, value) =>
                !value || value === getFieldValue('password')
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('validation.passwordsDiffer'))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={isSubmitting} block>
          {t('resetPassword.submit')}
        </Button>
      </Form>
    </Page>
  );
}
