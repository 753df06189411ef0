import { LockOutlined } from '@ant-design/icons';
import type { EmailCategory } from '@innobridge/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Spin, Switch, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFeedback } from '../../app/feedback.js';
import { isApiError } from '../../shared/api-client.js';
import { Page } from '../../shared/page.js';
import { ProblemAlert } from '../../shared/problem.js';
import { notificationsApi, notificationsKeys } from './notifications.api.js';
import './notification-settings.css';

/** The categories whose e-mail is always sent, each with the reason. */
type EssentialCategory = 'account_security' | 'membership_status' | 'platform_audit';

/**
 * Which e-mails the person receives, one switch per category with what it covers; the essential ones
 * are shown always on, with the reason. Each switch saves at once.
 */
export function NotificationSettingsPage() {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const queryClient = useQueryClient();
  const settings = useQuery({ queryKey: notificationsKeys.settings, queryFn: notificationsApi.settings });
  const update = useMutation({
    mutationFn: (change: { category: EmailCategory; email: boolean }) => notificationsApi.updateSettings([change]),
    onSuccess: (saved) => {
      queryClient.setQueryData(notificationsKeys.settings, saved);
      message.success(t('notificationSettings.saved'));
    },
    onError: (error) => {
      message.error(isApiError(error) ? error.detail : t('problem.unexpected', { status: 0 }));
    },
  });

  return (
    <Page title={t('notificationSettings.title')}>
      <p className="section-intro">{t('notificationSettings.intro')}</p>
      <ProblemAlert error={settings.error} />
      {settings.isPending ? (
        <Spin className="page-spinner" />
      ) : (
        <ul className="notification-settings">
          {settings.data?.items.map((item) => {
            const name = t(`notificationSettings.category.${item.category}.name`);
            const descriptionId = `notification-category-${item.category}`;
            const pending = update.isPending && update.variables?.category === item.category;
            return (
              <li key={item.category} className="notification-setting">
                <div className="notification-setting-text">
                  <h2 className="notification-setting-name">{name}</h2>
                  <p id={descriptionId} className="notification-setting-description">
                    {t(`notificationSettings.category.${item.category}.description`)}
                  </p>
                  {item.essential && (
                    <p className="notification-setting-essential">
                      <LockOutlined aria-hidden />{' '}
                      {t(`notificationSettings.category.${item.category as EssentialCategory}.essential`)}
                    </p>
                  )}
                </div>
                <div className="notification-setting-control">
                  {item.essential ? (
                    <Tag>{t('notificationSettings.alwaysOn')}</Tag>
                  ) : (
                    <Switch
                      checked={pending ? update.variables?.email : item.email}
                      loading={pending}
                      aria-label={t('notificationSettings.switchLabel', { category: name })}
                      aria-describedby={descriptionId}
                      onChange={(email) => update.mutate({ category: item.category, email })}
                    />
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </Page>
  );
}
