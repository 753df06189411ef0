import { and, desc, eq, gt, lt, or, type SQL, sql } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../../db/client.js';
import { compiledFrom, readingsOf } from '../../../db/full-text.js';
import { opportunities, opportunityFacetCounts } from '../exchange.tables.js';
import type { OpportunityRow } from '../opportunities/opportunities.repository.js';
import {
  type Facet,
  type Probe,
  RELAX_BELOW,
  type SearchAfter,
  type SearchFilter,
  type Tier,
} from './search.policy.js';

/** The SQL of the exchange's search: statements as `search.policy.ts` decides them, no rules of its own. */

// ——— statements written out ———

const dialect = new PgDialect();

/** A value as a literal: dollar-quoted text, whose tag does not occur in it, reads as itself whatever the settings. */
function literal(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'boolean') return String(value);
  const text = value instanceof Date ? value.toISOString() : value;
  if (typeof text !== 'string') throw new Error(`no literal for ${typeof value}`);
  let tag = 'v';
  while (`${text}$${tag}$`.indexOf(`$${tag}$`) !== text.length) tag += 'v';
  return `$${tag}$${text}$${tag}$`;
}

/**
 * A statement's text with its values written in as literals, for the functions of migration 0019 that
 * plan it: the planner then sees the values themselves, as it does a statement's parameters when it
 * is sent on its own.
 */
export function written(statement: SQL): string {
  const { sql: text, params } = dialect.sqlToQuery(statement);
  return text.replace(/\$(\d+)/g, (_, i: string) => literal(params[Number(i) - 1]));
}

// ——— preparation ———

/** A search as the filters and the highlighting take it, read in one statement. */
export type PreparedSearch = Pick<SearchFilter, 'tsquery' | 'wordTsqueries' | 'published'> & {
  /** The query's words as the Russian and English stemmers reduce them, for highlighting what matched. */
  stems: string[];
  /** The `also` texts compiled, in their order ('' for one of stop words only). */
  also: string[];
};

type Text = { text: string; segmented: string };

/**
 * A search's words compiled (the whole query, and each word on its own when several), their stems,
 * and how many opportunities are published — in one statement. Without words, only the last.
 */
export async function prepare(db: DbOrTx, query: Text | undefined, also: Text[] = []): Promise<PreparedSearch> {
  const words = query ? query.segmented.split(/\s+/).filter((word) => word.length > 0) : [];
  const own = query ? [query, ...(words.length > 1 ? words.map((w) => ({ text: w, segmented: w })) : [])] : [];
  const queries = [...own, ...(query ? also : [])];
  const publishedTotal = sql`(select n from ${opportunityFacetCounts} where within_facet = '' and within_key = ''
    and facet = 'total' and key = '')`;
  const result = (await db.execute(
    query
      ? sql`select ${readingsOf(queries)} as readings, ${publishedTotal} as published,
          array(select distinct unnest(tsvector_to_array(to_tsvector('russian', ${query.text})
            || to_tsvector('english', ${query.text})))) as stems`
      : sql`select null as readings, ${publishedTotal} as published, null as stems`,
  )) as unknown as { rows: { readings: (string | null)[] | null; published: number | null; stems: string[] | null }[] };
  const row = result.rows[0];
  const published = Number(row?.published ?? 0);
  if (!query) return { published, stems: [], also: [] };
  const compiled = compiledFrom(row?.readings ?? [], queries.length);
  const [tsquery = '', ...each] = compiled.slice(0, own.length);
  // A stop word on its own matches nothing and bounds nothing.
  return {
    tsquery,
    wordTsqueries: each.filter((word) => word !== ''),
    published,
    stems: row?.stems ?? [],
    also: compiled.slice(own.length),
  };
}

// ——— conditions ———

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

/** All the words, or (tier 4) each word or a term it names: text for `::tsquery`. */
const strictOf = (filter: SearchFilter, tsquery: string) =>
  filter.synonymTsquery ? `( ${tsquery} ) | ( ${filter.synonymTsquery} )` : tsquery;

/**
 * Whether the search finds fewer than `RELAX_BELOW` with all its words (or their synonyms): a condition
 * without columns of the outer statement, which PostgreSQL checks once (ADR 0022).
 */
const fewStrict = (filter: SearchFilter, tsquery: string, omit: Facet | null = null) =>
  sql`(select count(*) from (select 1 from ${opportunities} where ${filtered(filter, omit)}
    and search_vector @@ ${strictOf(filter, tsquery)}::tsquery limit ${RELAX_BELOW}) as few) < ${RELAX_BELOW}`;

/** The opportunities a search's words find anywhere: strictly, or partly when strictly they are few. */
function wordsMatch(filter: SearchFilter, tsquery: string, omit: Facet | null = null): SQL {
  const strict = sql`search_vector @@ ${strictOf(filter, tsquery)}::tsquery`;
  if (!filter.partialTsquery) return strict;
  return sql`(${strict} or (${fewStrict(filter, tsquery, omit)} and search_vector @@ ${filter.partialTsquery}::tsquery))`;
}

