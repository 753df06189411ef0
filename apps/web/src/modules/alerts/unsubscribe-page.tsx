import { useMutation, useQuery } from '@tanstack/react-query';
import { useSearch } from '@tanstack/react-router';
import { Alert, Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../shared/api-client.js';
import { Page } from '../../shared/page.js';
import { ProblemAlert } from '../../shared/problem.js';
import { alertsApi } from './alerts.api.js';

/**
 * The page of a saved search's unsubscribe link: works without signing in, and asks before it turns the
 * alerts off (a link opened by a mail scanner changes nothing; mail clients use the one-click POST).
 */
export function UnsubscribePage() {
  const { t } = useTranslation();
  const { token } = useSearch({ from: '/saved-searches/unsubscribe' });
  const info = useQuery({
    queryKey: ['alert-unsubscribe', token],
    queryFn: () => alertsApi.unsubscribeInfo(token ?? ''),
    enabled: !!token,
    retry: false,
  });
  const stop = useMutation({ mutationFn: () => alertsApi.unsubscribe(token ?? '') });
  const invalid = !token || isApiError(info.error, 'alerts_link_invalid');
  return (
    <Page title={t('alerts.unsubscribe.title')} width="narrow">
      {invalid ? (
        <Alert type="error" showIcon message={t('alerts.unsubscribe.invalid')} />
      ) : stop.isSuccess ? (
        <Result status="success" title={t('alerts.unsubscribe.done', { name: stop.data.name })} />
      ) : (
        info.data && (
          <>
            <p>{t('alerts.unsubscribe.question', { name: info.data.name })}</p>
            <ProblemAlert error={stop.error} />
            <Button type="primary" loading={stop.isPending} onClick={() => stop.mutate()}>
              {t('alerts.unsubscribe.confirm')}
            </Button>
          </>
        )
      )}
      <ProblemAlert error={invalid ? null : info.error} />
    </Page>
  );
}
