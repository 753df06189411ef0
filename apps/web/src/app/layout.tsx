import { Link, Outlet } from '@tanstack/react-router';
import { Layout } from 'antd';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { MailboxNavLink } from '../modules/mailbox/index.js';
import { isStaff, useMe } from './auth.js';
import { LanguageSwitcher } from './language-switcher.js';

// What only a signed-in person sees comes in a chunk of its own (see signed-in-header.tsx).
const signedInHeader = () => import('./signed-in-header.js');
const UserMenu = lazy(() => signedInHeader().then((m) => ({ default: m.UserMenu })));
const ConversationsNavLink = lazy(() => signedInHeader().then((m) => ({ default: m.ConversationsNavLink })));
const TwoFactorAlert = lazy(() => signedInHeader().then((m) => ({ default: m.TwoFactorReminder })));

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
      {me && (
        <Suspense
          fallback={
            <Link to="/conversations" activeProps={{ 'aria-current': 'page' }} className="nav-with-badge">
              {t('nav.conversations')}
            </Link>
          }
        >
          <ConversationsNavLink />
        </Suspense>
      )}
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
  const { me, isPending } = useMe();

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
  // The name holds the place of the menu while its chunk arrives.
  return (
    <div className="session-actions">
      <Suspense fallback={<span className="user-name">{me.displayName}</span>}>
        <UserMenu me={me} />
      </Suspense>
    </div>
  );
}

function TwoFactorReminder() {
  const { me } = useMe();
  if (!me?.twoFactor.required) return null;
  return (
    <Suspense fallback={null}>
      <TwoFactorAlert />
    </Suspense>
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
