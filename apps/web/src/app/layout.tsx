import { DownOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Link, Outlet, useNavigate } from '@tanstack/react-router';
import { Alert, App, Button, Dropdown, Layout, type MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { ConversationsNavLink } from '../modules/exchange/index.js';
import { MailboxNavLink } from '../modules/mailbox/index.js';
import { NotificationsBell } from '../modules/notifications/index.js';
import { api, isApiError } from '../shared/api-client.js';
import { isPlatformAdmin, isStaff, meQuery, useMe } from './auth.js';
import { LanguageSwitcher } from './language-switcher.js';

function MainNavigation() {
  const { t } = useTranslation();
  const { me } = useMe();
  return (
    <nav aria-label={t('layout.mainNavigation')} className="main-nav">
      <Link to="/registry" activeProps={{ 'aria-current': 'page' }}>
        {t('nav.registry')}
      </Link>
      <Link to="/exchange" activeProps={{ 'aria-current': 'page' }}>
        {t('nav.exchange')}
      </Link>
      {me && (
        <Link to="/my-organizations" activeProps={{ 'aria-current': 'page' }}>
          {t('nav.myOrganizations')}
        </Link>
      )}
      {me && <ConversationsNavLink />}
      {isStaff(me) && (
        <Link to="/operator/applications" activeProps={{ 'aria-current': 'page' }}>
          {t('nav.operatorQueue')}
        </Link>
      )}
      {isStaff(me) && (
        <Link to="/moderation/opportunities" activeProps={{ 'aria-current': 'page' }}>
          {t('nav.opportunityModeration')}
        </Link>
      )}
      <MailboxNavLink />
    </nav>
  );
}

function SessionActions() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { me, isPending } = useMe();
  const queryClient = useQueryClient();
  const navigate = useNavigate();

  if (isPending) return null;
  if (!me) {
    return (
      <div className="session-actions">
        <Link to="/sign-in">{t('nav.signIn')}</Link>
        <Link to="/sign-up" className="button-link">
          {t('nav.signUp')}
        </Link>
      </div>
    );
  }

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

  // The account, administration and sign-out behind the person's name, as most sites keep them: the
  // header then holds on one line in every language at 1280 px.
  const items: MenuProps['items'] = [
    { key: 'account', label: <Link to="/account">{t('nav.account')}</Link> },
    ...(isPlatformAdmin(me) ? [{ key: 'admin', label: <Link to="/admin/users">{t('nav.admin')}</Link> }] : []),
    { type: 'divider' },
    { key: 'signOut', label: t('nav.signOut'), onClick: signOut },
  ];
  return (
    <div className="session-actions">
      <NotificationsBell />
      <Dropdown menu={{ items }} trigger={['click']} placement="bottomRight">
        <Button type="text" className="user-menu-button" title={me.email}>
          <span className="user-name">{me.displayName}</span>
          <DownOutlined aria-hidden />
        </Button>
      </Dropdown>
    </div>
  );
}

/** An admin whose role waits for two-factor sign-in is told so on every page, with the way there. */
function TwoFactorReminder() {
  const { t } = useTranslation();
  const { me } = useMe();
  if (!me?.twoFactor.required) return null;
  return (
    <Alert
      type="warning"
      banner
      title={t('twoFactor.requiredForAdmin')}
      action={<Link to="/account">{t('twoFactor.goToAccount')}</Link>}
    />
  );
}

export function AppLayout() {
  const { t } = useTranslation();
  return (
    <Layout className="app-shell">
      <a className="skip-link" href="#main">
        {t('layout.skipToContent')}
      </a>
      <Layout.Header className="app-header">
        <Link to="/" className="brand">
          <img src="/favicon.svg" alt="" width={28} height={28} />
          <span>Innobridge</span>
        </Link>
        <MainNavigation />
        <div className="header-actions">
          <LanguageSwitcher />
          <SessionActions />
        </div>
      </Layout.Header>
      <Layout.Content id="main" className="app-main" tabIndex={-1}>
        <TwoFactorReminder />
        <Outlet />
      </Layout.Content>
      <Layout.Footer className="app-footer">
        <p>{t('layout.footer')}</p>
      </Layout.Footer>
    </Layout>
  );
}
