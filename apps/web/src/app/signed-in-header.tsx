import { DownOutlined, UserOutlined } from '@ant-design/icons';
import type { Me } from '@innobridge/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { Alert, Button, Dropdown, type MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { ConversationsNavLink } from '../modules/exchange/index.js';
import { NotificationsBell } from '../modules/notifications/index.js';
import { api, isApiError } from '../shared/api-client.js';
import { isPlatformAdmin, isStaff, meQuery } from './auth.js';
import { useFeedback } from './feedback.js';

/**
 * What the layout shows a signed-in person only: the bell, the menu behind their name, the
 * conversations' link with its unread count and the two-factor reminder. A chunk of its own, loaded
 * once the person is known to be signed in, so that a visitor's first page never downloads it.
 */

/** The bell, and the account, administration and sign-out behind the person's name. */
export function UserMenu({ me }: { me: Me }) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const queryClient = useQueryClient();
  const navigate = useNavigate();

  const signOut = async () => {
    try {
      await api.post('/auth/logout');
    } catch (error) {
      // An already ended session is as good as a successful sign-out.
      if (!isApiError(error) || error.status !== 401) {
        message.error(isApiError(error) ? error.detail : t('problem.unexpected', { status: 0 }));
        return;
      }
    }
    queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== meQuery.queryKey[0] });
    queryClient.setQueryData(meQuery.queryKey, null);
    await navigate({ to: '/' });
  };

  // The account, its notification settings, administration and sign-out behind the person's name, as most sites keep them: the
  // header then holds on one line in every language at 1280 px.
  const items: MenuProps['items'] = [
    { key: 'account', label: <Link to="/account">{t('nav.account')}</Link> },
    {
      key: 'notificationSettings',
      label: <Link to="/account/notifications">{t('nav.notificationSettings')}</Link>,
    },
    // The glossary the matcher reads, kept by the operators: in the menu, so the header stays on one line.
    ...(isStaff(me) ? [{ key: 'glossary', label: <Link to="/admin/glossary">{t('nav.glossary')}</Link> }] : []),
    ...(isPlatformAdmin(me) ? [{ key: 'admin', label: <Link to="/admin/users">{t('nav.admin')}</Link> }] : []),
    { type: 'divider' },
    { key: 'signOut', label: t('nav.signOut'), onClick: signOut },
  ];
  return (
    <>
      <NotificationsBell />
      <Dropdown menu={{ items }} trigger={['click']} placement="bottomRight">
        <Button type="text" className="user-menu-button" title={me.email}>
          {/* On a phone the icon stands for the name, which stays for screen readers (styles.css). */}
          <UserOutlined aria-hidden className="user-icon" />
          <span className="user-name">{me.displayName}</span>
          <DownOutlined aria-hidden />
        </Button>
      </Dropdown>
    </>
  );
}

export { ConversationsNavLink };

/** An admin whose role waits for two-factor sign-in is told so on every page, with the way there. */
export function TwoFactorReminder() {
  const { t } = useTranslation();
  return (
    <Alert
      type="warning"
      banner
      title={t('twoFactor.requiredForAdmin')}
      action={<Link to="/account">{t('twoFactor.goToAccount')}</Link>}
    />
  );
}
