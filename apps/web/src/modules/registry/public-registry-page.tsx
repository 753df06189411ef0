import {
  APPLIED_STATUSES,
  type AppliedStatus,
  JURISDICTIONS,
  type Jurisdiction,
  ORGANIZATION_TYPES,
  type Organization,
} from '@innobridge/contracts';
import { keepPreviousData, useInfiniteQuery, useMutation } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { App, Button, Card, Col, Empty, Row, Select, Space, TreeSelect } from 'antd';
import { Trans, useTranslation } from 'react-i18next';
import { isApiError } from '../../shared/api-client.js';
import { useFormat } from '../../shared/format.js';
import { LoadMore } from '../../shared/load-more.js';
import { LocalizedTextView } from '../../shared/localized-text.js';
import { Page } from '../../shared/page.js';
import { ProblemAlert } from '../../shared/problem.js';
import { SearchBox } from '../../shared/search-box.js';
import { type AreaNode, AreaTags, matchesArea, useAreaTree } from '../exchange/index.js';
import {
  jurisdictionLabel,
  organizationTypeLabel,
  PlaceSelect,
  statusLabel,
  usePlaceName,
} from '../organizations/index.js';
import { StatusTag } from './application-parts.js';
import { type RegistryFilters, type RegistryPage, registryApi, registryKeys } from './registry.api.js';
import './registry.css';

type Update = (patch: Partial<RegistryFilters>) => void;

function SearchAndFilters({ filters, update }: { filters: RegistryFilters; update: Update }) {
  const { t } = useTranslation();
  return (
    <search className="registry-search">
      <SearchBox
        value={filters.q}
        label={t('publicRegistry.search')}
        placeholder={t('publicRegistry.searchPlaceholder')}
        onSearch={(q) => update({ q })}
      />
      <fieldset className="filters">
        <legend className="visually-hidden">{t('publicRegistry.filters')}</legend>
        <Select<Jurisdiction>
          allowClear
          className="filter-select"
          placeholder={t('publicRegistry.anyJurisdiction')}
          aria-label={t('field.jurisdiction')}
          value={filters.jurisdiction}
          onChange={(jurisdiction) => update({ jurisdiction })}
          options={JURISDICTIONS.map((value) => ({ value, label: jurisdictionLabel(t, value) }))}
        />
        <Select
          allowClear
          className="filter-select filter-select-wide"
          placeholder={t('publicRegistry.anyType')}
          aria-label={t('field.organizationType')}
          value={filters.type}
          onChange={(type) => update({ type })}
          options={ORGANIZATION_TYPES.map((value) => ({ value, label: organizationTypeLabel(t, value) }))}
        />
        <Select<AppliedStatus>
          allowClear
          className="filter-select"
          placeholder={t('publicRegistry.anyStatus')}
          aria-label={t('field.status')}
          value={filters.status}
          onChange={(status) => update({ status })}
          options={APPLIED_STATUSES.map((value) => ({ value, label: statusLabel(t, value) }))}
        />
        <PlaceSelect
          allowClear
          className="filter-select filter-select-wide"
          placeholder={t('publicRegistry.anyCity')}
          aria-label={t('field.city')}
          value={filters.city}
          onChange={(city) => update({ city })}
        />
        <AreaFilter value={filters.area} onChange={(area) => update({ area })} />
      </fieldset>
    </search>
  );
}

/** One technology area (its sub-areas included), found by any label or synonym in any language. */
function AreaFilter({ value, onChange }: { value?: string; onChange: (area: string | undefined) => void }) {
  const { t } = useTranslation();
  const { tree, isPending } = useAreaTree();
  return (
    <TreeSelect
      allowClear
      className="filter-select filter-select-wide"
      placeholder={t('publicRegistry.anyArea')}
      aria-label={t('publicRegistry.area')}
      value={value}
      onChange={(area?: string) => onChange(area)}
      showSearch={{ filterTreeNode: (input, node) => matchesArea(input, node as AreaNode) }}
      treeData={tree}
      loading={isPending}
    />
  );
}

