import { Link } from '@tanstack/react-router';
import { Badge, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { Instant } from '../../shared/instant.js';
import { LocalizedTextView } from '../../shared/localized-text.js';
import { Page } from '../../shared/page.js';
import { ProblemAlert } from '../../shared/problem.js';
import { UNREAD_COLOR, useConversations } from './conversations-nav.js';
import type { Conversation } from './exchange.api.js';
import { outcomeLabel } from './exchange-labels.js';

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
        dataSource={conversations.data?.items ?? []}
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
    </Page>
  );
}
