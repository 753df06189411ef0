import { and, desc, eq, gt, inArray, isNull, lt, or, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { searchingText, searchQuery } from '../../db/full-text.js';
import { opportunities, opportunityFacetCounts } from './exchange.tables.js';

export type OpportunityRow = typeof opportunities.$inferSelect;

export async function insertOpportunity(db: DbOrTx, row: typeof opportunities.$inferInsert): Promise<void> {
  await db.insert(opportunities).values(row);
}

export async function findOpportunity(db: DbOrTx, id: string): Promise<OpportunityRow | undefined> {
  const [row] = await db.select().from(opportunities).where(eq(opportunities.id, id));
  return row;
}

export async function findOpportunities(db: DbOrTx, ids: string[]): Promise<OpportunityRow[]> {
  if (ids.length === 0) return [];
  return db.select().from(opportunities).where(inArray(opportunities.id, ids));
}

/** Applies a change only if the opportunity is still in the state and version the caller read. */
export async function compareAndSet(
  db: DbOrTx,
  id: string,
  seen: { state: OpportunityRow['state']; version: number },
  patch: Partial<typeof opportunities.$inferInsert>,
): Promise<OpportunityRow | undefined> {
  const [row] = await db
    .update(opportunities)
    .set({ ...patch, version: seen.version + 1 })
    .where(and(eq(opportunities.id, id), eq(opportunities.state, seen.state), eq(opportunities.version, seen.version)))
    .returning();
  return row;
}

export async function ofOrganizations(db: DbOrTx, organizationIds: string[]): Promise<OpportunityRow[]> {
  if (organizationIds.length === 0) return [];
  return db
    .select()
    .from(opportunities)
    .where(inArray(opportunities.organizationId, organizationIds))
    .orderBy(desc(opportunities.updatedAt));
}

export async function moderationQueue(db: DbOrTx, jurisdictions: string[]): Promise<OpportunityRow[]> {
  return db
    .select()
    .from(opportunities)
    .where(and(eq(opportunities.state, 'submitted'), inArray(opportunities.jurisdiction, jurisdictions as 'RU'[])))
    .orderBy(opportunities.updatedAt);
}

/** Published opportunities whose time is up. */
export async function dueForExpiry(db: DbOrTx, now: Date): Promise<OpportunityRow[]> {
  return db
    .select()
    .from(opportunities)
    .where(and(eq(opportunities.state, 'published'), lt(opportunities.expiresAt, now)))
    .limit(500);
}

/** Published opportunities expiring before `before` whose owners have not been reminded yet. */
export async function dueForReminder(db: DbOrTx, before: Date): Promise<OpportunityRow[]> {
  return db
    .select()
    .from(opportunities)
    .where(
      and(
        eq(opportunities.state, 'published'),
        lt(opportunities.expiresAt, before),
        isNull(opportunities.expiryReminderSentAt),
      ),
    )
    .limit(500);
}

// search

export type SearchFilter = {
  query?: { text: string; segmented: string };
  type?: string;
  jurisdiction?: string;
  area?: string;
  trl?: number;
  cooperationForm?: string;
};
type Facet = 'type' | 'jurisdiction' | 'area' | 'trl' | 'cooperationForm';

const vector = sql`search_vector`;

function conditions(filter: SearchFilter, omit: Facet | null = null): SQL | undefined {
  return and(
    eq(opportunities.state, 'published'),
    filter.type && omit !== 'type' ? eq(opportunities.type, filter.type) : undefined,
    filter.jurisdiction && omit !== 'jurisdiction'
      ? eq(opportunities.jurisdiction, filter.jurisdiction as 'RU')
      : undefined,
    // Containment, not `= any`, so that the GIN index on areas can serve it.
    filter.area && omit !== 'area' ? sql`${opportunities.areas} @> array[${filter.area}]::text[]` : undefined,
    filter.trl && omit !== 'trl' ? eq(opportunities.trl, filter.trl) : undefined,
    filter.cooperationForm && omit !== 'cooperationForm'
      ? sql`${filter.cooperationForm} = any(${opportunities.cooperationForms})`
      : undefined,
    filter.query ? sql`${vector} @@ ${searchQuery(filter.query)}` : undefined,
  );
}

export async function search(
  db: DbOrTx,
  filter: SearchFilter,
  sort: 'relevance' | 'date',
  after: { rank?: number; publishedAt?: string; id: string } | null,
  limit: number,
) {
  const byRank = sort === 'relevance' && !!filter.query;
  const rank = filter.query
    ? sql<number>`ts_rank(${vector}, ${searchQuery(filter.query)})::float8`
    : sql<number>`0::float8`;
  const keyset = !after
    ? undefined
    : byRank
      ? sql`(${rank} < ${after.rank} or (${rank} = ${after.rank} and ${opportunities.id} > ${after.id}))`
      : or(
          lt(opportunities.publishedAt, new Date(after.publishedAt as string)),
          and(
            eq(opportunities.publishedAt, new Date(after.publishedAt as string)),
            sql`${opportunities.id} > ${after.id}`,
          ),
        );
  // Ordered by the selected rank's name: the same expression written again would be computed again
  // for every match, its parameters being others.
  return searchingText(db, !!filter.query, (handle) =>
    handle
      .select({ opportunity: opportunities, rank: rank.as('rank') })
      .from(opportunities)
      .where(and(conditions(filter), keyset))
      .orderBy(...(byRank ? [sql`"rank" desc`, opportunities.id] : [desc(opportunities.publishedAt), opportunities.id]))
      .limit(limit),
  );
}

const FACETS = {
  type: { column: opportunities.type, array: false },
  jurisdiction: { column: opportunities.jurisdiction, array: false },
  area: { column: opportunities.areas, array: true },
  trl: { column: opportunities.trl, array: false },
  cooperationForm: { column: opportunities.cooperationForms, array: true },
} as const;
type Counts = { key: string | number | null; n: number }[];

/**
 * The total and the counts of the facets in `shared` (those without a filter of their own, whose
 * conditions are the total's), in one scan: a grouping set per facet, an array grouped whole and then
 * split into its values.
 */
async function sharedCounts(db: DbOrTx, filter: SearchFilter, shared: Facet[]) {
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
  const result = (await db.execute(
    sql`select g.facet, coalesce(g.key, v.key) as key, sum(g.n)::int as n
        from (
          select ${facet} as facet, ${key} as key, ${values} as values, count(*) as n
          from ${opportunities} where ${conditions(filter)} group by grouping sets (${sets})
        ) g
        left join lateral unnest(g.values) as v(key) on true
        group by 1, 2`,
  )) as unknown as { rows: { facet: string; key: string | null; n: number }[] };
  return result.rows;
}

/** The counts of a facet with a filter of its own, which they ignore. */
async function ownCounts(db: DbOrTx, filter: SearchFilter, f: Facet): Promise<Counts> {
  const { column, array } = FACETS[f];
  const result = (await db.execute(
    sql`select ${array ? sql`unnest(${column})` : column} as key, count(*)::int as n
        from ${opportunities} where ${conditions(filter, f)} group by 1`,
  )) as unknown as { rows: Counts };
  return result.rows;
}

type FacetCounts = { total: number; facets: Record<Facet, Record<string, number>> };

function facetCounts(total: number, rowsOf: (f: Facet) => Counts): FacetCounts {
  const record = (f: Facet) =>
    Object.fromEntries(
      rowsOf(f)
        .filter((r) => r.key !== null)
        .map((r) => [String(r.key), Number(r.n)]),
    );
  return {
    total,
    facets: {
      type: record('type'),
      jurisdiction: record('jurisdiction'),
      area: record('area'),
      trl: record('trl'),
      cooperationForm: record('cooperationForm'),
    },
  };
}

/**
 * The total and the facet counts, counted over the matches. A facet's counts ignore its own filter, so
 * a person sees what choosing another value gives; the counts whose conditions equal the total's share
 * its one scan.
 */
export async function countFacets(db: DbOrTx, filter: SearchFilter): Promise<FacetCounts> {
  const all = Object.keys(FACETS) as Facet[];
  const own = all.filter((f) => filter[f]);
  const read = <T>(run: (handle: DbOrTx) => Promise<T>) => searchingText(db, !!filter.query, run);
  const [shared, ...owned] = await Promise.all([
    read((handle) =>
      sharedCounts(
        handle,
        filter,
        all.filter((f) => !filter[f]),
      ),
    ),
    ...own.map((f) => read((handle) => ownCounts(handle, filter, f))),
  ]);
  return facetCounts(Number(shared.find((r) => r.facet === 'total')?.n ?? 0), (f) =>
    own.includes(f) ? (owned[own.indexOf(f)] as Counts) : shared.filter((r) => r.facet === f),
  );
}

/**
 * The same counts, read from those the database keeps (`opportunity_facet_counts`) for a browse without
 * a search word and with at most one filter: the counts within that filter's value, and the filtered
 * facet's own counts within the whole exchange.
 */
async function keptFacets(db: DbOrTx, filtered: Facet | undefined, filter: SearchFilter): Promise<FacetCounts> {
  const within = filtered ? { facet: filtered, key: String(filter[filtered]) } : { facet: '', key: '' };
  const { withinFacet, withinKey, facet, key, n } = opportunityFacetCounts;
  const rows = await db
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
  const inFilter = rows.filter((r) => r.within === within.facet);
  return facetCounts(inFilter.find((r) => r.facet === 'total')?.n ?? 0, (f) =>
    f === filtered ? rows.filter((r) => r.within === '' && r.facet === f) : inFilter.filter((r) => r.facet === f),
  );
}

/** The total and the facet counts of a search: read where the database keeps them, else counted. */
export async function facets(db: DbOrTx, filter: SearchFilter): Promise<FacetCounts> {
  const filtered = (Object.keys(FACETS) as Facet[]).filter((f) => filter[f]);
  return !filter.query && filtered.length <= 1 ? keptFacets(db, filtered[0], filter) : countFacets(db, filter);
}
