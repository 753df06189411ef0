import { Link } from '@tanstack/react-router';
import { Result } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isPlatformAdmin, useMe } from '../../app/auth.js';
import { Page } from '../../shared/page.js';
import './admin.css';

/** Administration pages: a clear refusal for everyone else, never an empty page. */
export function AdminOnly({ children }: { children: ReactNode }) {
  const { t } = useTranslation(['app', 'errors']);
  const { me } = useMe();
  if (isPlatformAdmin(me)) return <>{children}</>;
  if (me?.twoFactor.required) {
    return (
      <Page title={t('admin.title')}>
        <Result
          status="403"
          subTitle={t('errors:two_factor_setup_required')}
          extra={<Link to="/account">{t('twoFactor.goToAccount')}</Link>}
        />
      </Page>
    );
  }
  return (
    <Page title={t('admin.title')}>
      <Result status="403" subTitle={t('errors:admin_required')} />
    </Page>
  );
}

export function AdminNavigation() {
  const { t } = useTranslation(['app', 'errors']);
  return (
    <nav aria-label={t('admin.navigation')} className="sub-nav">
      <Link to="/admin/users" activeProps={{ 'aria-current': 'page' }}>
        {t('admin.users')}
      </Link>
      <Link to="/admin/audit" activeProps={{ 'aria-current': 'page' }}>
        {t('admin.audit')}
      </Link>
      <Link to="/admin/registry" activeProps={{ 'aria-current': 'page' }}>
        {t('admin.registrySettings')}
      </Link>
      <Link to="/admin/glossary" activeProps={{ 'aria-current': 'page' }}>
        {t('admin.glossary')}
      </Link>
    </nav>
  );
}
