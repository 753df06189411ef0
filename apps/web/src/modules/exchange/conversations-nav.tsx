import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { Badge } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/auth.js';
import { exchangeApi, exchangeKeys } from './exchange.api.js';

/** Red with a 4.5:1 contrast for its white figures, unlike Ant Design's default badge red. */
export const UNREAD_COLOR = '#c41d1d';

/** The reader's unread count over all their conversations; the header's badge asks again every minute. */
function useUnreadTotal() {
  const { me } = useMe();
  return useQuery({
    queryKey: exchangeKeys.conversationList,
    // One row is enough: the badge reads only the total.
    queryFn: () => exchangeApi.conversations(undefined, 1),
    enabled: !!me,
    refetchInterval: 60_000,
    select: (list) => list.unreadTotal,
  });
}

/** "Conversations" in the main menu, with the number of unread messages. */
export function ConversationsNavLink() {
  const { t } = useTranslation();
  const unread = useUnreadTotal().data ?? 0;
  return (
    <Link to="/conversations" activeProps={{ 'aria-current': 'page' }} className="nav-with-badge">
      {t('nav.conversations')}
      {unread > 0 && (
        <>
          <span aria-hidden="true">
            <Badge count={unread} overflowCount={99} color={UNREAD_COLOR} size="small" />
          </span>
          <span className="visually-hidden">{t('exchange.conversations.unreadCount', { n: unread })}</span>
        </>
      )}
    </Link>
  );
}
