import type { Me } from '@innobridge/contracts';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { Spin } from 'antd';
import { type ReactNode, useId } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { useMe } from '../../app/auth.js';
import { LocalizedTextView } from '../../shared/localized-text.js';
import { ProblemAlert } from '../../shared/problem.js';
import { matchingApi, matchingKeys, type RecommendationsPage } from './matching.api.js';
import { NamedSection } from './named-section.js';
import { ProposalCard, TypeLabel } from './proposal-card.js';
import { COMPUTING_POLL_MS } from './use-proposals.js';

type Group = RecommendationsPage['groups'][number];

function RecommendationGroup({ group, organizationId }: { group: Group; organizationId: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="recommendation-group" aria-labelledby={headingId} data-opportunity={group.opportunity.id}>
      <h3 id={headingId} className="recommendation-group-title">
        <span className="visually-hidden">{t('matching.recommendations.forOpportunity')}: </span>
        <Link to="/opportunities/$opportunityId" params={{ opportunityId: group.opportunity.id }}>
          <LocalizedTextView text={group.opportunity.title} />
        </Link>
      </h3>
      <p className="status-line">
        <TypeLabel type={group.opportunity.type} />
      </p>
      {group.items.length === 0 ? (
        // Either the first computation is still pending (the page is asked for again) or nothing answers it yet.
        <p className="muted" role="status">
          {group.computedAt === null ? t('matching.computing') : t('matching.candidates.empty')}
        </p>
      ) : (
        <div className="proposal-list">
          {group.items.map((proposal) => (
            <ProposalCard
              key={proposal.id}
              proposal={proposal}
              perspective="mine"
              level={4}
              expressAs={organizationId}
            />
          ))}
        </div>
      )}
    </section>
  );
}

function OrganizationName({ name }: { name: Me['memberships'][number]['organizationName']; children?: ReactNode }) {
  return <LocalizedTextView text={name} />;
}

function OrganizationRecommendations({
  membership,
  named,
}: {
  membership: Me['memberships'][number];
  /** Whether to say which organisation these are for (the reader belongs to more than one). */
  named: boolean;
}) {
  const { t } = useTranslation();
  const organizationId = membership.organizationId;
  const page = useQuery({
    queryKey: matchingKeys.recommendations(organizationId),
    queryFn: () => matchingApi.recommendations(organizationId),
    // Asked for again while an opportunity's first computation is pending.
    refetchInterval: (query) =>
      query.state.data?.groups.some((g) => g.computedAt === null) ? COMPUTING_POLL_MS : false,
  });
  return (
    <div className="recommendations-organization">
      {named && (
        <p className="recommendations-organization-name">
          <Trans
            i18nKey="matching.recommendations.organization"
            components={{ name: <OrganizationName name={membership.organizationName} /> }}
          />
        </p>
      )}
      {page.isPending && (
        <p className="muted" role="status">
          <Spin size="small" /> {t('matching.recommendations.loading')}
        </p>
      )}
      <ProblemAlert error={page.error} />
      {page.data && page.data.groups.length === 0 && (
        <p className="muted">
          {t('matching.recommendations.noOpportunities')}{' '}
          <Link to="/organizations/$organizationId/opportunities" params={{ organizationId }}>
            {t('matching.recommendations.publish')}
          </Link>
        </p>
      )}
      {page.data?.groups.map((group) => (
        <RecommendationGroup key={group.opportunity.id} group={group} organizationId={organizationId} />
      ))}
    </div>
  );
}

/** The dashboard's recommendations: for each published opportunity of the reader's organisations, its best proposals. */
export function Recommendations() {
  const { t } = useTranslation(['matching', 'exchange']);
  const { me } = useMe();
  if (!me || me.memberships.length === 0) return null;
  return (
    <NamedSection className="recommendations" title={t('matching.recommendations.title')}>
      <p className="section-intro">{t('matching.recommendations.intro')}</p>
      {me.memberships.map((membership) => (
        <OrganizationRecommendations
          key={membership.organizationId}
          membership={membership}
          named={me.memberships.length > 1}
        />
      ))}
    </NamedSection>
  );
}