/** The opportunities a search finds: its filters (but for `omit`'s), and its words anywhere. */
export function conditions(filter: SearchFilter, omit: Facet | null = null): SQL | undefined {
  return and(
    filtered(filter, omit),
    filter.tsquery !== undefined ? wordsMatch(filter, filter.tsquery, omit) : undefined,
  );
}

/** The vector a tier's words are looked for in first. */
const TIER_VECTOR = {
  1: sql.raw('title_search_vector'),
  2: sql.raw('summary_search_vector'),
  3: sql.raw('search_vector'),
  4: sql.raw('search_vector'),
  5: sql.raw('search_vector'),
};

/**
 * A tier's matches. Title and summary words are among `search_vector`'s, so tiers 1 and 2 need only
 * their own; the synonyms' tier is what all the words do not find, the partial one what neither finds.
 */
function inTier(filter: SearchFilter, tsquery: string, tier: Tier): SQL {
  const [inTitle, inSummary, anywhere] = ([1, 2, 3] as const).map((t) => sql`${TIER_VECTOR[t]} @@ ${tsquery}::tsquery`);
  if (tier === 1) return inTitle as SQL;
  if (tier === 2) return sql`(${inSummary} and not ${inTitle})`;
  if (tier === 3) return sql`(${anywhere} and not (${inTitle} or ${inSummary}))`;
  if (tier === 4) return sql`(search_vector @@ ${filter.synonymTsquery ?? ''}::tsquery and not ${anywhere})`;
  return sql`(${fewStrict(filter, tsquery)} and search_vector @@ ${filter.partialTsquery ?? ''}::tsquery
    and not search_vector @@ ${strictOf(filter, tsquery)}::tsquery)`;
}

/** The words a tier's size is bounded by: the synonyms' and partial tiers', their own query. */
const tierBounds = (filter: SearchFilter, tier: Tier, bounds: string[]) =>
  tier === 4 ? [filter.synonymTsquery ?? ''] : tier === 5 ? [filter.partialTsquery ?? ''] : bounds;

/** After the opportunity `after` in the order newest first, given as values or as a statement's expressions. */
function newestAfter(at: SQL | Date, id: SQL | string) {
  return or(lt(opportunities.publishedAt, at), and(eq(opportunities.publishedAt, at), gt(opportunities.id, id)));
}
const after = (a: SearchAfter) => newestAfter(new Date(a.publishedAt), a.id);

/** A tier's own filters: the search's, and past the cursor in the cursor's tier. */
const tierWithin = (filter: SearchFilter, tier: Tier, cursor: SearchAfter | null) =>
  and(filtered(filter), cursor && tier === cursor.tier ? after(cursor) : undefined);

// ——— pages ———

/** A result, its tier when ranked, and which of the search's probes (by their index) it matches. */
type Ranked = { opportunity: OpportunityRow; tier: Tier | null; probes: number[] };

/** Which of `probes` each row matches, from 0, in the statement that reads the page. */
const matchedProbes = (probes: string[] | undefined) =>
  probes?.length
    ? sql<number[]>`array(select (p.i - 1)::int from unnest(array[${sql.join(
        probes.map((p) => sql`${p}`),
        sql`, `,
      )}]::text[]) with ordinality as p(q, i) where ${sql.raw('opportunities.search_vector')} @@ p.q::tsquery)`
    : sql<number[]>`'{}'::int[]`;

/** The opportunities of `ranked` (a relation of ids and tiers), tier by tier, newest first. */
async function rowsOf(db: DbOrTx, ranked: SQL, probes?: string[]): Promise<Ranked[]> {
  const result = await db
    .select({ opportunity: opportunities, tier: sql<number | null>`ranked.tier`, probes: matchedProbes(probes) })
    .from(opportunities)
    .innerJoin(ranked, sql`ranked.id = ${opportunities.id}`)
    .orderBy(sql`ranked.tier`, desc(opportunities.publishedAt), opportunities.id);
  return result.map((r) => ({
    opportunity: r.opportunity,
    tier: r.tier === null ? null : (Number(r.tier) as Tier),
    probes: (r.probes ?? []).map(Number),
  }));
}

/** `statement` (ids and tiers) run by `rows_by_index`: planned without sequential scans (migration 0019). */
const byIndex = (statement: SQL) => sql`rows_by_index(${written(statement)}) as ranked(id uuid, tier int)`;

