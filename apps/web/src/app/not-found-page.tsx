import { Link } from '@tanstack/react-router';
import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../shared/api-client.js';
import { Page } from '../shared/page.js';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('notFound.title')} width="narrow">
      <Result status="404" subTitle={t('notFound.text')} extra={<Link to="/">{t('notFound.home')}</Link>} />
    </Page>
  );
}

export function RouteErrorPage({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const detail = error instanceof ApiError ? error.detail : t('routeError.text');
  return (
    <Page title={t('routeError.title')} width="narrow">
      <Result status="error" subTitle={detail} extra={<a href="/">{t('notFound.home')}</a>} />
    </Page>
  );
}
