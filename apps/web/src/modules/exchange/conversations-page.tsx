import { useInfiniteQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { Badge, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/auth.js';
import { Instant } from '../../shared/instant.js';
import { LoadMore } from '../../shared/load-more.js';
import { LocalizedTextView } from '../../shared/localized-text.js';
import { Page } from '../../shared/page.js';
import { ProblemAlert } from '../../shared/problem.js';
import { UNREAD_COLOR } from './conversations-nav.js';
import { type Conversation, exchangeApi, exchangeKeys } from './exchange.api.js';
import { outcomeLabel } from './exchange-labels.js';
import './exchange.css';

/** The reader's conversations, page by page (keyset cursors), under the key the badge's count refreshes. */
function useConversations() {
  const { me } = useMe();
  return useInfiniteQuery({
    queryKey: [...exchangeKeys.conversationList, 'pages'],
    queryFn: ({ pageParam }) => exchangeApi.conversations(pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    enabled: !!me,
  });
}

export function ConversationsPage() {
  const { t } = useTranslation();
  const conversations = useConversations();
  return (
    <Page title={t('exchange.conversations.title')} width="wide">
      <p className="section-intro">{t('exchange.conversations.intro')}</p>
      <ProblemAlert error={conversations.error} />
      <Table<Conversation>
        rowKey="id"
        size="small"
        loading={conversations.isPending}
        dataSource={conversations.data?.pages.flatMap((page) => page.items) ?? []}
        pagination={false}
        scroll={{ x: true }}
        locale={{ emptyText: t('exchange.conversations.empty') }}
        rowClassName={(conversation) => (conversation.unread > 0 ? 'row-unread' : '')}
        columns={[
          {
            title: t('exchange.conversations.with'),
            key: 'theirs',
            render: (_, conversation) => (
              <Link to="/conversations/$conversationId" params={{ conversationId: conversation.id }}>
                <LocalizedTextView text={conversation.theirs.name} />
              </Link>
            ),
          },
          {
            title: t('exchange.conversations.opportunity'),
            key: 'opportunity',
            render: (_, conversation) => <LocalizedTextView text={conversation.opportunity.title} />,
          },
          {
            title: t('exchange.conversations.unread'),
            key: 'unread',
            render: (_, conversation) =>
              conversation.unread > 0 ? (
                <Badge count={conversation.unread} overflowCount={99} color={UNREAD_COLOR} />
              ) : (
                <span className="muted">0</span>
              ),
          },
          {
            title: t('exchange.conversations.lastMessage'),
            key: 'lastMessageAt',
            render: (_, conversation) =>
              conversation.lastMessageAt ? (
                <Instant at={conversation.lastMessageAt} />
              ) : (
                <span className="muted">{t('exchange.conversations.noMessages')}</span>
              ),
          },
          {
            title: t('exchange.interests.outcome'),
            key: 'outcome',
            render: (_, conversation) => (conversation.outcome ? outcomeLabel(t, conversation.outcome) : '—'),
          },
        ]}
      />
      <LoadMore pages={conversations} />
    </Page>
  );
}
