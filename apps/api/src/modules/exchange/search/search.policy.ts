/**
 * How the exchange's search reads (ADR 0010, 0018): the tiers of relevance, when a tier is
 * looked for among the newest first, when counts are exact, sampled or estimated. Decisions only:
 * `search.repository.ts` writes them as SQL.
 */

/**
 * Relevance, as tiers (ADR 0010, 0022): 1, the words are in the title; 2, in the summary; 3, elsewhere
 * or spread across fields; 4, each word or a term of a taxonomy area it names, in any language
 * (synonyms); 5, when the first four find fewer than `RELAX_BELOW`, any of the words or their terms
 * (partial). Newest first within a tier.
 */
export type Tier = 1 | 2 | 3 | 4 | 5;
export const TIERS: readonly Tier[] = [1, 2, 3, 4, 5];

/** Below this many matches of all the words (or their synonyms), a search also finds partial matches. */
export const RELAX_BELOW = 5;

/** The tiers a search has: the synonyms' when its words name an area, the partial one when it has several words. */
export const tiersOf = (filter: SearchFilter): Tier[] =>
  TIERS.filter((t) => t <= 3 || (t === 4 && !!filter.synonymTsquery) || (t === 5 && !!filter.partialTsquery));

/** Where a page of search results continues: after this opportunity, in its tier when ranked. */
export type SearchAfter = { tier?: Tier; publishedAt: string; id: string };

/** The facets a search filters by and counts. */
export type Facet = 'type' | 'jurisdiction' | 'area' | 'trl' | 'cooperationForm';
export const FACET_NAMES: readonly Facet[] = ['type', 'jurisdiction', 'area', 'trl', 'cooperationForm'];

export type SearchFilter = {
  /** The search's words, compiled (`prepareSearch`). */
  tsquery?: string;
  /** Each word on its own, likewise: what the planner estimates well (see `tierBound`). */
  wordTsqueries?: string[];
  /** Every word, each as itself or as a term of an area it names (tier 4); none when no word names one. */
  synonymTsquery?: string;
  /** Any word, as itself or as such a term (tier 5); only for several words. */
  partialTsquery?: string;
  /** What each result is checked against to say why it was found (`search.reasons.ts`), compiled. */
  probes?: string[];
  type?: string;
  jurisdiction?: string;
  area?: string;
  trl?: number;
  cooperationForm?: string;
  /**
   * How many opportunities are published, read with the words: a small exchange is searched in one
   * statement per part, without the estimates, samples and settings that a large one needs.
   */
  published?: number;
};

/**
 * Past `from` estimated matches, a tier's newest are looked for among the `rows` newest opportunities
 * first: when a tier has many matches they are found there, reading a few rows per match; the planner
 * would otherwise often read every match to sort them, because it takes words to be independent and
 * so expects few rows for several words together.
 */
export type Probe = { from: number; rows: number };
export const PROBE: Probe = { from: 1_000, rows: 2_000 };

/** Whether the exchange is small enough that no tier can need the look among the newest. */
export const isSmall = (filter: SearchFilter, probe: Probe) =>
  filter.published !== undefined && filter.published < probe.from;

/**
 * The words a tier's size is bounded by: the planner multiplies the words' frequencies as if they were
 * independent, and so expects few rows for several common words together (310 for a pair found in
 * 9,800 titles). The rarest word's own estimate bounds the matches from above instead.
 */
export const boundingWords = (filter: SearchFilter, query: string): string[] =>
  filter.wordTsqueries?.length ? filter.wordTsqueries : [query];

/** The tiers a page reads, from the cursor's on. */
export const tiersFrom = (filter: SearchFilter, after: SearchAfter | null): Tier[] =>
  tiersOf(filter).filter((t) => t >= (after?.tier ?? 1));

/**
 * How a page is read: `tiers`, a small exchange's tiers in one plain statement; `probed`, a large
 * one's tier by tier, each looked for among the newest first when its estimate is past `probe.from`
 * (all in one statement, planned through the indexes); `newest`, newest first, through the indexes
 * when there are words and the exchange is large.
 */
