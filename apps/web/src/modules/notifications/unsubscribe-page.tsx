import { useMutation, useQuery } from '@tanstack/react-query';
import { Link, useSearch } from '@tanstack/react-router';
import { Button, Result, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../shared/api-client.js';
import { useDocumentTitle } from '../../shared/page.js';
import { notificationsApi } from './notifications.api.js';
import './notification-settings.css';

/**
 * The page of an e-mail's unsubscribe link, open without signing in. Opening it changes nothing — mail
 * scanners follow links — it asks, in the reader's language, and the button turns the category off.
 */
export function UnsubscribePage() {
  const { t } = useTranslation(['app', 'errors']);
  const { token } = useSearch({ from: '/unsubscribe' });
  useDocumentTitle(t('unsubscribe.title'));
  const preview = useQuery({
    queryKey: ['unsubscribe', token],
    queryFn: () => notificationsApi.previewUnsubscribe(token),
    enabled: token.length > 0,
    retry: false,
    staleTime: Number.POSITIVE_INFINITY,
  });
  const unsubscribe = useMutation({ mutationFn: () => notificationsApi.unsubscribe(token) });

  const title = <h1 className="result-title">{t('unsubscribe.title')}</h1>;
  const settingsLink = (
    <Link to="/account/notifications" key="settings">
      {t('unsubscribe.settings')}
    </Link>
  );
  if (token && preview.isPending) {
    return (
      <div className="page page-narrow page-centered">
        <h1 className="visually-hidden">{t('unsubscribe.title')}</h1>
        <Spin size="large" />
      </div>
    );
  }
  const failure = !token ? t('unsubscribe.noToken') : (preview.error ?? unsubscribe.error);
  if (failure) {
    return (
      <div className="page page-narrow">
        <Result
          status="error"
          title={title}
          subTitle={
            failure instanceof ApiError
              ? failure.detail
              : typeof failure === 'string'
                ? failure
                : t('errors:unsubscribe_token_invalid')
          }
          extra={settingsLink}
        />
      </div>
    );
  }
  const category = t(`notificationSettings.category.${preview.data?.category ?? 'interests'}.name`);
  if (unsubscribe.isSuccess) {
    return (
      <div className="page page-narrow">
        <Result
          status="success"
          title={title}
          subTitle={<span role="status">{t('unsubscribe.done', { category })}</span>}
          extra={settingsLink}
        />
      </div>
    );
  }
  return (
    <div className="page page-narrow">
      <Result
        status="info"
        title={title}
        subTitle={
          <>
            <p>{t('unsubscribe.question', { category })}</p>
            <p>{t('unsubscribe.explain')}</p>
          </>
        }
        extra={
          <div className="unsubscribe-actions">
            <Button type="primary" loading={unsubscribe.isPending} onClick={() => unsubscribe.mutate()}>
              {t('unsubscribe.confirm')}
            </Button>
            {settingsLink}
          </div>
        }
      />
    </div>
  );
}
