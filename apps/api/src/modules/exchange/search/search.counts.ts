import type { DbOrTx } from '../../../db/client.js';
import { type CountRow, counts, keptCounts, sampleAtMost } from './search.counts.repository.js';
import {
  type Counting,
  type CountingOptions,
  countings,
  exactNeededUpTo,
  FACET_NAMES,
  type Facet,
  roughly,
  type SearchFilter,
  sampleSuffices,
  scaleOf,
} from './search.policy.js';

type Counts = { key: string | number | null; n: number }[];

/**
 * The total and each facet value's count; `estimated` when the total was estimated (and rounded),
 * `estimatedFacets` the facets whose counts were. A facet with a filter of its own is counted over
 * its own matches, which may be many where the total's are few.
 */
export type FacetCounts = {
  total: number;
  estimated: boolean;
  estimatedFacets: Facet[];
  facets: Record<Facet, Record<string, number>>;
};

function facetCounts(
  total: number,
  rowsOf: (f: Facet) => Counts,
  estimated = false,
  estimatedFacets: Facet[] = [],
): FacetCounts {
  const record = (f: Facet) =>
    Object.fromEntries(
      rowsOf(f)
        .filter((r) => r.key !== null)
        .map((r) => [String(r.key), Number(r.n)]),
    );
  return {
    total,
    estimated,
    estimatedFacets,
    facets: {
      type: record('type'),
      jurisdiction: record('jurisdiction'),
      area: record('area'),
      trl: record('trl'),
      cooperationForm: record('cooperationForm'),
    },
  };
}

const scaled = (rows: Counts, scale: number | null): Counts =>
  scale === null ? rows : rows.map((r) => ({ key: r.key, n: roughly(r.n * scale) }));

const extentOf = (row: CountRow | undefined) => ({
  n: Number(row?.n ?? 0),
  firstPage: Number(row?.first_page ?? 0),
  lastPage: Number(row?.last_page ?? 0),
  pages: Number(row?.pages ?? 0),
});

/**
 * The counts of one part of the statement: the shared counts (the total, and the facets without a
 * filter of their own) and each own-filtered facet's (part `<part>:<facet>`), scaled when estimates.
 */
function assembled(rows: CountRow[], part: string, filter: SearchFilter, counting: Counting): FacetCounts {
  const own = FACET_NAMES.filter((f) => filter[f]);
  const of = (name: string) => {
    const mine = rows.filter((r) => r.part === name);
    const whole = extentOf(mine.find((r) => r.facet === 'total' && r.key === null));
    return { rows: mine, scale: scaleOf(whole, counting) };
  };
  const shared = of(part);
  const owned = new Map(own.map((f) => [f, of(`${part}:${f}`)]));
  const total = Number(shared.rows.find((r) => r.facet === 'total')?.n ?? 0);
  const countedFor = (f: Facet) => owned.get(f) ?? shared;
  return facetCounts(
    shared.scale === null ? total : roughly(total * shared.scale),
    (f) =>
      scaled(
        countedFor(f).rows.filter((r) => r.facet === f),
        countedFor(f).scale,
      ),
    shared.scale !== null,
    FACET_NAMES.filter((f) => countedFor(f).scale !== null),
  );
}

/**
 * The total and the facet counts, counted over the matches — exact up to `upTo` of them, estimated
 * past it — in one statement. A facet's counts ignore its own filter, so a person sees what choosing
 * another value gives; the counts whose conditions equal the total's share its one scan.
 */
export async function countFacets(
  db: DbOrTx,
  filter: SearchFilter,
  options: CountingOptions = {},
): Promise<FacetCounts> {
  const { upTo, whole, sample, exact } = countings(filter, options);
  if (whole) {
    const all = assembled(await counts(db, filter, [{ part: 'whole', counting: whole }]), 'whole', filter, whole);
    if (!all.estimated && all.estimatedFacets.length === 0) return all;
  }
  if (sample) {
    const rows = await counts(db, filter, [
      { part: 'sample', counting: sample },
      { part: 'exact', counting: exact, gate: sampleAtMost('sample', sample, exactNeededUpTo(upTo)) },
    ]);
    const estimate = assembled(rows, 'sample', filter, sample);
    return sampleSuffices(estimate.total, upTo) ? estimate : assembled(rows, 'exact', filter, exact);
  }
  return assembled(await counts(db, filter, [{ part: 'exact', counting: exact }]), 'exact', filter, exact);
}

/**
 * The same counts, read from those the database keeps for a browse without a search word and with at
 * most one filter: the counts within that filter's value, and the filtered facet's own counts within
 * the whole exchange.
 */
async function keptFacets(db: DbOrTx, filtered: Facet | undefined, filter: SearchFilter): Promise<FacetCounts> {
  const within = filtered ? { facet: filtered, key: String(filter[filtered]) } : { facet: '', key: '' };
  const rows = await keptCounts(db, within, filtered);
  const inFilter = rows.filter((r) => r.within === within.facet);
  return facetCounts(inFilter.find((r) => r.facet === 'total')?.n ?? 0, (f) =>
    f === filtered ? rows.filter((r) => r.within === '' && r.facet === f) : inFilter.filter((r) => r.facet === f),
  );
}

/** The total and the facet counts of a search: read where the database keeps them, else counted. */
export async function facets(db: DbOrTx, filter: SearchFilter): Promise<FacetCounts> {
  const filtered = FACET_NAMES.filter((f) => filter[f]);
  return filter.tsquery === undefined && filtered.length <= 1
    ? keptFacets(db, filtered[0], filter)
    : countFacets(db, filter);
}
