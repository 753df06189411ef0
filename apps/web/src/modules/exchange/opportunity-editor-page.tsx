import type { Opportunity } from '@innobridge/contracts';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams, useSearch } from '@tanstack/react-router';
import { Alert, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { membershipOf, useMe } from '../../app/auth.js';
import { Page } from '../../shared/page.js';
import { QueryPage } from '../../shared/query-page.js';
import { exchangeApi, exchangeKeys } from './exchange.api.js';
import { isOwnedBy, opportunityStateLabel } from './exchange-labels.js';
import { OpportunityForm } from './opportunity-form.js';

export function NewOpportunityPage() {
  const { t } = useTranslation(['app', 'errors']);
  const { me } = useMe();
  const { organizationId } = useSearch({ from: '/_signedIn/opportunities/new' });
  const memberships = me?.memberships ?? [];
  // The organisation named in the address if the reader belongs to it; the only one if there is one.
  const preselected = organizationId && membershipOf(me, organizationId) ? organizationId : undefined;
  const initialOrganization = preselected ?? (memberships.length === 1 ? memberships[0]?.organizationId : undefined);

  if (memberships.length === 0) {
    return (
      <Page title={t('exchange.editor.newTitle')}>
        <Result
          status="info"
          subTitle={t('exchange.editor.noOrganization')}
          extra={
            <Link to="/organizations/new" className="button-link">
              {t('myOrganizations.create')}
            </Link>
          }
        />
      </Page>
    );
  }
  return (
    <Page title={t('exchange.editor.newTitle')} width="wide">
      <p className="section-intro">{t('exchange.editor.intro')}</p>
      <OpportunityForm organizationId={initialOrganization} />
    </Page>
  );
}

export function EditOpportunityPage() {
  const { t } = useTranslation(['app', 'errors']);
  const { opportunityId } = useParams({ from: '/_signedIn/opportunities/$opportunityId/edit' });
  const opportunity = useQuery({
    queryKey: exchangeKeys.opportunity(opportunityId),
    queryFn: () => exchangeApi.opportunity(opportunityId),
  });
  return (
    <QueryPage query={opportunity} errorTitle={t('exchange.editor.editTitle')}>
      {(data) => <EditOpportunity opportunity={data} />}
    </QueryPage>
  );
}

function EditOpportunity({ opportunity }: { opportunity: Opportunity }) {
  const { t } = useTranslation(['app', 'errors']);
  const { me } = useMe();
  const opportunityId = opportunity.id;
  const back = (
    <Link to="/opportunities/$opportunityId" params={{ opportunityId }} className="button-link button-link-secondary">
      {t('exchange.editor.backToOpportunity')}
    </Link>
  );
  if (!isOwnedBy(me, opportunity)) {
    return (
      <Page title={t('exchange.editor.editTitle')} actions={back}>
        <Result status="403" subTitle={t('errors:organization_forbidden')} />
      </Page>
    );
  }
  return (
    <Page title={t('exchange.editor.editTitle')} width="wide" actions={back}>
      {opportunity.state === 'draft' ? (
        <OpportunityForm opportunity={opportunity} />
      ) : (
        <Alert
          type="info"
          showIcon
          title={t('exchange.editor.notEditable', { state: opportunityStateLabel(t, opportunity.state) })}
        />
      )}
    </Page>
  );
}
