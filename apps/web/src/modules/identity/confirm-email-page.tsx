import { useQuery } from '@tanstack/react-query';
import { Link, useSearch } from '@tanstack/react-router';
import { Result, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../shared/api-client.js';
import { useDocumentTitle } from '../../shared/page.js';
import { identityApi } from './identity.api.js';
import './identity.css';

export function ConfirmEmailPage() {
  const { t } = useTranslation(['app', 'errors']);
  const { token } = useSearch({ from: '/confirm-email' });
  // A query rather than a mutation: it runs once per token, however often the page renders.
  const confirmation = useQuery({
    queryKey: ['confirm-email', token],
    queryFn: () => identityApi.confirmEmail(token),
    enabled: token.length > 0,
    retry: false,
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: Number.POSITIVE_INFINITY,
  });
  useDocumentTitle(t('confirmEmail.title'));

  if (token && confirmation.isPending) {
    return (
      <div className="page page-narrow page-centered">
        <h1 className="visually-hidden">{t('confirmEmail.title')}</h1>
        <Spin size="large" description={t('confirmEmail.confirming')} />
      </div>
    );
  }

  if (confirmation.isSuccess) {
    return (
      <div className="page page-narrow">
        <Result
          status="success"
          title={<h1 className="result-title">{t('confirmEmail.confirmed')}</h1>}
          subTitle={t('confirmEmail.nextStep')}
          extra={
            <Link to="/sign-in" className="button-link">
              {t('nav.signIn')}
            </Link>
          }
        />
      </div>
    );
  }

  const detail = confirmation.error instanceof ApiError ? confirmation.error.detail : t('errors:token_invalid');
  return (
    <div className="page page-narrow">
      <Result
        status="error"
        title={<h1 className="result-title">{t('confirmEmail.failed')}</h1>}
        subTitle={detail}
        extra={<Link to="/sign-in">{t('nav.signIn')}</Link>}
      />
    </div>
  );
}
