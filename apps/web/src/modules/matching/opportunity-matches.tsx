import type { Opportunity } from '@innobridge/contracts';
import { Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../shared/problem.js';
import { NamedSection } from './named-section.js';
import { ProposalCard } from './proposal-card.js';
import { useProposals } from './use-proposals.js';

function ProposalsSection({
  kind,
  opportunity,
  title,
  empty,
}: {
  kind: 'candidates' | 'similar';
  opportunity: Opportunity;
  title: string;
  empty: string;
}) {
  const { t } = useTranslation();
  const list = useProposals(kind, opportunity.id);
  return (
    <NamedSection className="opportunity-proposals-section" title={title}>
      <div className={`opportunity-proposals opportunity-proposals-${kind}`}>
        {list.isPending && <Spin size="small" />}
        <ProblemAlert error={list.error} />
        {list.data && list.data.items.length === 0 && (
          <p className="muted" role="status">
            {list.data.computedAt === null ? t('matching.computing') : empty}
          </p>
        )}
        {list.data && list.data.items.length > 0 && (
          <div className="proposal-list">
            {list.data.items.map((proposal) => (
              <ProposalCard key={proposal.id} proposal={proposal} perspective="this" level={3} />
            ))}
          </div>
        )}
      </div>
    </NamedSection>
  );
}

/**
 * On a published opportunity's page, for everyone: what answers it or who may need it (wording by its
 * type), and similar opportunities of the same kind.
 */
export function OpportunityMatchSections({ opportunity }: { opportunity: Opportunity }) {
  const { t } = useTranslation(['matching', 'exchange']);
  if (opportunity.state !== 'published') return null;
  return (
    <>
      <ProposalsSection
        kind="candidates"
        opportunity={opportunity}
        title={t(`matching.candidates.title.${opportunity.type}`)}
        empty={t('matching.candidates.empty')}
      />
      <ProposalsSection
        kind="similar"
        opportunity={opportunity}
        title={t('matching.candidates.similarTitle')}
        empty={t('matching.candidates.similarEmpty')}
      />
    </>
  );
}
