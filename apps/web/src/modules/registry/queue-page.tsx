import {
  APPLICATION_STATES,
  APPLIED_STATUSES,
  OPERATOR_JURISDICTIONS,
  ORGANIZATION_TYPES,
  type QueueView,
  type StatusApplication,
  WAITING_STATES,
} from '@innobridge/contracts';
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { Badge, Checkbox, Result, Select, Table, Tabs, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { isPlatformAdmin, isStaff, useMe } from '../../app/auth.js';
import { useFormat } from '../../shared/format.js';
import { LoadMore } from '../../shared/load-more.js';
import { LocalizedTextView } from '../../shared/localized-text.js';
import { Page } from '../../shared/page.js';
import { ProblemAlert } from '../../shared/problem.js';
import { jurisdictionLabel, organizationTypeLabel, statusLabel, usePlaceName } from '../organizations/index.js';
import { DeadlineView, StateTag, StatusTag } from './application-parts.js';
import { type QueueFilters, registryApi, registryKeys } from './registry.api.js';
import { applicationStateLabel, reviewerLabel } from './registry-labels.js';
import './registry.css';

/** Drafts belong to the applicant until they are submitted: the queue never shows them. */
const QUEUE_STATES = APPLICATION_STATES.filter((state) => state !== 'draft');
/** The queue opens on what waits for an operator; decided applications are a tab away. */
const DEFAULT_VIEW: QueueView = 'waiting';

function CountBadge({ count }: { count: number }) {
  return <Badge count={count} showZero overflowCount={999} color="#595959" className="count-badge" />;
}

function QueueFiltersBar({ filters }: { filters: QueueFilters }) {
  const { t } = useTranslation();
  const { me } = useMe();
  const navigate = useNavigate({ from: '/operator/applications' });
  const update = (patch: Partial<QueueFilters>) =>
    navigate({ search: (previous) => ({ ...previous, ...patch }), replace: true });
  return (
    <fieldset className="filters">
      <legend className="visually-hidden">{t('queue.filters')}</legend>
      <Select
        allowClear
        className="filter-select"
        placeholder={t('queue.anyStatus')}
        aria-label={t('application.requestedStatus')}
        value={filters.requestedStatus}
        onChange={(requestedStatus) => update({ requestedStatus })}
        options={APPLIED_STATUSES.map((status) => ({ value: status, label: statusLabel(t, status) }))}
      />
      <Select
        allowClear
        className="filter-select filter-select-wide"
        placeholder={t('queue.anyType')}
        aria-label={t('field.organizationType')}
        value={filters.type}
        onChange={(type) => update({ type })}
        options={ORGANIZATION_TYPES.map((type) => ({ value: type, label: organizationTypeLabel(t, type) }))}
      />
      {isPlatformAdmin(me) && (
        <Select
          allowClear
          className="filter-select"
          placeholder={t('queue.anyReviewer')}
          aria-label={t('application.reviewer')}
          value={filters.jurisdiction}
          onChange={(jurisdiction) => update({ jurisdiction })}
          options={OPERATOR_JURISDICTIONS.map((jurisdiction) => ({
            value: jurisdiction,
            label: reviewerLabel(t, jurisdiction),
          }))}
        />
      )}
      <Checkbox
        checked={!!filters.overdue}
        onChange={(event) => update({ overdue: event.target.checked || undefined })}
      >
        {t('queue.overdueOnly')}
      </Checkbox>
      <Checkbox
        checked={!!filters.assignedToMe}
        onChange={(event) => update({ assignedToMe: event.target.checked || undefined })}
      >
        {t('queue.assignedToMe')}
      </Checkbox>
    </fieldset>
  );
}

function QueueTable({ items, loading }: { items: StatusApplication[]; loading: boolean }) {
  const { t } = useTranslation();
  const placeName = usePlaceName();
  const format = useFormat();
  return (
    <Table<StatusApplication>
      rowKey="id"
      size="small"
      loading={loading}
      dataSource={items}
      pagination={false}
      // Wider than its page in Russian on a laptop: the table scrolls inside itself, the organisation stays.
      scroll={{ x: true }}
      locale={{ emptyText: t('queue.empty') }}
      rowClassName={(application) => (application.overdue ? 'row-overdue' : '')}
      columns={[
        {
          title: t('application.organization'),
          key: 'organization',
          fixed: 'left',
          className: 'table-key-column',
          // The organisation's type and place are secondary: a line under its name, not columns of their own.
          render: (_, application) => (
            <>
              <Link to="/applications/$applicationId" params={{ applicationId: application.id }}>
                <LocalizedTextView text={application.organizationName} />
              </Link>
              <div className="muted queue-organization-facts">
                {organizationTypeLabel(t, application.organizationType)}
              </div>
              <div className="muted queue-organization-facts">
                {t('queue.place', {
                  city: placeName(application.organizationPlace, application.organizationCity),
                  jurisdiction: jurisdictionLabel(t, application.organizationJurisdiction),
                })}
              </div>
              {application.ownOrganization && (
                <div>
                  <Tag color="warning" title={t('operatorActions.ownOrganization')}>
                    {t('queue.ownOrganization')}
                  </Tag>
                </div>
              )}
            </>
          ),
        },
        {
          title: t('application.requestedStatus'),
          key: 'status',
          render: (_, application) => <StatusTag status={application.requestedStatus} />,
        },
        {
          title: t('application.state'),
          key: 'state',
          render: (_, application) => <StateTag state={application.state} />,
        },
        { title: t('application.submittedAt'), dataIndex: 'submittedAt', render: format.date },
        {
          title: t('application.deadline'),
          key: 'deadline',
          render: (_, application) => <DeadlineView application={application} compact />,
        },
        {
          title: t('application.reviewer'),
          key: 'reviewer',
          render: (_, application) => t(`registry.reviewerShort.${application.reviewerJurisdiction}`),
        },
        {
          title: t('application.assignedOperator'),
          key: 'operator',
          render: (_, application) =>
            application.assignedOperatorName ?? <span className="muted">{t('application.notAssigned')}</span>,
        },
      ]}
    />
  );
}

export function QueuePage() {
  const { t } = useTranslation(['app', 'errors']);
  const { me } = useMe();
  const filters = useSearch({ from: '/_signedIn/operator/applications' });
  const navigate = useNavigate({ from: '/operator/applications' });
  const queue = useInfiniteQuery({
    queryKey: registryKeys.queue(filters),
    queryFn: ({ pageParam }) => registryApi.queue(filters, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    enabled: isStaff(me),
    placeholderData: keepPreviousData,
  });

  if (!isStaff(me)) {
    return (
      <Page title={t('queue.title')}>
        <Result status="403" subTitle={t('errors:operator_required')} />
      </Page>
    );
  }

  // The counts are the same on every page; the first page's are as fresh as any.
  const counts = queue.data?.pages[0]?.counts;
  const countOf = (states: readonly string[]) => states.reduce((sum, state) => sum + (counts?.byState[state] ?? 0), 0);
  const tab = (key: string, label: string, count: number) => ({
    key,
    label: (
      <span className="tab-with-count">
        {label}
        <CountBadge count={count} />
      </span>
    ),
  });

  return (
    <Page title={t('queue.title')} width="wide">
      <p className="section-intro">{t('queue.intro')}</p>
      <p className="queue-overdue" aria-live="polite">
        {(counts?.overdue ?? 0) > 0 ? (
          <Tag color="error">{t('queue.overdueCount', { n: counts?.overdue ?? 0 })}</Tag>
        ) : (
          <span className="muted">{t('queue.overdueCount', { n: 0 })}</span>
        )}
      </p>
      <QueueFiltersBar filters={filters} />
      <Tabs
        activeKey={filters.state ?? DEFAULT_VIEW}
        onChange={(key) =>
          navigate({
            search: (previous) => ({ ...previous, state: key === DEFAULT_VIEW ? undefined : (key as QueueView) }),
            replace: true,
          })
        }
        items={[
          tab(DEFAULT_VIEW, t('queue.waiting'), countOf(WAITING_STATES)),
          ...QUEUE_STATES.map((state) => tab(state, applicationStateLabel(t, state), counts?.byState[state] ?? 0)),
          tab('all', t('queue.all'), countOf(QUEUE_STATES)),
        ]}
      />
      <ProblemAlert error={queue.error} />
      <QueueTable
        items={queue.data?.pages.flatMap((page) => page.items) ?? []}
        loading={queue.isPending || (queue.isFetching && !queue.isFetchingNextPage)}
      />
      <LoadMore pages={queue} />
    </Page>
  );
}
