import type { Me } from '@innobridge/contracts';
import { useQuery } from '@tanstack/react-query';
import { Spin } from 'antd';
import { Trans, useTranslation } from 'react-i18next';
import { membershipOf, useMe } from '../../app/auth.js';
import { LocalizedTextView } from '../../shared/localized-text.js';
import { ProblemAlert } from '../../shared/problem.js';
import { matchingApi, matchingKeys } from './matching.api.js';
import { NamedSection } from './named-section.js';
import { ProposalCard } from './proposal-card.js';
import { COMPUTING_POLL_MS } from './use-proposals.js';

/** The opportunities recommended to one organisation from its profile, as cards, asked for again while pending. */
function OrganizationProposals({ organizationId, level }: { organizationId: string; level: 3 | 4 }) {
  const { t } = useTranslation();
  const list = useQuery({
    queryKey: matchingKeys.organization(organizationId),
    queryFn: () => matchingApi.organization(organizationId),
    refetchInterval: (query) => (query.state.data?.computedAt === null ? COMPUTING_POLL_MS : false),
  });
  return (
    <div className="organization-proposals" data-organization={organizationId}>
      {list.isPending && <Spin size="small" />}
      <ProblemAlert error={list.error} />
      {list.data && list.data.items.length === 0 && (
        <p className="muted" role="status">
          {list.data.computedAt === null ? t('matching.computing') : t('matching.organizationRecommendations.empty')}
        </p>
      )}
      {list.data && list.data.items.length > 0 && (
        <div className="proposal-list">
          {list.data.items.map((proposal) => (
            <ProposalCard
              key={proposal.id}
              proposal={proposal}
              perspective="mine"
              level={level}
              expressAs={organizationId}
            />
          ))}
        </div>
      )}
    </div>
  );
}

/** On an organisation's page, for its members: what its profile answers. */
export function OrganizationRecommendationsPart({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation(['matching', 'exchange']);
  const { me } = useMe();
  if (!membershipOf(me, organizationId)) return null;
  return (
    <NamedSection className="organization-recommendations" title={t('matching.organizationRecommendations.title')}>
      <p className="section-intro">{t('matching.organizationRecommendations.intro')}</p>
      <OrganizationProposals organizationId={organizationId} level={3} />
    </NamedSection>
  );
}

function OrganizationName({ name }: { name: Me['memberships'][number]['organizationName'] }) {
  return <LocalizedTextView text={name} />;
}

/** On the dashboard: for each of the reader's organisations, what its profile answers. */
export function OrganizationRecommendationsSectionBody() {
  const { t } = useTranslation(['matching', 'exchange']);
  const { me } = useMe();
  if (!me || me.memberships.length === 0) return null;
  const named = me.memberships.length > 1;
  return (
    <NamedSection className="organization-recommendations" title={t('matching.organizationRecommendations.title')}>
      <p className="section-intro">{t('matching.organizationRecommendations.intro')}</p>
      {me.memberships.map((membership) => (
        <div key={membership.organizationId} className="recommendations-organization">
          {named && (
            <p className="recommendations-organization-name">
              <Trans
                i18nKey="matching.recommendations.organization"
                components={{ name: <OrganizationName name={membership.organizationName} /> }}
              />
            </p>
          )}
          <OrganizationProposals organizationId={membership.organizationId} level={3} />
        </div>
      ))}
    </NamedSection>
  );
}
