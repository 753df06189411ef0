import { pickLocalized } from '@innobridge/contracts';
import { Link, useParams } from '@tanstack/react-router';
import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { canManageOrganization, canSeeMembers, useMe } from '../../app/auth.js';
import { useLocale } from '../../app/use-interface-locale.js';
import { Page } from '../../shared/page.js';
import { InvitationsSection } from './invitations-section.js';
import { MembersSection } from './members-section.js';
import { useOrganization } from './organization-query.js';

export function MembersPage() {
  const { t } = useTranslation(['app', 'errors']);
  const locale = useLocale();
  const { me } = useMe();
  const { organizationId } = useParams({ from: '/_signedIn/organizations/$organizationId/members' });
  const organization = useOrganization(organizationId);

  if (!canSeeMembers(me, organizationId)) {
    return (
      <Page title={t('members.titleGeneric')}>
        <Result status="403" subTitle={t('errors:organization_forbidden')} />
      </Page>
    );
  }

  const name = pickLocalized(organization.data?.name, locale)?.text;
  const canManage = canManageOrganization(me, organizationId);
  return (
    <Page
      title={name ? t('members.title', { name }) : t('members.titleGeneric')}
      actions={
        <Link to="/organizations/$organizationId" params={{ organizationId }}>
          {t('members.backToCard')}
        </Link>
      }
    >
      <MembersSection organizationId={organizationId} canManage={canManage} />
      {canManage && <InvitationsSection organizationId={organizationId} />}
    </Page>
  );
}
