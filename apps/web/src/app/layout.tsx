import { Link, Outlet } from '@tanstack/react-router';
import { Layout } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MailboxNavLink } from '../modules/mailbox/index.js';
import { isStaff, useMe } from './auth.js';
import { LanguageSwitcher } from './language-switcher.js';

// What only a signed-in person sees comes in a chunk of its own (see signed-in-header.tsx).
const signedInHeader = () => import('./signed-in-header.js');
const UserMenu = lazy(() => signedInHeader().then((m) => ({ default: m.UserMenu })));
const ConversationsNavLink = lazy(() => signedInHeader().then((m) => ({ default: m.ConversationsNavLink })));
const TwoFactorAlert = lazy(() => signedInHeader().then((m) => ({ default: m.TwoFactorReminder })));
const NavDrawer = lazy(() => import('./nav-drawer.js'));

function MainNavigation({ className = 'main-nav' }: { className?: string }) {
  const { t } = useTranslation();
  const { me } = useMe();
  return (
    <nav aria-label={t('layout.mainNavigation')} className={className}>
      <Link to="/registry" activeProps={{ 'aria-current': 'page' }}>
        {t('nav.registry')}
      </Link>
      <Link to="/exchange" activeProps={{ 'aria-current': 'page' }}>
        {t('nav.exchange')}
      </Link>
      <Link to="/events" activeProps={{ 'aria-current': 'page' }}>
        {t('nav.events')}
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

/**
 * Below Ant Design's lg breakpoint the navigation and the language switcher move into a drawer behind
 * a menu button, so that the header keeps one row on a phone in every language (styles.css hides
 * either the button or the inline navigation).
 */
function PhoneMenu() {
  const { t } = useTranslation();
  const { me, isPending } = useMe();
  const [open, setOpen] = useState(false);
  const [opened, setOpened] = useState(false);
  return (
    <>
      <button
        type="button"
        className="menu-button"
        aria-expanded={open}
        aria-haspopup="dialog"
        title={t('layout.menu')}
        onClick={() => {
          setOpened(true);
          setOpen(true);
        }}
      >
        {/* Three bars drawn inline: an icon component would bring the icon library to every first page. */}
        <svg aria-hidden="true" viewBox="0 0 20 20" width="20" height="20">
          <path d="M2 4.5h16M2 10h16M2 15.5h16" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
        </svg>
        <span className="visually-hidden">{t('layout.menu')}</span>
      </button>
      {opened && (
        <Suspense fallback={null}>
          <NavDrawer open={open} onClose={() => setOpen(false)}>
            <MainNavigation className="drawer-nav" />
            {!me && !isPending && (
              <div className="drawer-session">
                <Link to="/sign-up" className="drawer-sign-up">
                  {t('nav.signUp')}
                </Link>
              </div>
            )}
            <LanguageSwitcher name="drawer-interface-language" />
          </NavDrawer>
        </Suspense>
      )}
    </>
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
        <PhoneMenu />
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