/** Newest first, after `cursor`: with words and `viaIndex`, planned through the indexes. */
export async function newest(
  db: DbOrTx,
  filter: SearchFilter,
  cursor: SearchAfter | null,
  limit: number,
  viaIndex: boolean,
): Promise<Ranked[]> {
  const where = and(conditions(filter), cursor ? after(cursor) : undefined);
  if (!viaIndex) {
    const page = sql`select id, null::int as tier from ${opportunities} where ${where}
      order by published_at desc, id limit ${limit}`;
    return rowsOf(db, sql`(${page}) as ranked`, filter.probes);
  }
  return rowsOf(
    db,
    byIndex(sql`select id, null::int from ${opportunities} where ${where}
      order by published_at desc, id limit ${limit}`),
    filter.probes,
  );
}

/** A page by relevance in one plain statement: each tier's newest first, tier after tier. */
export async function inTiers(
  db: DbOrTx,
  filter: SearchFilter,
  query: string,
  tiers: Tier[],
  cursor: SearchAfter | null,
  limit: number,
): Promise<Ranked[]> {
  const each = tiers.map(
    (tier) =>
      sql`select ${opportunities.id}, ${tier}::int as tier, ${opportunities.publishedAt} from ${opportunities}
        where ${and(tierWithin(filter, tier, cursor), inTier(filter, query, tier))}`,
  );
  return rowsOf(
    db,
    sql`(select id, tier from (${sql.join(each, sql` union all `)}) as tiers
      order by tier, published_at desc, id limit ${limit}) as ranked`,
    filter.probes,
  );
}

/** The planner's estimate of the opportunities `where` lets through: a plan, not a scan (migration 0019). */
const plannedRows = (where: SQL | undefined) =>
  sql`planned_rows(${written(sql`select 1 from ${opportunities} where ${where}`)})`;

/**
 * A large exchange's page by relevance, in one statement planned through the indexes. Tier by tier,
 * each read only while the page is not full (a condition without columns, which PostgreSQL checks
 * once, before it reads anything): a tier whose rarest word (`bounds`) the planner expects `probe.from`
 * times or more is looked for among the `probe.rows` newest first, and the rest of it, after what was
 * found there, is left to the planner.
 */
export async function probed(
  db: DbOrTx,
  filter: SearchFilter,
  query: string,
  bounds: string[],
  tiers: Tier[],
  cursor: SearchAfter | null,
  limit: number,
  probe: Probe,
): Promise<Ranked[]> {
  const ctes: SQL[] = [];
  const read: string[] = [];
  const fewerThanLimit = () =>
    read.length === 0
      ? sql`true`
      : sql`(select count(*) from (${sql.raw(read.map((name) => `select 1 from ${name}`).join(' union all '))}) as r) < ${limit}`;
  const page = (name: string, tier: Tier, where: SQL | undefined) =>
    sql`${sql.raw(name)} as materialized (select id, ${tier}::int as tier, published_at from ${opportunities}
      where ${where} order by published_at desc, id limit ${limit})`;
  for (const tier of tiers) {
    const within = tierWithin(filter, tier, cursor);
    const matches = inTier(filter, query, tier);
    const recent = `t${tier}_recent`;
    const rest = `t${tier}_rest`;
    const estimates = tierBounds(filter, tier, bounds).map((word) =>
      plannedRows(and(within, sql`${TIER_VECTOR[tier]} @@ ${word}::tsquery`)),
    );
    ctes.push(sql`${sql.raw(`t${tier}_bound`)} as materialized (select least(${sql.join(estimates, sql`, `)}) as n)`);
    ctes.push(
      page(
        recent,
        tier,
        sql`${fewerThanLimit()} and (select n from ${sql.raw(`t${tier}_bound`)}) >= ${probe.from}
          and ${opportunities.id} in (select id from (
            select id, published_at, search_vector, title_search_vector, summary_search_vector from ${opportunities}
            where ${within} order by published_at desc, id limit ${probe.rows}
          ) as recent where ${matches} order by published_at desc, id limit ${limit})`,
      ),
    );
    read.push(recent);
    // Not all among the newest: the rest of the tier, after the last found there.
    const last = `t${tier}_last`;
    ctes.push(sql`${sql.raw(last)} as (select published_at, id from ${sql.raw(recent)}
      order by published_at, id desc limit 1)`);
    ctes.push(
      page(
        rest,
        tier,
        and(
          fewerThanLimit(),
          within,
          matches,
          sql`(not exists (select 1 from ${sql.raw(last)}) or ${newestAfter(
            sql`(select published_at from ${sql.raw(last)})`,
            sql`(select id from ${sql.raw(last)})`,
          )})`,
        ),
      ),
    );
    read.push(rest);
  }
  const all = sql.raw(read.map((name) => `select id, tier, published_at from ${name}`).join(' union all '));
  return rowsOf(
    db,
    byIndex(
      sql`with ${sql.join(ctes, sql`, `)} select id, tier from (${all}) as found
        order by tier, published_at desc, id limit ${limit}`,
    ),
    filter.probes,
  );
}