/** The counts of the current search, each one a shortcut to narrow it down. */
function Counts({ page, filters, update }: { page: RegistryPage; filters: RegistryFilters; update: Update }) {
  const { t } = useTranslation();
  const format = useFormat();
  const chip = (key: string, label: string, count: number, pressed: boolean, onClick: () => void) => (
    <Button key={key} size="small" aria-pressed={pressed} type={pressed ? 'primary' : 'default'} onClick={onClick}>
      {t('publicRegistry.countChip', { label, n: format.number(count) })}
    </Button>
  );
  return (
    <div className="registry-counts">
      <div className="count-group">
        <span className="count-group-title">{t('publicRegistry.byStatus')}</span>
        <Space size={6} wrap>
          {APPLIED_STATUSES.map((status) =>
            chip(status, statusLabel(t, status), page.counts.byStatus[status] ?? 0, filters.status === status, () =>
              update({ status: filters.status === status ? undefined : status }),
            ),
          )}
        </Space>
      </div>
      <div className="count-group">
        <span className="count-group-title">{t('publicRegistry.byJurisdiction')}</span>
        <Space size={6} wrap>
          {JURISDICTIONS.map((jurisdiction) =>
            chip(
              jurisdiction,
              jurisdictionLabel(t, jurisdiction),
              page.counts.byJurisdiction[jurisdiction] ?? 0,
              filters.jurisdiction === jurisdiction,
              () => update({ jurisdiction: filters.jurisdiction === jurisdiction ? undefined : jurisdiction }),
            ),
          )}
        </Space>
      </div>
    </div>
  );
}

function ExportButtons({ filters }: { filters: RegistryFilters }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const download = useMutation({
    mutationFn: (format: 'csv' | 'json') => registryApi.exportRegistry(filters, format),
    onError: (error) => message.error(isApiError(error) ? error.detail : t('problem.unexpected', { status: 0 })),
  });
  return (
    <Space wrap>
      <Button
        onClick={() => download.mutate('csv')}
        loading={download.isPending && download.variables === 'csv'}
        aria-label={t('publicRegistry.exportCsvLabel')}
      >
        {t('publicRegistry.exportCsv')}
      </Button>
      <Button
        onClick={() => download.mutate('json')}
        loading={download.isPending && download.variables === 'json'}
        aria-label={t('publicRegistry.exportJsonLabel')}
      >
        {t('publicRegistry.exportJson')}
      </Button>
    </Space>
  );
}

function OrganizationCard({ organization }: { organization: Organization }) {
  const { t } = useTranslation();
  const format = useFormat();
  const placeName = usePlaceName();
  return (
    <Card className="registry-card">
      <h2 className="registry-card-title">
        <Link to="/organizations/$organizationId" params={{ organizationId: organization.id }}>
          <LocalizedTextView text={organization.name} />
        </Link>
      </h2>
      <p className="status-line">
        <StatusTag status={organization.status} />
        {organization.statusSince && (
          <span className="muted">
            {t('organization.statusSince', { date: format.date(organization.statusSince) })}
          </span>
        )}
      </p>
      <p className="registry-card-facts">
        <Trans
          t={t}
          i18nKey="publicRegistry.cardFacts"
          values={{
            type: organizationTypeLabel(t, organization.type),
            jurisdiction: jurisdictionLabel(t, organization.jurisdiction),
            city: placeName(organization.place, organization.city),
          }}
          // A place named in the reader's language; a city the organisation typed ("other") as typed.
          components={{ city: <span data-user-content /> }}
        />
      </p>
      {organization.areas.length > 0 && <AreaTags areas={organization.areas} />}
      {Object.keys(organization.shortDescription).length > 0 && (
        <p className="registry-card-text">
          <LocalizedTextView text={organization.shortDescription} empty="" />
        </p>
      )}
    </Card>
  );
}

export function PublicRegistryPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const filters = useSearch({ from: '/registry' });
  const navigate = useNavigate({ from: '/registry' });
  const update: Update = (patch) => navigate({ search: (previous) => ({ ...previous, ...patch }), replace: true });
  const results = useInfiniteQuery({
    queryKey: registryKeys.publicRegistry(filters),
    queryFn: ({ pageParam }) => registryApi.publicRegistry(filters, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
  const first = results.data?.pages[0];
  const organizations = results.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <Page title={t('publicRegistry.title')} width="wide">
      <p className="section-intro">{t('publicRegistry.intro')}</p>
      <SearchAndFilters filters={filters} update={update} />
      <ProblemAlert error={results.error} />
      {first && (
        <>
          <Counts page={first} filters={filters} update={update} />
          <div className="results-bar">
            <p className="results-total" aria-live="polite">
              {t('publicRegistry.found', { n: format.number(first.total) })}
            </p>
            <ExportButtons filters={filters} />
          </div>
        </>
      )}
      {results.isSuccess && organizations.length === 0 ? (
        <Empty description={t('publicRegistry.empty')} />
      ) : (
        <Row gutter={[16, 16]} className={results.isFetching && !results.isFetchingNextPage ? 'is-refreshing' : ''}>
          {organizations.map((organization) => (
            <Col key={organization.id} xs={24} md={12} xl={8}>
              <OrganizationCard organization={organization} />
            </Col>
          ))}
        </Row>
      )}
      <LoadMore pages={results} />
    </Page>
  );
}
