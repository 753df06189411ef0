import { and, desc, eq, gt, inArray, isNull, lt, or, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx, Tx } from '../../db/client.js';
import { compiledFrom, readingsOf, searchingText } from '../../db/full-text.js';
import { segmentQuery } from '../../lib/text.js';
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

/**
 * Withholds every opportunity of the organisation, or shows them again (ADR 0014); returns how many
 * changed. Their state, and so their place in the owner's lifecycle, is left as it was.
 */
export async function setWithheld(db: DbOrTx, organizationId: string, withheld: boolean): Promise<number> {
  const rows = await db
    .update(opportunities)
    .set({ withheld })
    .where(and(eq(opportunities.organizationId, organizationId), eq(opportunities.withheld, !withheld)))
    .returning({ id: opportunities.id });
  return rows.length;
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
  /** The search's words, as `compiledSearchQueries` gives them. */
  tsquery?: string;
  /** Each word on its own, likewise: what the planner estimates well (see `search`). */
  wordTsqueries?: string[];
  type?: string;
  jurisdiction?: string;
  area?: string;
  trl?: number;
  cooperationForm?: string;
  /**
   * How many opportunities are published, read with the words: a small exchange is searched in one
   * statement per part, without the estimates, transactions and samples that a large one needs.
   */
  published?: number;
};

/** Opportunities whose Chinese search text is still one line (saved before migration 0011). */
export async function rowsWithOneLineChineseText(db: DbOrTx, limit: number) {
  return db
    .select({
      id: opportunities.id,
      title: opportunities.title,
      summary: opportunities.summary,
      description: opportunities.description,
      searchZh: opportunities.searchZh,
    })
    .from(opportunities)
    .where(sql`strpos(${opportunities.searchZh}, E'\n') = 0`)
    .limit(limit);
}

/** Replaces the Chinese search text if it is still `from`: a save made meanwhile wins. */
export async function replaceChineseSearchText(db: DbOrTx, id: string, from: string, to: string): Promise<void> {
  await db
    .update(opportunities)
    .set({ searchZh: to })
    .where(and(eq(opportunities.id, id), eq(opportunities.searchZh, from)));
}

/** A search as the filters and the highlighting take it, read in one statement. */
export type PreparedSearch = Pick<SearchFilter, 'tsquery' | 'wordTsqueries' | 'published'> & {
  /** The query's words as the Russian and English stemmers reduce them, for highlighting what matched. */
  stems: string[];
};

/**
 * A search's words compiled (the whole query, and each word on its own when several), their stems,
 * and how many opportunities are published — in one statement. Without words, only the last.
 */
export async function prepareSearch(db: DbOrTx, text: string | undefined): Promise<PreparedSearch> {
  const segmented = text ? segmentQuery(text) : '';
  const words = segmented.split(/\s+/).filter((word) => word.length > 0);
  const queries = text
    ? [{ text, segmented }, ...(words.length > 1 ? words.map((w) => ({ text: w, segmented: w })) : [])]
    : [];
  const publishedTotal = sql`(select n from ${opportunityFacetCounts} where within_facet = '' and within_key = ''
    and facet = 'total' and key = '')`;
  const result = (await db.execute(
    text
      ? sql`select ${readingsOf(queries)} as readings, ${publishedTotal} as published,
          array(select distinct unnest(tsvector_to_array(to_tsvector('russian', ${text}) || to_tsvector('english', ${text})))) as stems`
      : sql`select null as readings, ${publishedTotal} as published, null as stems`,
  )) as unknown as { rows: { readings: (string | null)[] | null; published: number | null; stems: string[] | null }[] };
  const row = result.rows[0];
  const published = Number(row?.published ?? 0);
  if (!text) return { published, stems: [] };
  const [tsquery = '', ...each] = compiledFrom(row?.readings ?? [], queries.length);
  // A stop word on its own matches nothing and bounds nothing.
  return { tsquery, wordTsqueries: each.filter((word) => word !== ''), published, stems: row?.stems ?? [] };
}

/** Whether the exchange is small enough that no tier can need the look among the newest. */
const isSmall = (filter: SearchFilter, probe: Probe) => filter.published !== undefined && filter.published < probe.from;

