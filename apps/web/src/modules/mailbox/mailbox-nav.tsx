import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { loadNamespace } from '../../app/i18n.js';
import { mailboxApi, mailboxKeys } from './mailbox.api.js';

/**
 * Whether the development mailbox is on, asked once per visit; its texts are fetched only when it
 * is, so an instance without it loads nothing of it but this one question.
 */
export function useMailboxOn(): boolean {
  const on = useQuery({
    queryKey: mailboxKeys.on,
    queryFn: async () => {
      const isOn = await mailboxApi.isOn();
      if (isOn) await loadNamespace('mailbox');
      return isOn;
    },
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
  return on.data === true;
}

function NavLinkLabel() {
  const { t } = useTranslation('mailbox');
  return (
    <Link to="/dev/mailbox" activeProps={{ 'aria-current': 'page' }}>
      {t('mailbox.navLink')}
    </Link>
  );
}

/** "Mailbox" in the main menu, only on an instance that writes its mail to files and shows it. */
export function MailboxNavLink() {
  if (!useMailboxOn()) return null;
  return (
    <Suspense fallback={null}>
      <NavLinkLabel />
    </Suspense>
  );
}
