import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../shared/problem.js';
import { exchangeApi, exchangeKeys } from './exchange.api.js';
import { OpportunityTable } from './opportunity-table.js';
import { OrganizationExchangePage } from './organization-scope.js';
import './exchange.css';

/** Every opportunity of the organisation, drafts included, for its members. */
export function OrganizationOpportunitiesPage() {
  const { t } = useTranslation();
  const { organizationId } = useParams({ from: '/_signedIn/organizations/$organizationId/opportunities' });
  const opportunities = useQuery({
    queryKey: exchangeKeys.organization(organizationId),
    queryFn: () => exchangeApi.ofOrganization(organizationId),
  });
  return (
    <OrganizationExchangePage
      organizationId={organizationId}
      title={(name) =>
        name ? t('exchange.orgOpportunities.title', { name }) : t('exchange.orgOpportunities.titleGeneric')
      }
      actions={
        <Link to="/opportunities/new" search={{ organizationId }} className="button-link">
          {t('exchange.orgOpportunities.new')}
        </Link>
      }
    >
      <p className="section-intro">{t('exchange.orgOpportunities.intro')}</p>
      <ProblemAlert error={opportunities.error} />
      <OpportunityTable
        items={opportunities.data?.items ?? []}
        loading={opportunities.isPending}
        emptyText={t('exchange.orgOpportunities.empty')}
        variant="organization"
      />
      <p className="interest-details-link">
        <Link to="/organizations/$organizationId/interests" params={{ organizationId }}>
          {t('organization.interests')}
        </Link>
      </p>
    </OrganizationExchangePage>
  );
}
