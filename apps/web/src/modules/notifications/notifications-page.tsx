import { useInfiniteQuery } from '@tanstack/react-query';
import { Button, Empty, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../app/use-interface-locale.js';
import { LoadMore } from '../../shared/load-more.js';
import { Page } from '../../shared/page.js';
import { ProblemAlert } from '../../shared/problem.js';
import { NotificationList, useMarkRead } from './notification-list.js';
import { notificationsApi, notificationsKeys } from './notifications.api.js';
import './notifications.css';

export function NotificationsPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const markRead = useMarkRead();
  const notifications = useInfiniteQuery({
    queryKey: notificationsKeys.list(locale),
    queryFn: ({ pageParam }) => notificationsApi.list(pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  const items = notifications.data?.pages.flatMap((page) => page.items) ?? [];
  const unread = notifications.data?.pages[0]?.unread ?? 0;

  return (
    <Page
      title={t('notifications.title')}
      actions={
        <Button onClick={() => markRead.mutate(undefined)} disabled={unread === 0} loading={markRead.isPending}>
          {t('notifications.markAllRead')}
        </Button>
      }
    >
      <p className="section-intro">{t('notifications.unreadCount', { n: unread })}</p>
      <ProblemAlert error={notifications.error} />
      {notifications.isPending ? (
        <Spin className="page-spinner" />
      ) : items.length === 0 ? (
        <Empty description={t('notifications.empty')} />
      ) : (
        <div className="section">
          <NotificationList items={items} />
        </div>
      )}
      <LoadMore pages={notifications} />
    </Page>
  );
}
