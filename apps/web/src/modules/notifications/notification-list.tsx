import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../shared/api-client.js';
import { Instant } from '../../shared/instant.js';
import { type AppNotification, internalPath, notificationsApi, notificationsKeys } from './notifications.api.js';
import './notifications.css';

export function useMarkRead() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (ids?: string[]) => notificationsApi.markRead(ids),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationsKeys.all }),
    onError: (error) => message.error(isApiError(error) ? error.detail : t('problem.unexpected', { status: 0 })),
  });
}

/** Notifications, newest first; opening one marks it read. */
export function NotificationList({
  items,
  onOpen,
}: {
  items: AppNotification[];
  /** Called when the reader follows a notification's link. */
  onOpen?: () => void;
}) {
  const { t } = useTranslation();
  const markRead = useMarkRead();
  const open = (notification: AppNotification) => {
    if (!notification.readAt) markRead.mutate([notification.id]);
    onOpen?.();
  };
  return (
    <ul className="notification-list">
      {items.map((notification) => {
        const path = internalPath(notification.link);
        const unread = !notification.readAt;
        return (
          <li key={notification.id} className={unread ? 'notification unread' : 'notification'}>
            <div className="notification-title">
              {unread && (
                <span className="unread-dot" title={t('notifications.unread')}>
                  <span className="visually-hidden">{t('notifications.unread')}</span>
                </span>
              )}
              {path ? (
                <Link to={path} onClick={() => open(notification)}>
                  {notification.title}
                </Link>
              ) : (
                <strong>{notification.title}</strong>
              )}
            </div>
            <p className="notification-body">{notification.body}</p>
            <Instant at={notification.createdAt} className="muted notification-time" />
          </li>
        );
      })}
    </ul>
  );
}