type Facet = 'type' | 'jurisdiction' | 'area' | 'trl' | 'cooperationForm';

/** The published opportunities a search's filters (but for `omit`'s) let through, its words aside. */
function filtered(filter: SearchFilter, omit: Facet | null = null): SQL | undefined {
  return and(
    eq(opportunities.state, 'published'),
    // The owner is suspended or excluded (ADR 0014).
    eq(opportunities.withheld, false),
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
  );
}

/** The opportunities a search finds: its filters (but for `omit`'s), and its words anywhere. */
function conditions(filter: SearchFilter, omit: Facet | null = null): SQL | undefined {
  return and(
    filtered(filter, omit),
    filter.tsquery !== undefined ? sql`search_vector @@ ${filter.tsquery}::tsquery` : undefined,
  );
}

/** Where a page of search results continues: after this opportunity, in its tier when ranked. */
export type SearchAfter = { tier?: Tier; publishedAt: string; id: string };

/**
 * Relevance, as tiers (ADR 0010): 1, the words are in the title; 2, in the summary; 3, elsewhere or
 * spread across fields. Newest first within a tier.
 */
export type Tier = 1 | 2 | 3;
export const TIERS: readonly Tier[] = [1, 2, 3];

/** The vector a tier's words are looked for in first. */
const TIER_VECTOR = {
  1: sql.raw('title_search_vector'),
  2: sql.raw('summary_search_vector'),
  3: sql.raw('search_vector'),
};

/** A tier's matches. Title and summary words are among `search_vector`'s, so tiers 1 and 2 need only their own. */
function inTier(tsquery: string, tier: Tier): SQL {
  const [inTitle, inSummary, anywhere] = TIERS.map((t) => sql`${TIER_VECTOR[t]} @@ ${tsquery}::tsquery`);
  if (tier === 1) return inTitle as SQL;
  if (tier === 2) return sql`(${inSummary} and not ${inTitle})`;
  return sql`(${anywhere} and not (${inTitle} or ${inSummary}))`;
}

const newestAfter = (after: SearchAfter) =>
  or(
    lt(opportunities.publishedAt, new Date(after.publishedAt)),
    and(eq(opportunities.publishedAt, new Date(after.publishedAt)), gt(opportunities.id, after.id)),
  );

/**
 * Past `from` estimated matches, a tier's newest are looked for among the `rows` newest opportunities
 * first (`newestAmongRecent`).
 */
type Probe = { from: number; rows: number };
const PROBE: Probe = { from: 1_000, rows: 2_000 };

/** The planner's estimate of the rows `where` lets through: a plan, not a scan. */
async function estimatedRows(db: DbOrTx, where: SQL | undefined): Promise<number> {
  const result = (await db.execute(
    sql`explain (format json) select 1 from ${opportunities} where ${where}`,
  )) as unknown as {
    rows: { 'QUERY PLAN': [{ Plan: { 'Plan Rows': number } }] }[];
  };
  return result.rows[0]?.['QUERY PLAN'][0].Plan['Plan Rows'] ?? 0;
}

/**
 * The condition for the newest `n` that `tierWhere` lets through among the newest `rows` that `where`
 * lets through. When a tier has many matches they are found there, reading a few rows per match; the
 * planner would otherwise often read every match to sort them, because it takes words to be
 * independent and so expects few rows for several words together.
 */
function newestAmongRecent(where: SQL | undefined, tierWhere: SQL, n: number, rows: number): SQL {
  return sql`${opportunities.id} in (select id from (
      select id, published_at, search_vector, title_search_vector, summary_search_vector from ${opportunities}
      where ${where} order by published_at desc, id limit ${rows}
    ) as recent where ${tierWhere} order by published_at desc, id limit ${n})`;
}

/**
 * A page of published opportunities: newest first, or with a query and by relevance, tier by tier —
 * each tier's newest first, until the page is full. A tier's query reads its own matches only (the
 * title's and the summary's have their own indexes), so a common word does not read every match.
 */
