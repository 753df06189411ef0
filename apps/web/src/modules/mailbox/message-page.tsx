import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { Descriptions, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../shared/api-client.js';
import { Instant } from '../../shared/instant.js';
import { Page } from '../../shared/page.js';
import { ProblemAlert } from '../../shared/problem.js';
import { mailboxApi, mailboxKeys } from './mailbox.api.js';
import { MailboxOff, MailboxWarning } from './mailbox-page.js';
import { MessageBody } from './message-body.js';

/** One message as its recipient would read it, decoded, its links clickable. */
export function MessagePage() {
  const { t } = useTranslation('mailbox');
  const { messageId } = useParams({ from: '/dev/mailbox/$messageId' });
  const message = useQuery({
    queryKey: mailboxKeys.message(messageId),
    queryFn: () => mailboxApi.message(messageId),
    // A message never changes once written.
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
  if (isApiError(message.error, 'not_found')) return <MailboxOff />;
  const back = <Link to="/dev/mailbox">{t('mailbox.allMessages')}</Link>;

  if (message.isPending) return <Spin className="page-spinner" />;
  if (message.isError) {
    return (
      <Page title={t('mailbox.messageTitle')} actions={back}>
        <ProblemAlert error={message.error} />
      </Page>
    );
  }
  const mail = message.data;
  return (
    <Page title={mail.subject || t('mailbox.noSubject')} actions={back}>
      <MailboxWarning />
      <Descriptions
        column={1}
        size="small"
        className="section"
        items={[
          { key: 'from', label: t('mailbox.from'), children: mail.from },
          { key: 'to', label: t('mailbox.to'), children: mail.to.join(', ') },
          {
            key: 'sentAt',
            label: t('mailbox.sentAt'),
            children: <Instant at={mail.sentAt} />,
          },
        ]}
      />
      <section className="section">
        <MessageBody text={mail.text} html={mail.html} />
      </section>
    </Page>
  );
}
