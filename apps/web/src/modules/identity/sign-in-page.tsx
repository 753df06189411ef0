import type { Me } from '@innobridge/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { Alert, Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { meQuery, safeRedirectPath } from '../../app/auth.js';
import { useInterfaceLocale } from '../../app/use-interface-locale.js';
import { isApiError } from '../../shared/api-client.js';
import { useFormRules } from '../../shared/form-rules.js';
import { Page } from '../../shared/page.js';
import { useFormSubmit } from '../../shared/use-form-submit.js';
import { identityApi } from './identity.api.js';

type SignInValues = { email: string; password: string };

function ResendConfirmation({ email }: { email: string }) {
  const { t } = useTranslation();
  const resend = useMutation({ mutationFn: () => identityApi.resendConfirmation(email) });
  if (resend.isSuccess) return <Alert type="success" showIcon title={t('checkEmail.resent')} />;
  return (
    <Button onClick={() => resend.mutate()} loading={resend.isPending}>
      {t('checkEmail.resend')}
    </Button>
  );
}

export function SignInPage() {
  const { t } = useTranslation();
  const rules = useFormRules();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { settleAfterSignIn } = useInterfaceLocale();
  const { redirect } = useSearch({ from: '/sign-in' });
  const [form] = Form.useForm<SignInValues>();

  const onSignedIn = async (me: Me) => {
    queryClient.setQueryData(meQuery.queryKey, me);
    await settleAfterSignIn(me).catch(() => undefined);
    const destination = safeRedirectPath(redirect);
    if (destination) await navigate({ href: destination });
    else await navigate({ to: '/my-organizations' });
  };

  const { submit, isSubmitting, error, problemAlert } = useFormSubmit({
    form,
    fieldPaths: ['email', 'password'],
    submit: (values: SignInValues) => identityApi.signIn(values.email, values.password),
    onSuccess: onSignedIn,
  });

  return (
    <Page title={t('signIn.title')} width="narrow">
      {problemAlert}
      {isApiError(error, 'email_not_confirmed') && (
        <div className="inline-action">
          <ResendConfirmation email={form.getFieldValue('email') as string} />
        </div>
      )}
      <Form form={form} name="sign-in" layout="vertical" onFinish={submit} requiredMark={false}>
        <Form.Item name="email" label={t('field.email')} rules={[rules.requiredText, rules.email]}>
          <Input type="email" autoComplete="username" />
        </Form.Item>
        <Form.Item name="password" label={t('field.password')} rules={[rules.required]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={isSubmitting} block>
          {t('signIn.submit')}
        </Button>
      </Form>
      <p className="form-footer">
        <Link to="/forgot-password">{t('signIn.forgotPassword')}</Link>
      </p>
      <p className="form-footer">
        {t('signIn.noAccount')} <Link to="/sign-up">{t('nav.signUp')}</Link>
      </p>
    </Page>
  );
}
