import type { Me } from '@innobridge/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { meQuery, safeRedirectPath } from '../../app/auth.js';
import { useInterfaceLocale } from '../../app/use-interface-locale.js';
import { isApiError } from '../../shared/api-client.js';
import { CODE_MAX, useFormRules } from '../../shared/form-rules.js';
import { browserTimeZone } from '../../shared/format.js';
import { Page } from '../../shared/page.js';
import { useFormSubmit } from '../../shared/use-form-submit.js';
import { identityApi, isSignInChallenge } from './identity.api.js';
import './identity.css';

type SignInValues = { email: string; password: string };
type CodeValues = { code: string };

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

/** The second step for an account with two-factor sign-in: a code from the app, or a recovery code. */
function SecondFactorForm({
  challengeToken,
  onSignedIn,
  onRestart,
}: {
  challengeToken: string;
  onSignedIn: (me: Me) => Promise<void>;
  onRestart: () => void;
}) {
  const { t } = useTranslation();
  const rules = useFormRules();
  const [form] = Form.useForm<CodeValues>();
  const { submit, isSubmitting, problemAlert } = useFormSubmit({
    form,
    fieldPaths: ['code'],
    submit: (values: CodeValues) => identityApi.completeSignIn(challengeToken, values.code),
    onSuccess: onSignedIn,
    // An expired or used-up challenge cannot be answered again: back to the password.
    onError: (error) => {
      if (isApiError(error, 'sign_in_challenge_invalid')) onRestart();
    },
  });
  return (
    <>
      <p className="section-intro">{t('signIn.codeIntro')}</p>
      {problemAlert}
      <Form form={form} name="sign-in-code" layout="vertical" onFinish={submit} requiredMark={false}>
        <Form.Item name="code" label={t('field.code')} rules={[rules.requiredText, rules.maxChars(CODE_MAX)]}>
          <Input autoComplete="one-time-code" autoFocus spellCheck={false} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={isSubmitting} block>
          {t('signIn.codeSubmit')}
        </Button>
      </Form>
      <p className="form-footer">
        <Button type="link" onClick={onRestart}>
          {t('signIn.startAgain')}
        </Button>
      </p>
    </>
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
  const [challengeToken, setChallengeToken] = useState<string | null>(null);
  const [restarted, setRestarted] = useState(false);

  const onSignedIn = async (signedIn: Me) => {
    // An account that never chose a time zone takes this browser's, so that its e-mails name it too.
    const me = signedIn.timeZone
      ? signedIn
      : await identityApi.updateProfile({ timeZone: browserTimeZone() }).catch(() => signedIn);
    queryClient.setQueryData(meQuery.queryKey, me);
    await settleAfterSignIn(me).catch(() => undefined);
    const destination = safeRedirectPath(redirect);
    if (destination) await navigate({ href: destination });
    else await navigate({ to: '/dashboard' });
  };

  const { submit, isSubmitting, error, problemAlert } = useFormSubmit({
    form,
    fieldPaths: ['email', 'password'],
    submit: (values: SignInValues) => identityApi.signIn(values.email, values.password),
    onSuccess: async (result) => {
      if (!isSignInChallenge(result)) return onSignedIn(result);
      setRestarted(false);
      setChallengeToken(result.challengeToken);
    },
  });

  if (challengeToken) {
    return (
      <Page title={t('signIn.title')} width="narrow">
        <SecondFactorForm
          challengeToken={challengeToken}
          onSignedIn={onSignedIn}
          onRestart={() => {
            setChallengeToken(null);
            setRestarted(true);
            form.setFieldValue('password', '');
          }}
        />
      </Page>
    );
  }

  return (
    <Page title={t('signIn.title')} width="narrow">
      {restarted && <Alert type="info" showIcon title={t('signIn.enterPasswordAgain')} />}
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
