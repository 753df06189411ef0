import { INTEREST_STATES, type InterestState } from '@innobridge/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useNavigate, useParams, useSearch } from '@tanstack/react-router';
import { Empty, Select, Spin, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../shared/problem.js';
import { exchangeApi, exchangeKeys, type InterestBox } from './exchange.api.js';
import { interestStateLabel } from './exchange-labels.js';
import { InterestCard } from './interest-card.js';
import { OrganizationExchangePage } from './organization-scope.js';

const BOXES: InterestBox[] = ['received', 'sent'];

function InterestList({
  organizationId,
  box,
  state,
}: {
  organizationId: string;
  box: InterestBox;
  state?: InterestState;
}) {
  const { t } = useTranslation();
  const interests = useQuery({
    queryKey: exchangeKeys.organizationInterests(organizationId, box, state),
    queryFn: () => exchangeApi.interestsOf(organizationId, box, state),
    placeholderData: keepPreviousData,
  });
  if (interests.isPending) return <Spin className="page-spinner" />;
  if (interests.isError) return <ProblemAlert error={interests.error} />;
  if (interests.data.items.length === 0) {
    return (
      <Empty
        description={box === 'received' ? t('exchange.interests.emptyReceived') : t('exchange.interests.emptySent')}
      />
    );
  }
  return (
    <div className={interests.isFetching ? 'card-stack is-refreshing' : 'card-stack'}>
      {interests.data.items.map((interest) => (
        <InterestCard key={interest.id} interest={interest} level={2} withDetailsLink />
      ))}
    </div>
  );
}

/** The organisation's inbox (interests in its opportunities) and outbox (its interest in others'). */
export function InterestsPage() {
  const { t } = useTranslation();
  const { organizationId } = useParams({ from: '/_signedIn/organizations/$organizationId/interests' });
  const { box = 'received', state } = useSearch({ from: '/_signedIn/organizations/$organizationId/interests' });
  const navigate = useNavigate({ from: '/organizations/$organizationId/interests' });
  const update = (patch: { box?: InterestBox; state?: InterestState }) =>
    navigate({ search: (previous) => ({ ...previous, ...patch }), replace: true });

  return (
    <OrganizationExchangePage
      organizationId={organizationId}
      title={(name) => (name ? t('exchange.interests.title', { name }) : t('exchange.interests.titleGeneric'))}
    >
      <p className="section-intro">{t('exchange.interests.intro')}</p>
      {/* Outside the tab bar: a tab list may hold tabs only. */}
      <div className="filters">
        <Select<InterestState>
          allowClear
          className="filter-select"
          placeholder={t('exchange.interests.anyState')}
          aria-label={t('exchange.interests.stateFilter')}
          value={state}
          onChange={(value) => update({ state: value })}
          options={INTEREST_STATES.map((value) => ({ value, label: interestStateLabel(t, value) }))}
        />
      </div>
      <Tabs
        activeKey={box}
        onChange={(key) => update({ box: key as InterestBox })}
        items={BOXES.map((key) => ({
          key,
          label: t(`exchange.interests.${key}`),
          children: <InterestList organizationId={organizationId} box={key} state={state} />,
        }))}
      />
    </OrganizationExchangePage>
  );
}
