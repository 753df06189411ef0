import { FilterOutlined } from '@ant-design/icons';
import { COOPERATION_FORMS, JURISDICTIONS, OPPORTUNITY_TYPES } from '@innobridge/contracts';
import { Button, Drawer } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../shared/format.js';
import { jurisdictionLabel } from '../organizations/index.js';
import { FACETS, type Facet, type OpportunityFilters, type SearchPage } from './exchange.api.js';
import { cooperationFormLabel, opportunityTypeLabel } from './exchange-labels.js';
import { useAreaLabel } from './taxonomy.js';
import './exchange.css';

export type UpdateFilters = (patch: Partial<OpportunityFilters>) => void;

/** How many areas are listed before "show all": the taxonomy has over a hundred. */
const AREAS_SHOWN = 8;

/** The fixed order of a facet's values, where it has one; the others go by count. */
const ORDER: Partial<Record<Facet, readonly string[]>> = {
  type: OPPORTUNITY_TYPES,
  jurisdiction: JURISDICTIONS,
  cooperationForm: COOPERATION_FORMS,
};

function useValueLabel() {
  const { t } = useTranslation();
  const areaLabel = useAreaLabel();
  return (facet: Facet, value: string): string => {
    switch (facet) {
      case 'type':
        return opportunityTypeLabel(t, value as (typeof OPPORTUNITY_TYPES)[number]);
      case 'jurisdiction':
        return jurisdictionLabel(t, value as (typeof JURISDICTIONS)[number]);
      case 'cooperationForm':
        return cooperationFormLabel(t, value as (typeof COOPERATION_FORMS)[number]);
      case 'trl':
        return t('exchange.trlShort', { level: value });
      case 'area':
        return areaLabel(value);
    }
  };
}

/** A filter's value as the address keeps it: TRL is a number, the others are codes. */
const filterValue = (facet: Facet, value: string) => (facet === 'trl' ? Number(value) : value);

function sortedValues(facet: Facet, counts: Record<string, number>, selected: string | undefined): string[] {
  const values = Object.keys(counts).filter((value) => (counts[value] ?? 0) > 0 || value === selected);
  if (selected !== undefined && !values.includes(selected)) values.push(selected);
  const order = ORDER[facet];
  if (order) return values.sort((a, b) => order.indexOf(a) - order.indexOf(b));
  if (facet === 'trl') return values.sort((a, b) => Number(a) - Number(b));
  return values.sort((a, b) => (counts[b] ?? 0) - (counts[a] ?? 0) || a.localeCompare(b));
}

type FacetsProps = { page: SearchPage; filters: OpportunityFilters; update: UpdateFilters };

/** The counts of the current search by type, country, area, TRL and cooperation form; a click filters. */
export function Facets({ page, filters, update }: FacetsProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const valueLabel = useValueLabel();
  const [allAreas, setAllAreas] = useState(false);
  const active = FACETS.filter((facet) => filters[facet] !== undefined);

  return (
    <section className="facets" aria-labelledby="facets-title">
      <div className="facets-heading">
        <h2 id="facets-title">{t('exchange.search.filters')}</h2>
        {active.length > 0 && (
          <Button
            type="link"
            size="small"
            onClick={() => update(Object.fromEntries(active.map((facet) => [facet, undefined])))}
          >
            {t('exchange.search.clearFilters')}
          </Button>
        )}
      </div>
      {FACETS.map((facet) => {
        const counts = page.facets[facet] ?? {};
        const selected = filters[facet] === undefined ? undefined : String(filters[facet]);
        const values = sortedValues(facet, counts, selected);
        if (values.length === 0) return null;
        const shown = facet === 'area' && !allAreas ? values.slice(0, AREAS_SHOWN) : values;
        return (
          <div key={facet} className="facet-group">
            <h3 className="facet-title">{t(`exchange.search.facet.${facet}`)}</h3>
            <ul className="facet-list">
              {shown.map((value) => {
                const pressed = value === selected;
                return (
                  <li key={value}>
                    <button
                      type="button"
                      className="facet-value"
                      aria-pressed={pressed}
                      onClick={() => update({ [facet]: pressed ? undefined : filterValue(facet, value) })}
                    >
                      <span className="facet-label">{valueLabel(facet, value)}</span>
                      <span className="facet-count">
                        {page.estimatedFacets.includes(facet)
                          ? t('exchange.search.aboutCount', { n: format.number(counts[value] ?? 0) })
                          : format.number(counts[value] ?? 0)}
                      </span>
                    </button>
                  </li>
                );
              })}
            </ul>
            {facet === 'area' && values.length > AREAS_SHOWN && (
              <Button type="link" size="small" onClick={() => setAllAreas(!allAreas)} aria-expanded={allAreas}>
                {allAreas ? t('exchange.search.fewerAreas') : t('exchange.search.allAreas', { n: values.length })}
              </Button>
            )}
          </div>
        );
      })}
    </section>
  );
}

/**
 * On a phone the facets wait in a drawer behind a "Filters (n)" button, so that the results start
 * right under the search box; n counts the filters in force.
 */
export function FacetsDrawer({ page, filters, update }: FacetsProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [open, setOpen] = useState(false);
  const active = FACETS.filter((facet) => filters[facet] !== undefined).length;
  return (
    <>
      <Button className="filters-button" icon={<FilterOutlined aria-hidden />} onClick={() => setOpen(true)}>
        {active > 0 ? t('exchange.search.filtersButton', { n: active }) : t('exchange.search.filtersButtonNone')}
      </Button>
      <Drawer
        open={open}
        onClose={() => setOpen(false)}
        placement="bottom"
        size="85%"
        title={t('exchange.search.filters')}
        rootClassName="facets-drawer"
        footer={
          <Button type="primary" block onClick={() => setOpen(false)}>
            {t('exchange.search.showResults', { n: format.number(page.total) })}
          </Button>
        }
      >
        <Facets page={page} filters={filters} update={update} />
      </Drawer>
    </>
  );
}
