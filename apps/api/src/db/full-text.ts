import { type SQL, sql } from 'drizzle-orm';
import type { DbOrTx, Tx } from './client.js';

/**
 * Runs a full-text search with sequential scans turned off for its own transaction only. The planner
 * prices `@@` as cheap; once a word is common it reads the whole table instead of the GIN index,
 * unpacking every row's tsvector on the way — three times slower for 9,000 matches among 100,000
 * organisations (160 ms against 52 ms, `npm run bench -- registry`). With the index, only the matching
 * rows are read.
 */
export function withFullTextIndex<T>(db: DbOrTx, run: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`set local enable_seqscan = off`);
    return run(tx);
  });
}

/** `withFullTextIndex` when the search has words to match; a plain read otherwise. */
export function searchingText<T>(db: DbOrTx, hasText: boolean, run: (handle: DbOrTx) => Promise<T>): Promise<T> {
  return hasText ? withFullTextIndex(db, run) : run(db);
}

/**
 * Up to this many rows, a table's matches are read as fast by a scan of the whole table as through
 * the index, and a search needs neither the transaction nor the setting of `withFullTextIndex`.
 */
const SMALL_TABLE_ROWS = 5_000;
const SIZE_KEPT_MS = 60_000;
const sizes = new WeakMap<object, Map<string, { rows: number; at: number }>>();

/**
 * Whether `table` is small, by the planner's count of its rows (a count of them before the table was
 * first analysed), read at most once a minute per database: a search only chooses its way by it, so a
 * size a minute old changes how fast it is, never what it finds.
 */
export async function isSmallTable(db: DbOrTx, table: 'organizations'): Promise<boolean> {
  const kept = sizes.get(db) ?? new Map<string, { rows: number; at: number }>();
  sizes.set(db, kept);
  const known = kept.get(table);
  if (known && Date.now() - known.at < SIZE_KEPT_MS) return known.rows <= SMALL_TABLE_ROWS;
  const name = sql.identifier(table);
  const result = (await db.execute(
    sql`select case when reltuples < 0 then (select count(*) from ${name}) else reltuples end::bigint as rows
      from pg_class where oid = ${table}::regclass`,
  )) as unknown as { rows: { rows: string | number }[] };
  const rows = Number(result.rows[0]?.rows ?? 0);
  kept.set(table, { rows, at: Date.now() });
  return rows <= SMALL_TABLE_ROWS;
}

/**
 * A Russian word's stem, as the search matches it: a stem of five letters or more matches with or
 * without one final vowel. Snowball stems батарея and батареями to батаре but батарей and батареи to
 * батар; whoever types one form means the others. The forms are listed rather than matched as a
 * prefix: a GIN index finds listed words directly, a prefix by walking its entries (four times
 * slower for a common word). Other lexemes (English words read by the Russian configuration,
 * numbers) stay as they are.
 */
const russianLexeme = sql`case
  when lexeme ~ '^[а-яё]{5,}$' then (
    select '(' || string_agg(quote_literal(regexp_replace(lexeme, '[аеиоуыэюяьй]$', '') || vowel), ' | ') || ')'
    from unnest('{"",а,е,и,о,у,ы,э,ю,я,ь,й}'::text[]) as vowel)
  else quote_literal(lexeme) end`;

/**
 * Every word of `text` in one configuration's reading. Empty when nothing is left of the words (stop
 * words only), which `plainto_tsquery` then says in a notice.
 */
function reading(config: 'russian' | 'english' | 'simple', text: string): SQL {
  const lexeme = config === 'russian' ? russianLexeme : sql`quote_literal(lexeme)`;
  const name = sql.raw(`'${config}'`);
  return sql`coalesce((select string_agg(${lexeme}, ' & ')::tsquery from unnest(to_tsvector(${name}, ${text}))),
    plainto_tsquery(${name}, ${text}))`;
}

/**
 * What a search's words match in a `search_vector` built as ADR 0007 says: every word in the Russian
 * reading (stems with and without a final vowel, above), or every word in the English one, or every
 * Chinese word as segmented by the app.
 */
export function searchQuery(query: { text: string; segmented: string }): SQL {
  return sql`(${reading('russian', query.text)} || ${reading('english', query.text)}
    || ${reading('simple', query.segmented)})`;
}

/** The three readings of each query, one after the other in one array of text (`compiledFrom` reads it). */
export function readingsOf(queries: { text: string; segmented: string }[]): SQL {
  const readings = (query: { text: string; segmented: string }) =>
    sql`${reading('russian', query.text)}::text, ${reading('english', query.text)}::text,
      ${reading('simple', query.segmented)}::text`;
  return sql`array[${sql.join(queries.map(readings), sql`, `)}]`;
}

/**
 * Each query as text for `::tsquery`, from the array `readingsOf` selected. A reading that repeats
 * another (an English word reads the same in the Russian and English configurations) is left out: the
 * planner would count its rows twice.
 */
export function compiledFrom(readings: (string | null)[], count: number): string[] {
  return Array.from({ length: count }, (_, i) => {
    const distinct = new Set(readings.slice(3 * i, 3 * i + 3).filter((r): r is string => !!r && r.trim() !== ''));
    return [...distinct].map((r) => `( ${r} )`).join(' | ');
  });
}

/**
 * Queries computed once, as text for `::tsquery`: the planner then sees the words themselves and
 * estimates from the column's statistics how many rows have them, instead of a default guess. All in
 * one statement.
 */
export async function compiledSearchQueries(
  db: DbOrTx,
  queries: { text: string; segmented: string }[],
): Promise<string[]> {
  if (queries.length === 0) return [];
  const result = (await db.execute(sql`select ${readingsOf(queries)} as readings`)) as unknown as {
    rows: { readings: (string | null)[] }[];
  };
  return compiledFrom(result.rows[0]?.readings ?? [], queries.length);
}