export type PageWay =
  | { way: 'tiers'; query: string }
  | { way: 'probed'; query: string }
  | { way: 'newest'; byIndex: boolean };

export function pageWay(filter: SearchFilter, sort: 'relevance' | 'date', probe: Probe): PageWay {
  const query = filter.tsquery;
  // A small exchange reads its few matches faster than the index would find them, and no tier of it
  // can be large: without the estimates.
  const small = isSmall(filter, probe);
  if (sort === 'date' || query === undefined) return { way: 'newest', byIndex: query !== undefined && !small };
  return small ? { way: 'tiers', query } : { way: 'probed', query };
}

/**
 * Counts are exact up to this many matches. Past it they are estimated (ADR 0010): counting every
 * match of a common word reads tens of thousands of rows.
 */
export const EXACT_COUNTS_UP_TO = 1_000;

/**
 * One published opportunity in SAMPLE_EVERY, chosen by its id, has its words in a GIN index of its own
 * (migration 0011): a search with words counts there first, reading an eighth of the matches.
 */
export const SAMPLE_EVERY = 8;

/**
 * How many of the sample's matches an estimate reads at most: each is a page read, from the operating
 * system's cache at best (10 µs), and 500 give counts within a few per cent.
 */
export const SAMPLE_ROWS = 500;

/**
 * Whether counts are taken over the sample, and how many matches they go through at most; `anyOrder`
 * when the matches are known to be fewer, so that the order they are read in, which an estimate rests
 * on, does not matter.
 */
export type Counting = { upTo: number; sampled: boolean; anyOrder?: boolean };

export type CountingOptions = { upTo?: number; sample?: boolean };

/**
 * How a search's counts are read, each way in one statement: a small exchange (`whole`) is counted
 * whole, in whatever order its rows come — and should its matches be more than `upTo` after all (it
 * grew meanwhile), as a large one is. A large one with words is counted over the sample, and over
 * every match (`exact`) when the sample says they are few; any other over every match, up to `upTo`.
 */
export function countings(filter: SearchFilter, { upTo = EXACT_COUNTS_UP_TO, sample = true }: CountingOptions) {
  return {
    upTo,
    whole:
      filter.published !== undefined && filter.published <= upTo / 2
        ? { upTo, sampled: false, anyOrder: true }
        : undefined,
    sample: sample && filter.tsquery !== undefined ? { upTo: Math.min(upTo, SAMPLE_ROWS), sampled: true } : undefined,
    exact: { upTo, sampled: false },
  } satisfies Record<string, Counting | number | undefined>;
}

/**
 * Up to what estimate (before rounding) a sample's matches need the exact counts: read in the same
 * statement as the sample, under this condition, so that they are there whenever `sampleSuffices`
 * says no — with room, as the estimate is rounded after.
 */
export const exactNeededUpTo = (upTo: number) => upTo * 1.1;

/** Whether the sample's counts are the answer: they estimate more matches than are counted exactly. */
export const sampleSuffices = (estimatedTotal: number, upTo: number) => estimatedTotal > upTo;

/**
 * What the counts of the first matches are multiplied by: none when they were every match (of the
 * whole table). Past `upTo`, matches are taken to continue, as dense as in the pages they came from,
 * to the table's end; a word that appears only in recent opportunities starts late in the table, and
 * so does the estimate.
 */
export type Extent = { n: number; firstPage: number; lastPage: number; pages: number };
export function scaleOf({ n, firstPage, lastPage, pages }: Extent, { upTo, sampled }: Counting): number | null {
  const rest = n > upTo ? Math.max(1, (pages - firstPage) / (lastPage - firstPage + 1)) : 1;
  return sampled ? SAMPLE_EVERY * rest : n > upTo ? rest : null;
}

/** An estimate as people read one: two significant figures, at least 1. */
export function roughly(n: number): number {
  if (n < 1) return 1;
  const unit = 10 ** Math.max(0, Math.floor(Math.log10(n)) - 1);
  return Math.round(n / unit) * unit;
}
