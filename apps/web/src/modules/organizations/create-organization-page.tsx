import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { meQuery } from '../../app/auth.js';
import { Page } from '../../shared/page.js';
import { OrganizationForm } from './organization-form.js';
import { organizationQueryKey, organizationsApi } from './organizations.api.js';

export function CreateOrganizationPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  return (
    <Page title={t('organizationForm.createTitle')}>
      <p>{t('organizationForm.createIntro')}</p>
      <OrganizationForm
        submitLabel={t('organizationForm.create')}
        save={organizationsApi.create}
        onSaved={async (organization) => {
          queryClient.setQueryData(organizationQueryKey(organization.id), organization);
          // The creator becomes the organisation's administrator: their memberships changed.
          await queryClient.invalidateQueries({ queryKey: meQuery.queryKey, exact: true });
          await navigate({ to: '/organizations/$organizationId', params: { organizationId: organization.id } });
        }}
      />
    </Page>
  );
}
