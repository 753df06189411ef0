import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/auth.js';
import { Page } from '../../shared/page.js';
import { ApiTokensSection } from './api-tokens-section.js';
import { ChangePasswordSection } from './change-password-section.js';
import { ProfileSection } from './profile-section.js';
import { SessionsSection } from './sessions-section.js';
import { TwoFactorSection } from './two-factor-section.js';
import './identity.css';

export function AccountPage() {
  const { t } = useTranslation();
  const { me } = useMe();
  if (!me) return null;
  return (
    <Page title={t('account.title')}>
      <div className="account-grid">
        <ProfileSection me={me} />
        <ChangePasswordSection />
      </div>
      <TwoFactorSection me={me} />
      <SessionsSection />
      <ApiTokensSection me={me} />
    </Page>
  );
}
