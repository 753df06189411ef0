import { Link } from '@tanstack/react-router';
import { Alert } from 'antd';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useMailboxOn } from './mailbox-nav.js';

function HintText() {
  const { t } = useTranslation('mailbox');
  return (
    <Alert
      type="info"
      showIcon
      title={t('mailbox.hint')}
      action={<Link to="/dev/mailbox">{t('mailbox.openMailbox')}</Link>}
    />
  );
}

/** Where a page says "check your e-mail": the way to the mailbox, when this instance has one. */
export function MailboxHint() {
  if (!useMailboxOn()) return null;
  return (
    <Suspense fallback={null}>
      <HintText />
    </Suspense>
  );
}
