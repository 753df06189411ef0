import type { MailboxMessageSummary } from '@innobridge/contracts';
import { useInfiniteQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { Alert, Button, Empty, Grid, Result, Spin, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../shared/api-client.js';
import { Instant } from '../../shared/instant.js';
import { LoadMore } from '../../shared/load-more.js';
import { Page, useDocumentTitle } from '../../shared/page.js';
import { ProblemAlert } from '../../shared/problem.js';
import { mailboxApi, mailboxKeys } from './mailbox.api.js';

/** What an instance without the mailbox shows at its address. */
export function MailboxOff() {
  const { t } = useTranslation('mailbox');
  useDocumentTitle(t('mailbox.unavailable'));
  return (
    <div className="page page-narrow">
      <Result
        status="404"
        title={<h1 className="result-title">{t('mailbox.unavailable')}</h1>}
        subTitle={t('mailbox.unavailableDetail')}
      />
    </div>
  );
}

/** Who may read it and why it exists, on every page of the mailbox. */
export function MailboxWarning() {
  const { t } = useTranslation('mailbox');
  return <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('mailbox.warning')} />;
}

/** The mail this instance wrote to files, newest first; new messages show up within seconds. */
export function MailboxPage() {
  const { t } = useTranslation('mailbox');
  // On a phone the recipient and the time go under the subject, so that the list never scrolls sideways.
  const narrow = !Grid.useBreakpoint().md;
  const messages = useInfiniteQuery({
    queryKey: mailboxKeys.list,
    queryFn: ({ pageParam }) => mailboxApi.list(pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    refetchInterval: 5000,
    retry: false,
  });
  if (isApiError(messages.error) && messages.error.status === 404) return <MailboxOff />;
  const items = messages.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <Page
      title={t('mailbox.title')}
      width="wide"
      actions={
        <Button onClick={() => messages.refetch()} loading={messages.isRefetching}>
          {t('mailbox.refresh')}
        </Button>
      }
    >
      <MailboxWarning />
      <p className="section-intro">{t('mailbox.intro')}</p>
      <ProblemAlert error={messages.error} />
      {messages.isPending ? (
        <Spin className="page-spinner" />
      ) : items.length === 0 ? (
        <Empty description={t('mailbox.empty')} />
      ) : (
        <Table<MailboxMessageSummary>
          rowKey="id"
          dataSource={items}
          pagination={false}
          columns={[
            ...(narrow
              ? []
              : [
                  {
                    key: 'to',
                    title: t('mailbox.columns.to'),
                    render: (_: unknown, message: MailboxMessageSummary) => message.to.join(', '),
                  },
                ]),
            {
              key: 'subject',
              title: t('mailbox.columns.subject'),
              render: (_, message) => (
                <>
                  <Link to="/dev/mailbox/$messageId" params={{ messageId: message.id }}>
                    {message.subject || t('mailbox.noSubject')}
                  </Link>
                  {narrow && (
                    <div>
                      <Typography.Text type="secondary">{message.to.join(', ')}</Typography.Text>
                      <br />
                      <Typography.Text type="secondary">
                        <Instant at={message.sentAt} />
                      </Typography.Text>
                    </div>
                  )}
                </>
              ),
            },
            ...(narrow
              ? []
              : [
                  {
                    key: 'sentAt',
                    title: t('mailbox.columns.sentAt'),
                    render: (_: unknown, message: MailboxMessageSummary) => <Instant at={message.sentAt} />,
                  },
                ]),
          ]}
        />
      )}
      <LoadMore pages={messages} />
    </Page>
  );
}