export async function search(
  db: DbOrTx,
  filter: SearchFilter,
  sort: 'relevance' | 'date',
  after: SearchAfter | null,
  limit: number,
  probe: Probe = PROBE,
): Promise<{ opportunity: OpportunityRow; tier: Tier | null }[]> {
  const page = (handle: DbOrTx, where: SQL | undefined, n: number) =>
    handle
      .select()
      .from(opportunities)
      .where(where)
      .orderBy(desc(opportunities.publishedAt), opportunities.id)
      .limit(n);
  const query = filter.tsquery;
  // A small exchange reads its few matches faster than the index would find them, and no tier of it
  // can be large: one statement, without the estimates.
  const small = isSmall(filter, probe);
  if (small && query !== undefined && sort === 'relevance') return inTiers(db, filter, query, after, limit);
  if (sort === 'date' || query === undefined) {
    return searchingText(db, query !== undefined && !small, async (handle) =>
      (await page(handle, and(conditions(filter), after ? newestAfter(after) : undefined), limit)).map(
        (opportunity) => ({ opportunity, tier: null }),
      ),
    );
  }
  return searchingText(db, true, async (handle) => {
    const rows: { opportunity: OpportunityRow; tier: Tier }[] = [];
    for (const tier of TIERS.filter((t) => t >= (after?.tier ?? 1))) {
      const within = and(filtered(filter), after && tier === after.tier ? newestAfter(after) : undefined);
      const wanted = limit - rows.length;
      const matches = inTier(query, tier);
      let found: OpportunityRow[] = [];
      // The planner multiplies the words' frequencies as if they were independent, and so expects few
      // rows for several common words together (310 for a pair found in 9,800 titles). The rarest
      // word's own estimate bounds the matches from above instead.
      const words = filter.wordTsqueries?.length ? filter.wordTsqueries : [query];
      const bounds = await Promise.all(
        words.map((word) => estimatedRows(handle, and(within, sql`${TIER_VECTOR[tier]} @@ ${word}::tsquery`))),
      );
      if (Math.min(...bounds) >= probe.from) {
        found = await page(handle, newestAmongRecent(within, matches, wanted, probe.rows), wanted);
      }
      // Not all among the newest: the rest of the tier, after what was found, by the planner's choice.
      if (found.length < wanted) {
        const last = found[found.length - 1];
        const rest = last
          ? and(within, newestAfter({ publishedAt: String(last.publishedAt?.toISOString()), id: last.id }))
          : within;
        found.push(...(await page(handle, and(rest, matches), wanted - found.length)));
      }
      rows.push(...found.map((opportunity) => ({ opportunity, tier })));
      if (rows.length >= limit) break;
    }
    return rows;
  });
}

/** A page by relevance in one statement: each tier's newest first, tier after tier. */
async function inTiers(
  db: DbOrTx,
  filter: SearchFilter,
  query: string,
  after: SearchAfter | null,
  limit: number,
): Promise<{ opportunity: OpportunityRow; tier: Tier }[]> {
  const tiers = TIERS.filter((t) => t >= (after?.tier ?? 1)).map(
    (tier) =>
      sql`select ${opportunities.id}, ${tier}::int as tier, ${opportunities.publishedAt} from ${opportunities}
        where ${and(filtered(filter), inTier(query, tier), after && tier === after.tier ? newestAfter(after) : undefined)}`,
  );
  const result = await db
    .select({ opportunity: opportunities, tier: sql<number>`ranked.tier` })
    .from(opportunities)
    .innerJoin(
      sql`(${sql.join(tiers, sql` union all `)} order by tier, published_at desc, id limit ${limit}) as ranked`,
      sql`ranked.id = ${opportunities.id}`,
    )
    .orderBy(sql`ranked.tier`, desc(opportunities.publishedAt), opportunities.id);
  return result.map((r) => ({ opportunity: r.opportunity, tier: Number(r.tier) as Tier }));
}

/** The facets' columns, by name: the counts read them from a search's matches, not from the table. */
const FACETS = {
  type: { column: sql.raw('type'), array: false },
  jurisdiction: { column: sql.raw('jurisdiction'), array: false },
  area: { column: sql.raw('areas'), array: true },
  trl: { column: sql.raw('trl'), array: false },
  cooperationForm: { column: sql.raw('cooperation_forms'), array: true },
} as const;
type Counts = { key: string | number | null; n: number }[];

/**
 * Counts are exact up to this many matches. Past it they are estimated (ADR 0010): counting every
 * match of a common word reads tens of thousands of rows.
 */
