import { pickLocalized } from '@innobridge/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { Col, Row } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../app/use-interface-locale.js';
import { LocalizedTextView } from '../../shared/localized-text.js';
import { Page, Section } from '../../shared/page.js';
import { QueryPage } from '../../shared/query-page.js';
import { Composer, MessageList } from './conversation-thread.js';
import { type ConversationThread, exchangeApi, exchangeKeys } from './exchange.api.js';
import { OutcomeControl } from './interest-actions.js';
import { ContactList } from './interest-card.js';
import { TypeTag } from './opportunity-parts.js';

/** New messages are read as soon as they are on screen; the unread counts follow. */
function useMarkRead(thread: ConversationThread | undefined) {
  const queryClient = useQueryClient();
  const conversationId = thread?.conversation.id;
  const unread = thread?.conversation.unread ?? 0;
  const last = thread?.messages.at(-1)?.id;
  // biome-ignore lint/correctness/useExhaustiveDependencies: once per newest message
  useEffect(() => {
    if (!conversationId || unread === 0) return;
    exchangeApi
      .markRead(conversationId)
      .then(() => queryClient.invalidateQueries({ queryKey: exchangeKeys.conversationList }))
      // Not being marked read is harmless: the count stays until the next visit.
      .catch(() => undefined);
  }, [conversationId, unread, last]);
}

function ConversationView({ thread }: { thread: ConversationThread }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { conversation } = thread;
  useMarkRead(thread);
  const name = pickLocalized(conversation.theirs.name, locale)?.text ?? '';
  return (
    <Page
      title={t('exchange.conversations.pageTitle', { name })}
      width="wide"
      actions={
        <Link to="/conversations" className="button-link button-link-secondary">
          {t('exchange.conversations.backToList')}
        </Link>
      }
    >
      <p className="status-line">
        <span>{t('exchange.conversations.about')}</span>
        <TypeTag type={conversation.opportunity.type} />
        <Link to="/opportunities/$opportunityId" params={{ opportunityId: conversation.opportunity.id }}>
          <LocalizedTextView text={conversation.opportunity.title} />
        </Link>
      </p>
      <Row gutter={[24, 0]}>
        <Col xs={24} lg={16}>
          <Section title={t('exchange.conversations.messages')}>
            <MessageList thread={thread} />
            <Composer conversationId={conversation.id} />
          </Section>
        </Col>
        <Col xs={24} lg={8}>
          <Section title={t('exchange.conversations.contacts')}>
            <ContactList contacts={conversation.contacts} sides={[conversation.theirs, conversation.ours]} />
          </Section>
          <Section title={t('exchange.interests.outcome')}>
            <p className="section-intro">{t('exchange.interests.outcomeHint')}</p>
            <OutcomeControl interestId={conversation.interestId} outcome={conversation.outcome} />
            <p>
              <Link to="/interests/$interestId" params={{ interestId: conversation.interestId }}>
                {t('exchange.conversations.toInterest')}
              </Link>
            </p>
          </Section>
        </Col>
      </Row>
    </Page>
  );
}

export function ConversationPage() {
  const { t } = useTranslation();
  const { conversationId } = useParams({ from: '/_signedIn/conversations/$conversationId' });
  const thread = useQuery({
    queryKey: exchangeKeys.conversation(conversationId),
    queryFn: () => exchangeApi.conversation(conversationId),
    // The other side may be writing: new messages show up without a reload.
    refetchInterval: 15_000,
  });
  return (
    <QueryPage query={thread} errorTitle={t('exchange.conversations.notAvailable')}>
      {(data) => <ConversationView thread={data} />}
    </QueryPage>
  );
}
