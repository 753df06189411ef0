import type { Opportunity, SearchMatch } from '@innobridge/contracts';
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { Card, Col, Empty, Grid, Row, Select } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/auth.js';
import { useFormat } from '../../shared/format.js';
import { LoadMore } from '../../shared/load-more.js';
import { LocalizedTextView } from '../../shared/localized-text.js';
import { Page } from '../../shared/page.js';
import { ProblemAlert } from '../../shared/problem.js';
import { SearchBox } from '../../shared/search-box.js';
import { SaveSearchButton } from '../alerts/index.js';
import { jurisdictionLabel } from '../organizations/index.js';
import { exchangeApi, exchangeKeys, type OpportunityFilters, SORTS, type Sort } from './exchange.api.js';
import { Facets, FacetsDrawer, type UpdateFilters } from './exchange-facets.js';
import { highlight, highlightPattern } from './highlight.js';
import { TypeTag } from './opportunity-parts.js';
import { DidYouMean, MatchReasons } from './search-reasons.js';
import './exchange.css';

function SearchBar({ filters, update }: { filters: OpportunityFilters; update: UpdateFilters }) {
  const { t } = useTranslation();
  return (
    <search className="exchange-search">
      <SearchBox
        value={filters.q}
        label={t('exchange.search.search')}
        placeholder={t('exchange.search.searchPlaceholder')}
        onSearch={(q) => update({ q })}
      />
      <Select<Sort>
        className="filter-select"
        aria-label={t('exchange.search.sort')}
        value={filters.sort ?? 'relevance'}
        onChange={(sort) => update({ sort: sort === 'relevance' ? undefined : sort })}
        options={SORTS.map((sort) => ({ value: sort, label: t(`exchange.search.sortBy.${sort}`) }))}
      />
    </search>
  );
}

function ResultCard({
  opportunity,
  pattern,
  matches,
}: {
  opportunity: Opportunity;
  pattern: RegExp | null;
  matches: SearchMatch[] | undefined;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const marked = (text: string) => highlight(text, pattern);
  return (
    <Card className="opportunity-card">
      <h2 className="opportunity-card-title">
        <Link to="/opportunities/$opportunityId" params={{ opportunityId: opportunity.id }}>
          <LocalizedTextView text={opportunity.title} render={marked} />
        </Link>
      </h2>
      <p className="status-line">
        <TypeTag type={opportunity.type} />
        <LocalizedTextView text={opportunity.organizationName} />
        <span className="muted">{jurisdictionLabel(t, opportunity.organizationJurisdiction)}</span>
      </p>
      <p className="opportunity-card-summary">
        <LocalizedTextView text={opportunity.summary} render={marked} empty="" />
      </p>
      <MatchReasons matches={matches} />
      <p className="muted opportunity-card-dates">
        {opportunity.deadline
          ? t('exchange.search.publishedWithDeadline', {
              date: format.date(opportunity.publishedAt),
              deadline: format.day(opportunity.deadline),
            })
          : t('exchange.search.publishedAt', { date: format.date(opportunity.publishedAt) })}
      </p>
    </Card>
  );
}

export function ExchangePage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { me } = useMe();
  const filters = useSearch({ from: '/exchange' });
  const navigate = useNavigate({ from: '/exchange' });
  const update: UpdateFilters = (patch) =>
    navigate({ search: (previous) => ({ ...previous, ...patch }), replace: true });
  const results = useInfiniteQuery({
    queryKey: exchangeKeys.search(filters),
    queryFn: ({ pageParam }) => exchangeApi.search(filters, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
  const first = results.data?.pages[0];
  const terms = first?.terms;
  const pattern = useMemo(() => highlightPattern(terms ?? []), [terms]);
  const opportunities = results.data?.pages.flatMap((page) => page.items) ?? [];
  const matches = useMemo(
    () =>
      Object.assign({}, ...(results.data?.pages.map((page) => page.matches) ?? [])) as Record<string, SearchMatch[]>,
    [results.data],
  );
  // Below Ant Design's lg breakpoint the facets go into a drawer (see FacetsDrawer).
  const phone = Grid.useBreakpoint().lg === false;

  return (
    <Page
      title={t('exchange.search.title')}
      width="wide"
      actions={
        me && (
          <>
            <SaveSearchButton query={{ ...filters, sort: filters.sort ?? 'relevance' }} />
            {me.memberships.length > 0 && (
              <Link to="/opportunities/new" className="button-link">
                {t('exchange.search.newOpportunity')}
              </Link>
            )}
          </>
        )
      }
    >
      <p className="section-intro">{t('exchange.search.intro')}</p>
      <SearchBar filters={filters} update={update} />
      <ProblemAlert error={results.error} />
      <Row gutter={[24, 16]}>
        {!phone && (
          <Col xs={24} lg={7} xl={6}>
            {first && <Facets page={first} filters={filters} update={update} />}
          </Col>
        )}
        <Col xs={24} lg={17} xl={18}>
          {phone && first && <FacetsDrawer page={first} filters={filters} update={update} />}
          <p className="results-total" aria-live="polite">
            {first &&
              t(first.estimated ? 'exchange.search.foundAbout' : 'exchange.search.found', {
                n: format.number(first.total),
              })}
          </p>
          <DidYouMean suggestion={first?.suggestion} />
          {(first?.estimated || !!first?.estimatedFacets.length) && (
            <p className="muted results-estimated">{t('exchange.search.estimated')}</p>
          )}
          {results.isSuccess && opportunities.length === 0 ? (
            <Empty description={t('exchange.search.empty')} />
          ) : (
            <ol
              className={
                results.isFetching && !results.isFetchingNextPage ? 'result-list is-refreshing' : 'result-list'
              }
            >
              {opportunities.map((opportunity) => (
                <li key={opportunity.id}>
                  <ResultCard opportunity={opportunity} pattern={pattern} matches={matches[opportunity.id]} />
                </li>
              ))}
            </ol>
          )}
          <LoadMore pages={results} />
        </Col>
      </Row>
    </Page>
  );
}