const EXACT_COUNTS_UP_TO = 1_000;

/**
 * One published opportunity in SAMPLE_EVERY, chosen by its id, has its words in a GIN index of its own
 * (migration 0011): a search with words counts there first, reading an eighth of the matches.
 */
const SAMPLE_EVERY = 8;
const inSample = sql`(hashtext(id::text) & 7) = 0`;
/**
 * How many of the sample's matches an estimate reads at most: each is a page read, from the operating
 * system's cache at best (10 µs), and 500 give counts within a few per cent.
 */
const SAMPLE_ROWS = 500;

/** Whether counts are taken over the sample, and how many matches they go through at most. */
type Counting = { upTo: number; sampled: boolean };

/**
 * The first `upTo + 1` opportunities `where` lets through, in the table's physical order, as the CTE
 * `matches` (with each row's page, to estimate from), and the table's size in pages.
 */
const matchesUpTo = (where: SQL | undefined, { upTo, sampled }: Counting) => sql`matches as materialized (
  select type, jurisdiction, areas, trl, cooperation_forms, (ctid::text::point)[0]::int as page
  from ${opportunities} where ${and(where, sampled ? inSample : undefined)} limit ${upTo + 1}
)`;
const tablePages = sql`(pg_relation_size('opportunities') / current_setting('block_size')::int)::int`;

/**
 * Reads in the table's physical order, which the estimate assumes: a bitmap or sequential scan from
 * the first page, in one process. With words to match, by their index (`withFullTextIndex`).
 */
function inTableOrder<T>(db: DbOrTx, hasText: boolean, run: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    // In one statement: each `set local` would be a round trip of its own.
    await tx.execute(
      sql`select ${hasText ? sql`set_config('enable_seqscan', 'off', true),` : sql``}
        set_config('enable_indexscan', 'off', true), set_config('max_parallel_workers_per_gather', '0', true),
        set_config('synchronize_seqscans', 'off', true)`,
    );
    return run(tx);
  });
}

/**
 * What the counts of the first matches are multiplied by: none when they were every match (of the
 * whole table). Past `upTo`, matches are taken to continue, as dense as in the pages they came from,
 * to the table's end; a word that appears only in recent opportunities starts late in the table, and
 * so does the estimate.
 */
type Extent = { n: number; firstPage: number; lastPage: number; pages: number };
function scaleOf({ n, firstPage, lastPage, pages }: Extent, { upTo, sampled }: Counting): number | null {
  const rest = n > upTo ? Math.max(1, (pages - firstPage) / (lastPage - firstPage + 1)) : 1;
  return sampled ? SAMPLE_EVERY * rest : n > upTo ? rest : null;
}
const extentOf = (row: { n: number; first_page: number; last_page: number; pages: number } | undefined): Extent => ({
  n: Number(row?.n ?? 0),
  firstPage: Number(row?.first_page ?? 0),
  lastPage: Number(row?.last_page ?? 0),
  pages: Number(row?.pages ?? 0),
});

/** An estimate as people read one: two significant figures, at least 1. */
export function roughly(n: number): number {
  if (n < 1) return 1;
  const unit = 10 ** Math.max(0, Math.floor(Math.log10(n)) - 1);
  return Math.round(n / unit) * unit;
}

/**
 * The total and the counts of the facets in `shared` (those without a filter of their own, whose
 * conditions are the total's), in one scan: a grouping set per facet, an array grouped whole and then
 * split into its values.
 */
async function sharedCounts(db: DbOrTx, filter: SearchFilter, shared: Facet[], counting: Counting) {
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
    sql`with ${matchesUpTo(conditions(filter), counting)}
        select g.facet, coalesce(g.key, v.key) as key, sum(g.n)::int as n, min(g.first_page) as first_page,
          max(g.last_page) as last_page, ${tablePages} as pages
        from (
          select ${facet} as facet, ${key} as key, ${values} as values, count(*) as n, min(page) as first_page,
            max(page) as last_page
          from matches group by grouping sets (${sets})
        ) g
        left join lateral unnest(g.values) as v(key) on true
        group by 1, 2`,
  )) as unknown as { rows: ({ facet: string; key: string | null } & Parameters<typeof extentOf>[0])[] };
  return { rows: result.rows, scale: scaleOf(extentOf(result.rows.find((r) => r.facet === 'total')), counting) };
}

