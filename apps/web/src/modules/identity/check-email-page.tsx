import { useMutation } from '@tanstack/react-query';
import { useSearch } from '@tanstack/react-router';
import { Alert, Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../shared/page.js';
import { ProblemAlert } from '../../shared/problem.js';
import { MailboxHint } from '../mailbox/index.js';
import { identityApi } from './identity.api.js';

export function CheckEmailPage() {
  const { t } = useTranslation();
  const { email } = useSearch({ from: '/check-email' });
  const resend = useMutation({ mutationFn: () => identityApi.resendConfirmation(email) });
  useDocumentTitle(t('checkEmail.title'));

  return (
    <div className="page page-narrow">
      <Result
        status="info"
        title={<h1 className="result-title">{t('checkEmail.title')}</h1>}
        subTitle={email ? t('checkEmail.sentTo', { email }) : t('checkEmail.sent')}
        extra={
          email ? (
            <Button onClick={() => resend.mutate()} loading={resend.isPending} disabled={resend.isSuccess}>
              {t('checkEmail.resend')}
            </Button>
          ) : undefined
        }
      />
      {resend.isSuccess && <Alert type="success" showIcon title={t('checkEmail.resent')} />}
      <ProblemAlert error={resend.error} />
      <MailboxHint />
    </div>
  );
}
