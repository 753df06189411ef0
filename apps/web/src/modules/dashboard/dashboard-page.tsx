import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/auth.js';
import { Page } from '../../shared/page.js';
import { QueryPage } from '../../shared/query-page.js';
import { OrganizationRecommendationsSection, RecommendationsSection } from '../matching/index.js';
import { dashboardApi, dashboardKeys } from './dashboard.api.js';
import { OrganizationsSection } from './dashboard-organizations.js';
import { OperatorSection, WaitingSection } from './dashboard-waiting.js';
import './dashboard.css';

/** Where a signed-in person lands: what waits for them, their organisations, and their queues as an operator. */
export function DashboardPage() {
  const { t } = useTranslation();
  const { me } = useMe();
  const query = useQuery({ queryKey: dashboardKeys.all, queryFn: dashboardApi.read, refetchOnMount: 'always' });
  return (
    <QueryPage query={query} errorTitle={t('dashboard.title')}>
      {(dashboard) => (
        <Page title={t('dashboard.title')} width="wide">
          {me && <p className="hero-lead">{t('dashboard.greeting', { name: me.displayName })}</p>}
          <WaitingSection dashboard={dashboard} />
          {dashboard.operator && <OperatorSection operator={dashboard.operator} />}
          <RecommendationsSection />
          <OrganizationRecommendationsSection />
          <OrganizationsSection dashboard={dashboard} />
        </Page>
      )}
    </QueryPage>
  );
}
