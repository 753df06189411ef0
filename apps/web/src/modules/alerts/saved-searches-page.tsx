import { ALERT_FREQUENCIES, type AlertFrequency, type WebhookState } from '@innobridge/contracts/alerts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { Alert, App, Button, Card, Empty, Input, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../shared/confirm-button.js';
import { Page } from '../../shared/page.js';
import { ProblemAlert } from '../../shared/problem.js';
import { QueryPage } from '../../shared/query-page.js';
import { alertsApi, alertsKeys, type SavedSearchView } from './alerts.api.js';
import './alerts.css';

/** "My saved searches": each with its e-mail alerts, its feed's secret address and its webhook. */
export function SavedSearchesPage() {
  const { t } = useTranslation();
  const query = useQuery({ queryKey: alertsKeys.all, queryFn: alertsApi.list });
  return (
    <QueryPage query={query} errorTitle={t('alerts.title')}>
      {(list) => (
        <Page title={t('alerts.title')}>
          <p className="section-intro">{t('alerts.intro')}</p>
          {list.items.length === 0 ? (
            <Empty description={t('alerts.empty')}>
              <Link to="/exchange" className="button-link">
                {t('alerts.toExchange')}
              </Link>
            </Empty>
          ) : (
            <ul className="saved-search-list">
              {list.items.map((saved) => (
                <li key={saved.id}>
                  <SavedSearchCard saved={saved} />
                </li>
              ))}
            </ul>
          )}
        </Page>
      )}
    </QueryPage>
  );
}

function useSavedSearchChange<T, R>(change: (input: T) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: change,
    onSettled: () => queryClient.invalidateQueries({ queryKey: alertsKeys.all }),
  });
}

function SavedSearchCard({ saved }: { saved: SavedSearchView }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const frequency = useSavedSearchChange((value: AlertFrequency) =>
    alertsApi.update(saved.id, { frequency: value, version: saved.version }),
  );
  const remove = useSavedSearchChange(() => alertsApi.remove(saved.id));
  const rotate = useSavedSearchChange(() => alertsApi.rotateFeed(saved.id));
  const titleId = `saved-search-${saved.id}`;
  const frequencyId = `${titleId}-frequency`;
  const { q: words, sort: _sort, ...filters } = saved.query;
  return (
    <Card
      role="region"
      aria-labelledby={titleId}
      title={
        <Typography.Title level={2} id={titleId} style={{ margin: 0, fontSize: '1.15em' }}>
          {saved.name}
        </Typography.Title>
      }
      extra={
        <Link to="/exchange" search={saved.query}>
          {t('alerts.open')}
        </Link>
      }
    >
      <p className="muted">
        {words ? t('alerts.queryWords', { q: words }) : t('alerts.queryAll')}
        {Object.values(filters).some((v) => v !== undefined) &&
          ` · ${Object.values(filters).filter(Boolean).join(' · ')}`}
      </p>
      <ProblemAlert error={frequency.error ?? remove.error ?? rotate.error} />
      <div className="saved-search-row">
        <label htmlFor={frequencyId}>{t('alerts.frequencyLabel')}</label>
        <Select<AlertFrequency>
          id={frequencyId}
          className="saved-search-frequency"
          value={saved.frequency}
          loading={frequency.isPending}
          onChange={(value) => frequency.mutate(value, { onSuccess: () => message.success(t('alerts.updated')) })}
          options={ALERT_FREQUENCIES.map((f) => ({ value: f, label: t(`alerts.frequency.${f}`) }))}
        />
      </div>
      <div className="saved-search-row">
        <label htmlFor={`${titleId}-feed`}>{t('alerts.feed')}</label>
        <Input
          id={`${titleId}-feed`}
          className="saved-search-address"
          readOnly
          value={saved.feedUrl}
          data-testid="feed-url"
        />
        <Space wrap>
          <Button
            onClick={() =>
              void navigator.clipboard.writeText(saved.feedUrl).then(() => message.success(t('alerts.copied')))
            }
          >
            {t('alerts.copy')}
          </Button>
          <ConfirmButton
            confirm={t('alerts.rotateConfirm')}
            okText={t('alerts.rotate')}
            onConfirm={() => rotate.mutate(undefined)}
            loading={rotate.isPending}
          >
            {t('alerts.rotate')}
          </ConfirmButton>
        </Space>
      </div>
      <p className="muted">{t('alerts.feedHelp')}</p>
      <WebhookRow saved={saved} />
      <div className="saved-search-row">
        <ConfirmButton
          danger
          confirm={t('alerts.deleteConfirm', { name: saved.name })}
          okText={t('alerts.delete')}
          onConfirm={() => remove.mutate(undefined, { onSuccess: () => message.success(t('alerts.deleted')) })}
          loading={remove.isPending}
        >
          {t('alerts.delete')}
        </ConfirmButton>
      </div>
    </Card>
  );
}

function WebhookRow({ saved }: { saved: SavedSearchView }) {
  const { t } = useTranslation();
  const [url, setUrl] = useState(saved.webhook.url ?? '');
  const [secret, setSecret] = useState<string | null>(null);
  const set = useSavedSearchChange((value: string) => alertsApi.setWebhook(saved.id, value));
  const remove = useSavedSearchChange(() => alertsApi.removeWebhook(saved.id));
  const id = `saved-search-${saved.id}-webhook`;
  const state: WebhookState = saved.webhook.state;
  return (
    <>
      <div className="saved-search-row">
        <label htmlFor={id}>{t('alerts.webhookUrl')}</label>
        <Input
          id={id}
          className="saved-search-address"
          type="url"
          placeholder="https://"
          value={url}
          onChange={(event) => setUrl(event.target.value)}
        />
        <Space wrap>
          <Button
            loading={set.isPending}
            disabled={url.trim() === ''}
            onClick={() => set.mutate(url.trim(), { onSuccess: (created) => setSecret(created.secret) })}
          >
            {t('alerts.webhookSet')}
          </Button>
          {state !== 'none' && (
            <Button
              loading={remove.isPending}
              onClick={() => remove.mutate(undefined, { onSuccess: () => setSecret(null) })}
            >
              {t('alerts.webhookRemove')}
            </Button>
          )}
        </Space>
      </div>
      <p className="muted">
        {t(`alerts.webhookState.${state}`, { failures: saved.webhook.failures })} — {t('alerts.webhookHelp')}
      </p>
      <ProblemAlert error={set.error ?? remove.error} />
      {secret && (
        <Alert
          type="warning"
          showIcon
          message={t('alerts.secretOnce')}
          description={<code className="saved-search-address">{secret}</code>}
        />
      )}
    </>
  );
}