/** The counts of a facet with a filter of its own, which they ignore. */
async function ownCounts(db: DbOrTx, filter: SearchFilter, f: Facet, counting: Counting) {
  const { column, array } = FACETS[f];
  const result = (await db.execute(
    sql`with ${matchesUpTo(conditions(filter, f), counting)}
        select false as whole, key::text, count(*)::int as n, 0 as first_page, 0 as last_page, 0 as pages
        from (select ${array ? sql`unnest(${column})` : column} as key from matches) k group by key
        union all
        select true, null, count(*)::int, coalesce(min(page), 0), coalesce(max(page), 0), ${tablePages} from matches`,
  )) as unknown as { rows: ({ whole: boolean; key: string | null } & Parameters<typeof extentOf>[0])[] };
  const whole = extentOf(result.rows.find((r) => r.whole));
  return { rows: result.rows.filter((r) => !r.whole) as Counts, scale: scaleOf(whole, counting) };
}

/**
 * The total and each facet value's count; `estimated` when the total was estimated (and rounded),
 * `estimatedFacets` the facets whose counts were. A facet with a filter of its own is counted over
 * its own matches, which may be many where the total's are few.
 */
type FacetCounts = {
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

/**
 * Counted over the matches (`sampled`: over the sample's), up to `upTo` of them. `anyOrder` when they
 * are known to be fewer than `upTo`, so that the order they are read in, which an estimate rests on,
 * does not matter.
 */
async function countedFacets(
  db: DbOrTx,
  filter: SearchFilter,
  counting: Counting,
  anyOrder = false,
): Promise<FacetCounts> {
  const all = Object.keys(FACETS) as Facet[];
  const own = all.filter((f) => filter[f]);
  const read = <T>(run: (handle: DbOrTx) => Promise<T>) =>
    anyOrder ? run(db) : inTableOrder(db, filter.tsquery !== undefined, run);
  const [shared, ...owned] = await Promise.all([
    read((handle) =>
      sharedCounts(
        handle,
        filter,
        all.filter((f) => !filter[f]),
        counting,
      ),
    ),
    ...own.map((f) => read((handle) => ownCounts(handle, filter, f, counting))),
  ]);
  const total = Number(shared.rows.find((r) => r.facet === 'total')?.n ?? 0);
  const countedFor = (f: Facet) => (own.includes(f) ? owned[own.indexOf(f)] : undefined) ?? shared;
  return facetCounts(
    shared.scale === null ? total : roughly(total * shared.scale),
    (f) => {
      const counted = countedFor(f);
      return scaled(counted === shared ? shared.rows.filter((r) => r.facet === f) : counted.rows, counted.scale);
    },
    shared.scale !== null,
    all.filter((f) => countedFor(f).scale !== null),
  );
}

/**
 * The total and the facet counts, counted over the matches — exact up to `upTo` of them, estimated
 * past it. A search with words counts over the sample first, and over every match only when the
 * sample says they are few. A facet's counts ignore its own filter, so a person sees what choosing
 * another value gives; the counts whose conditions equal the total's share its one scan.
 */
export async function countFacets(
  db: DbOrTx,
  filter: SearchFilter,
  { upTo = EXACT_COUNTS_UP_TO, sample = true }: { upTo?: number; sample?: boolean } = {},
): Promise<FacetCounts> {
  // A small exchange is counted whole, in whatever order its rows come; past `upTo` after all (it
  // grew meanwhile), it is counted as a large one.
  if (filter.published !== undefined && filter.published <= upTo / 2) {
    const counts = await countedFacets(db, filter, { upTo, sampled: false }, true);
    if (!counts.estimated && counts.estimatedFacets.length === 0) return counts;
  }
  if (sample && filter.tsquery !== undefined) {
    const estimate = await countedFacets(db, filter, { upTo: Math.min(upTo, SAMPLE_ROWS), sampled: true });
    if (estimate.total > upTo) return estimate;
  }
  return countedFacets(db, filter, { upTo, sampled: false });
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
  return filter.tsquery === undefined && filtered.length <= 1
    ? keptFacets(db, filtered[0], filter)
    : countFacets(db, filter);
}
