import { pickLocalized } from '@innobridge/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from '@tanstack/react-router';
import { App, Result, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { canManageOrganization, meQuery, useMe } from '../../app/auth.js';
import { useLocale } from '../../app/use-interface-locale.js';
import { Page } from '../../shared/page.js';
import { ProblemAlert } from '../../shared/problem.js';
import { OrganizationForm } from './organization-form.js';
import { useOrganization } from './organization-query.js';
import { organizationQueryKey, organizationsApi } from './organizations.api.js';

export function EditOrganizationPage() {
  const { t } = useTranslation(['app', 'errors']);
  const locale = useLocale();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { organizationId } = useParams({ from: '/_signedIn/organizations/$organizationId/edit' });
  const { me } = useMe();
  const organization = useOrganization(organizationId);

  if (!canManageOrganization(me, organizationId)) {
    return (
      <Page title={t('organizationForm.editTitle')}>
        <Result status="403" subTitle={t('errors:organization_admin_required')} />
      </Page>
    );
  }

  if (organization.isPending) return <Spin className="page-spinner" />;
  if (organization.isError) {
    return (
      <Page title={t('organizationForm.editTitle')}>
        <ProblemAlert error={organization.error} />
      </Page>
    );
  }

  const name = pickLocalized(organization.data.name, locale)?.text ?? '';
  return (
    <Page
      title={t('organizationForm.editTitle')}
      actions={
        <Link to="/organizations/$organizationId" params={{ organizationId }}>
          {t('organizationForm.backToCard', { name })}
        </Link>
      }
    >
      <OrganizationForm
        organization={organization.data}
        submitLabel={t('action.save')}
        save={(body) => organizationsApi.update(organizationId, body)}
        onSaved={async (updated) => {
          queryClient.setQueryData(organizationQueryKey(organizationId), updated);
          await queryClient.invalidateQueries({ queryKey: meQuery.queryKey, exact: true });
          message.success(t('organizationForm.saved'));
          await navigate({ to: '/organizations/$organizationId', params: { organizationId } });
        }}
      />
    </Page>
  );
}
