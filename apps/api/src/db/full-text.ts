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
 * A Russian word's stem, as the search matches it: a stem of five letters or more loses a final vowel
 * and matches as a prefix. Snowball stems батарея and батареями to батаре but батарей and батареи to
 * батар; whoever types one form means the others. Other lexemes (English words read by the Russian
 * configuration, numbers) stay exact.
 */
const russianLexeme = (lexeme: SQL) => sql`case
  when ${lexeme} ~ '^[а-яё]{5,}$' then quote_literal(regexp_replace(${lexeme}, '[аеиоуыэюяьй]$', '')) || ':*'
  else quote_literal(${lexeme}) end`;

/**
 * What a search's words match in a `search_vector` built as ADR 0007 says: every word in the Russian
 * reading (stems as prefixes, above), or every word in the English one, or every Chinese word as
 * segmented by the app. Empty when nothing is left of the words (stop words only), which
 * `plainto_tsquery` then says in a notice.
 */
export function searchQuery(query: { text: string; segmented: string }): SQL {
  const russian = sql`coalesce((select string_agg(${russianLexeme(sql`lexeme`)}, ' & ')::tsquery
    from unnest(to_tsvector('russian', ${query.text}))), plainto_tsquery('russian', ${query.text}))`;
  return sql`(${russian} || plainto_tsquery('english', ${query.text}) || plainto_tsquery('simple', ${query.segmented}))`;
}
