import { COST_KINDS, JURISDICTIONS, LOCALES, SERVICE_CATEGORIES } from '@innobridge/contracts';
import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { Card, Checkbox, Col, Empty, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/auth.js';
import { LoadMore } from '../../shared/load-more.js';
import { LocalizedTextView } from '../../shared/localized-text.js';
import { Page } from '../../shared/page.js';
import { ProblemAlert } from '../../shared/problem.js';
import { SearchBox } from '../../shared/search-box.js';
import { ProviderName, ServiceFacts } from './service-parts.js';
import { type CatalogueFilters, type ServiceCardView, servicesApi, servicesKeys } from './services.api.js';
import './services.css';

type Update = (patch: Partial<CatalogueFilters>) => void;

function Filters({ filters, update }: { filters: CatalogueFilters; update: Update }) {
  const { t } = useTranslation('services');
  const { me } = useMe();
  const providers = useQuery({ queryKey: servicesKeys.providers, queryFn: servicesApi.providers });
  const memberships = me?.memberships ?? [];
  return (
    <search className="services-search">
      <SearchBox
        value={filters.q}
        label={t('services.search')}
        placeholder={t('services.search')}
        onSearch={(q) => update({ q })}
      />
      <fieldset className="filters">
        <legend className="visually-hidden">{t('services.filters')}</legend>
        <Select
          allowClear
          className="filter-select filter-select-wide"
          placeholder={t('services.anyCategory')}
          aria-label={t('services.category')}
          value={filters.category}
          onChange={(category?: string) => update({ category })}
          options={SERVICE_CATEGORIES.map((value) => ({ value, label: t(`labels.category.${value}`) }))}
        />
        <Select
          allowClear
          className="filter-select filter-select-wide"
          placeholder={t('services.anyProvider')}
          aria-label={t('services.provider')}
          value={filters.provider}
          onChange={(provider?: string) => update({ provider })}
          options={(providers.data?.items ?? [])
            .filter((p) => p.state === 'approved')
            .map((p) => ({ value: p.id, label: <ProviderName provider={p} /> }))}
        />
        <Select
          allowClear
          className="filter-select"
          placeholder={t('services.anyJurisdiction')}
          aria-label={t('services.jurisdiction')}
          value={filters.jurisdiction}
          onChange={(jurisdiction?: CatalogueFilters['jurisdiction']) => update({ jurisdiction })}
          options={JURISDICTIONS.map((value) => ({ value, label: t(`labels.jurisdiction.${value}`) }))}
        />
        <Select
          allowClear
          className="filter-select"
          placeholder={t('services.anyLanguage')}
          aria-label={t('services.language')}
          value={filters.language}
          onChange={(language?: CatalogueFilters['language']) => update({ language })}
          options={LOCALES.map((value) => ({ value, label: t(`labels.language.${value}`) }))}
        />
        <Select
          allowClear
          className="filter-select"
          placeholder={t('services.anyCost')}
          aria-label={t('services.cost')}
          value={filters.cost}
          onChange={(cost?: CatalogueFilters['cost']) => update({ cost })}
          options={COST_KINDS.map((value) => ({ value, label: t(`labels.costKind.${value}`) }))}
        />
      </fieldset>
      {memberships.length > 0 && (
        <fieldset className="filters services-for">
          <legend>{t('services.forOrganization')}</legend>
          <Select
            allowClear
            className="filter-select filter-select-wide"
            placeholder={t('services.noOrganization')}
            aria-label={t('services.forOrganizationHint')}
            value={filters.organization}
            onChange={(organization?: string) =>
              update({ organization, eligible: organization ? filters.eligible : undefined })
            }
            options={memberships.map((m) => ({
              value: m.organizationId,
              label: <LocalizedTextView text={m.organizationName} />,
            }))}
          />
          <Checkbox
            disabled={!filters.organization}
            checked={filters.eligible === '1'}
            onChange={(e) => update({ eligible: e.target.checked ? '1' : undefined })}
          >
            {t('services.onlyEligible')}
          </Checkbox>
        </fieldset>
      )}
    </search>
  );
}

/** Whether the chosen organisation may apply, with the reason of each rule it does not meet. */
function EligibilityNote({ eligibility }: { eligibility: NonNullable<ServiceCardView['eligibility']> }) {
  const { t } = useTranslation('services');
  const unmet = eligibility.rules.filter((r) => !r.met);
  return (
    <div className={`service-eligibility ${eligibility.eligible ? 'is-eligible' : 'is-not-eligible'}`}>
      <strong>{eligibility.eligible ? t('services.eligible') : t('services.notEligible')}</strong>
      {unmet.length > 0 && (
        <ul aria-label={t('services.why')}>
          {unmet.map((r) => (
            <li key={r.kind}>{r.explanation}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

function ServiceCardItem({ service }: { service: ServiceCardView }) {
  return (
    <Card className="service-card">
      <h2 className="service-card-title">
        <Link to="/services/$serviceId" params={{ serviceId: service.id }}>
          <LocalizedTextView text={service.title} />
        </Link>
      </h2>
      <ServiceFacts service={service} />
      {service.eligibility && <EligibilityNote eligibility={service.eligibility} />}
    </Card>
  );
}

export function CataloguePage() {
  const { t } = useTranslation('services');
  const filters = useSearch({ from: '/services' });
  const navigate = useNavigate({ from: '/services' });
  const update: Update = (patch) => navigate({ search: (previous) => ({ ...previous, ...patch }), replace: true });
  const results = useInfiniteQuery({
    queryKey: servicesKeys.catalogue(filters),
    queryFn: ({ pageParam }) => servicesApi.catalogue(filters, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
  const services = results.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <Page title={t('services.title')} width="wide">
      <p className="section-intro">{t('services.intro')}</p>
      <Filters filters={filters} update={update} />
      <ProblemAlert error={results.error} />
      {results.isSuccess && services.length === 0 ? (
        <Empty description={t('services.empty')} />
      ) : (
        <Row gutter={[16, 16]}>
          {services.map((service) => (
            <Col key={service.id} xs={24} md={12} xl={8}>
              <ServiceCardItem service={service} />
            </Col>
          ))}
        </Row>
      )}
      <LoadMore pages={results} />
    </Page>
  );
}
