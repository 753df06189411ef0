import { and, eq, gt, or, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.js';
import { opportunities, opportunityFacetCounts } from '../exchange.tables.js';
import { type Counting, type Facet, SAMPLE_EVERY, type SearchFilter } from './search.policy.js';
import { conditions, written } from './search.repository.js';

/** The SQL of the search's counts (ADR 0009, 0010, 0018), as `search.counts.ts` decides them. */

// ——— counts ———

/** The facets' columns, by name: the counts read them from a search's matches, not from the table. */
const FACETS = {
  type: { column: sql.raw('type'), array: false },
  jurisdiction: { column: sql.raw('jurisdiction'), array: false },
  area: { column: sql.raw('areas'), array: true },
  trl: { column: sql.raw('trl'), array: false },
  cooperationForm: { column: sql.raw('cooperation_forms'), array: true },
} as const;

/** The sample's predicate, as its GIN index (migration 0011) has it: one opportunity in SAMPLE_EVERY. */
const inSample = sql.raw(`(hashtext(id::text) & ${SAMPLE_EVERY - 1}) = 0`);
const tablePages = sql`(pg_relation_size('opportunities') / current_setting('block_size')::int)::int`;

/** A row of counts: of `part`'s counting, a facet's value (`total`: all its matches) and where they lay. */
export type CountRow = {
  part: string;
  facet: string;
  key: string | null;
  n: number;
  first_page: number;
  last_page: number;
  pages: number;
};

/**
 * The first `upTo + 1` opportunities `where` lets through, in the table's physical order, as the CTE
 * `name` (with each row's page, to estimate from), read only when `gate` holds.
 */
const matchesUpTo = (name: string, where: SQL | undefined, { upTo, sampled }: Counting, gate: SQL | undefined) =>
  sql`${sql.raw(name)} as materialized (
    select type, jurisdiction, areas, trl, cooperation_forms, (ctid::text::point)[0]::int as page
    from ${opportunities} where ${and(gate, where, sampled ? inSample : undefined)} limit ${upTo + 1}
  )`;

/**
 * The total and the counts of the facets in `shared` (those without a filter of their own, whose
 * conditions are the total's), in one scan: a grouping set per facet, an array grouped whole and then
 * split into its values.
 */
function sharedCounts(part: string, matches: string, shared: Facet[]): SQL {
  const columns = (array: boolean) => shared.filter((f) => FACETS[f].array === array).map((f) => FACETS[f].column);
  const facet = shared.length
    ? sql`case ${sql.join(
        shared.map((f) => sql`when grouping(${FACETS[f].column}) = 0 then ${f}::text`),
        sql` `,
      )} else 'total' end`
    : sql`'total'`;
  const key = sql`coalesce(${sql.join([...columns(false).map((c) => sql`${c}::text`), sql`null::text`], sql`, `)})`;
  const values = sql`coalesce(${sql.join([...columns(true), sql`null::text[]`], sql`, `)})`;
  const sets = sql.join([sql`()`, ...shared.map((f) => sql`(${FACETS[f].column})`)], sql`, `);
  return sql`select ${part}::text as part, g.facet, coalesce(g.key, v.key) as key, sum(g.n)::int as n,
      min(g.first_page)::int as first_page, max(g.last_page)::int as last_page, ${tablePages} as pages
    from (
      select ${facet} as facet, ${key} as key, ${values} as values, count(*) as n, min(page) as first_page,
        max(page) as last_page
      from ${sql.raw(matches)} group by grouping sets (${sets})
    ) g
    left join lateral unnest(g.values) as v(key) on true
    group by 1, 2, 3`;
}

/** The counts of a facet with a filter of its own, which they ignore, and (as `total`) its matches: `part` is `<part>:<facet>`. */
function ownCounts(part: string, matches: string, f: Facet): SQL {
  const { column, array } = FACETS[f];
  return sql`select ${part}::text, ${f}::text, key::text, count(*)::int, 0, 0, 0
    from (select ${array ? sql`unnest(${column})` : column} as key from ${sql.raw(matches)}) k group by key
    union all
    select ${part}::text, 'total', null, count(*)::int, coalesce(min(page), 0)::int, coalesce(max(page), 0)::int,
      ${tablePages} from ${sql.raw(matches)}`;
}

/** A counting of a statement: its name among the rows, how, and the condition it is read under. */
export type CountPart = { part: string; counting: Counting; gate?: SQL };

/**
 * Whether the sample counted as `part` estimates `upTo`'s matches or fewer — `scaleOf` (the policy's)
 * applied to its total, in SQL: a condition for the exact counts, which are then read in the same
 * statement.
 */
export function sampleAtMost(part: string, { upTo }: Counting, limit: number): SQL {
  const m = sql.raw(`${part}_shared`);
  return sql`(select count(*) * ${SAMPLE_EVERY} * case when count(*) > ${upTo}
      then greatest(1, (${tablePages} - min(page))::float8 / (max(page) - min(page) + 1)) else 1 end
    from ${m}) <= ${limit}`;
}

/**
 * The counts of every part, in one statement: for each, the shared counts and those of each facet
 * with a filter of its own. Read in the table's physical order (migration 0019's functions) unless
 * every part may be read in any order.
 */
export async function counts(db: DbOrTx, filter: SearchFilter, parts: CountPart[]): Promise<CountRow[]> {
  const own = (Object.keys(FACETS) as Facet[]).filter((f) => filter[f]);
  const shared = (Object.keys(FACETS) as Facet[]).filter((f) => !filter[f]);
  const ctes: SQL[] = [];
  const selects: SQL[] = [];
  for (const { part, counting, gate } of parts) {
    ctes.push(matchesUpTo(`${part}_shared`, conditions(filter), counting, gate));
    selects.push(sharedCounts(part, `${part}_shared`, shared));
    for (const f of own) {
      ctes.push(matchesUpTo(`${part}_own_${f}`, conditions(filter, f), counting, gate));
      selects.push(ownCounts(`${part}:${f}`, `${part}_own_${f}`, f));
    }
  }
  const statement = sql`with ${sql.join(ctes, sql`, `)} ${sql.join(
    selects.map((s) => sql`(${s})`),
    sql` union all `,
  )}`;
  const anyOrder = parts.every((p) => p.counting.anyOrder);
  const inOrder = filter.tsquery !== undefined ? sql`rows_in_table_order_by_index` : sql`rows_in_table_order`;
  const result = (await db.execute(
    anyOrder
      ? statement
      : sql`select * from ${inOrder}(${written(statement)})
          as c(part text, facet text, key text, n int, first_page int, last_page int, pages int)`,
  )) as unknown as { rows: CountRow[] };
  return result.rows;
}

/**
 * The counts the database keeps (`opportunity_facet_counts`, ADR 0009): those within the value of
 * `filtered`'s filter (or the whole exchange's), and the filtered facet's own within the whole exchange.
 */
export async function keptCounts(db: DbOrTx, within: { facet: string; key: string }, filtered: Facet | undefined) {
  const { withinFacet, withinKey, facet, key, n } = opportunityFacetCounts;
  return db
    .select({ within: withinFacet, facet, key, n })
    .from(opportunityFacetCounts)
    .where(
      and(
        gt(n, 0),
        or(
          and(eq(withinFacet, within.facet), eq(withinKey, within.key)),
          filtered ? and(eq(withinFacet, ''), eq(withinKey, ''), eq(facet, filtered)) : undefined,
        ),
      ),
    );
}
