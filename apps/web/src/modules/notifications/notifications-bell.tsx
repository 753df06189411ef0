import { BellOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { Badge, Button, Empty, Popover } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../app/use-interface-locale.js';
import { ProblemAlert } from '../../shared/problem.js';
import { NotificationList, useMarkRead } from './notification-list.js';
import { notificationsApi, notificationsKeys } from './notifications.api.js';
import './notifications.css';

const LATEST = 8;

/** The bell in the header: the unread count, and the latest notifications one click away. */
export function NotificationsBell() {
  const { t } = useTranslation();
  const locale = useLocale();
  const [open, setOpen] = useState(false);
  const markRead = useMarkRead();
  const latest = useQuery({
    queryKey: notificationsKeys.latest(locale),
    queryFn: () => notificationsApi.list(undefined, LATEST),
    refetchInterval: 60_000,
  });
  const unread = latest.data?.unread ?? 0;

  const content = (
    <div className="notifications-popover">
      <div className="notifications-popover-head">
        <strong>{t('notifications.title')}</strong>
        <Button
          size="small"
          type="link"
          disabled={unread === 0}
          loading={markRead.isPending}
          onClick={() => markRead.mutate(undefined)}
        >
          {t('notifications.markAllRead')}
        </Button>
      </div>
      <ProblemAlert error={latest.error} />
      {latest.data && latest.data.items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notifications.empty')} />
      ) : (
        <NotificationList items={latest.data?.items ?? []} onOpen={() => setOpen(false)} />
      )}
      <div className="notifications-popover-foot">
        <Link to="/notifications" onClick={() => setOpen(false)}>
          {t('notifications.all')}
        </Link>
      </div>
    </div>
  );

  return (
    <Popover content={content} trigger="click" placement="bottomRight" open={open} onOpenChange={setOpen}>
      <Button
        type="text"
        className="bell-button"
        aria-label={unread > 0 ? t('notifications.bellUnread', { n: unread }) : t('notifications.bell')}
        aria-expanded={open}
        aria-haspopup="dialog"
        icon={
          <Badge count={unread} size="small" overflowCount={99} offset={[4, -2]} aria-hidden="true">
            <BellOutlined className="bell-icon" />
          </Badge>
        }
      />
    </Popover>
  );
}
