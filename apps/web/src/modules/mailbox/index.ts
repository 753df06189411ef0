import { createRoute, notFound } from '@tanstack/react-router';
import { lazyPage } from '../../app/lazy-page.js';
import type { ModuleParents } from '../../app/router.js';

export { MailboxHint } from './mailbox-hint.js';
export { MailboxNavLink } from './mailbox-nav.js';

/**
 * The development mailbox: the mail an instance without SMTP wrote to files, open to anyone who can
 * reach it, and only there (elsewhere its API answers 404 and the pages say the mailbox is off).
 */
export function mailboxRoutes({ root }: ModuleParents) {
  const list = createRoute({
    getParentRoute: () => root,
    path: '/dev/mailbox',
    component: lazyPage('mailbox', () => import('./mailbox-page.js'), 'MailboxPage'),
  });
  const message = createRoute({
    getParentRoute: () => root,
    path: '/dev/mailbox/$messageId',
    // The id's schema comes with its module's contracts, which the first page does not carry.
    beforeLoad: async ({ params }) => {
      const { MailboxMessageId } = await import('@innobridge/contracts/mailbox');
      if (!MailboxMessageId.safeParse(params.messageId).success) throw notFound();
    },
    component: lazyPage('mailbox', () => import('./message-page.js'), 'MessagePage'),
  });
  return { open: [list, message] };
}
