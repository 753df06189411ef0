import type { Opportunity, SearchMatch, SearchQuery } from '@innobridge/contracts';
import type { z } from 'zod';
import type { AppContext } from '../../../app-context.js';
import type { DbOrTx } from '../../../db/client.js';
import { isUuid } from '../../../lib/ids.js';
import { decodeCursor, encodeCursor, invalidCursor, isCursorInstant } from '../../../lib/pagination.js';
import { segmentQuery } from '../../../lib/text.js';
import { suggestQuery } from '../../matching/index.js';
import type { OpportunityRow } from '../opportunities/opportunities.repository.js';
import { describeOpportunities } from '../opportunities/opportunities.views.js';
import { facets } from './search.counts.js';
import { type Expanded, expanded, expansionOf, reasonsOf, textsOf } from './search.expansion.js';
import {
  boundingWords,
  PROBE,
  type Probe,
  pageWay,
  RELAX_BELOW,
  type SearchAfter,
  type SearchFilter,
  TIERS,
  type Tier,
  tiersFrom,
} from './search.policy.js';
import * as repo from './search.repository.js';

/** A search's words, segmented once: the statements and the highlighting take them from here. */
type Words = { text: string; segmented: string };
const wordsOf = (text: string | undefined): Words | undefined =>
  text ? { text, segmented: segmentQuery(text) } : undefined;

/**
 * A search's words compiled, with the terms they name in the taxonomy (ADR 0022), their stems, and how
 * many opportunities are published (ADR 0018): one statement. Without words, only the last.
 */
export async function prepareSearch(db: DbOrTx, text: string | undefined) {
  const words = wordsOf(text?.trim());
  const expansion = words ? expansionOf(words.text) : undefined;
  const { also, ...prepared } = await repo.prepare(db, words, expansion ? textsOf(expansion) : []);
  const plan: Expanded = expansion ? expanded(expansion, also) : { meaning: [] };
  const { meaning, ...tiers } = plan;
  return { ...prepared, ...tiers, plan };
}

/**
 * A page of published opportunities: newest first, or with a query and by relevance, tier by tier —
 * each tier's newest first, until the page is full — in one statement (ADR 0018).
 */
export async function search(
  db: DbOrTx,
  filter: SearchFilter,
  sort: 'relevance' | 'date',
  after: SearchAfter | null,
  limit: number,
  probe: Probe = PROBE,
): Promise<{ opportunity: OpportunityRow; tier: Tier | null; probes: number[] }[]> {
  const way = pageWay(filter, sort, probe);
  if (way.way === 'newest') return repo.newest(db, filter, after, limit, way.byIndex);
  if (way.way === 'tiers') return repo.inTiers(db, filter, way.query, tiersFrom(filter, after), after, limit);
  const bounds = boundingWords(filter, way.query);
  return repo.probed(db, filter, way.query, bounds, tiersFrom(filter, after), after, limit, probe);
}

/**
 * A page of the search, its counts and the words to highlight. `present` turns the page's rows into
 * what the caller returns (with their organisations' names): it runs as soon as the page is read,
 * while the counts are still being read, rather than after them.
 */
export async function searchOpportunities<T>(
  ctx: AppContext,
  query: z.infer<typeof SearchQuery>,
  present: (rows: OpportunityRow[]) => Promise<T[]>,
) {
  const words = wordsOf(query.q?.trim());
  const filters = {
    type: query.type,
    jurisdiction: query.jurisdiction,
    area: query.area,
    trl: query.trl,
    cooperationForm: query.cooperationForm,
  };
  // Words are compiled in the database; the counts of more than one filter are read from the matches,
  // which a small exchange counts whole (the kept counts serve the rest without this).
  const prepared: Partial<Awaited<ReturnType<typeof prepareSearch>>> | undefined = words
    ? await prepareSearch(ctx.db, words.text)
    : Object.values(filters).filter((v) => v !== undefined).length > 1
      ? await prepareSearch(ctx.db, undefined)
      : undefined;
  const { stems = [], plan = { meaning: [] }, ...compiled } = prepared ?? {};
  const filter: SearchFilter = { ...compiled, ...filters };
  // Ranked: [tier, published, id]; newest first: [published, id].
  const byRelevance = query.sort === 'relevance' && !!words;
  const after = cursorOf(query.cursor, byRelevance);
  // The page and the counts do not depend on each other.
  const [[rows, items], { total, estimated, estimatedFacets, facets: counts }] = await Promise.all([
    search(ctx.db, filter, query.sort, after, query.limit + 1).then(
      async (rows) => [rows, await present(rows.slice(0, query.limit).map((r) => r.opportunity))] as const,
    ),
    facets(ctx.db, filter),
  ]);
  const last = rows[query.limit - 1];
  const lastKey = last && [last.opportunity.publishedAt?.toISOString() ?? '', last.opportunity.id];
  const nextCursor =
    rows.length > query.limit && last && lastKey
      ? encodeCursor(byRelevance ? [last.tier ?? 3, ...lastKey] : lastKey)
      : null;
  const matches: Record<string, SearchMatch[]> = {};
  if (words) {
    for (const row of rows.slice(0, query.limit)) {
      matches[row.opportunity.id] = reasonsOf(words.text, plan, row.tier, row.probes);
    }
  }
  const synonyms = Object.values(matches).flatMap((m) => m.filter((r) => r.via).map((r) => r.term));
  const terms = words ? matchedTerms(words, stems, synonyms) : [];
  // Nothing or little found: perhaps a word was mistyped.
  const suggestion = words && total < RELAX_BELOW ? suggestQuery(words.text) : null;
  return { items, nextCursor, total, estimated, estimatedFacets, facets: counts, terms, matches, suggestion };
}

/** Where the page continues, from the cursor: ranked, [tier, published, id]; newest first, [published, id]. */
function cursorOf(cursor: string | undefined, byRelevance: boolean): SearchAfter | null {
  const key = decodeCursor(cursor, byRelevance ? 3 : 2);
  if (!key) return null;
  const [tier, publishedAt, id] = byRelevance ? key : [undefined, ...key];
  const valid =
    typeof id === 'string' &&
    isUuid(id) &&
    isCursorInstant(publishedAt) &&
    (!byRelevance || TIERS.includes(tier as Tier));
  if (!valid) throw invalidCursor();
  return { tier: tier as Tier | undefined, publishedAt, id };
}

/**
 * The words to highlight: the query's own words, their Chinese segmentation, and the Russian and
 * English stems (a page can mark any word that starts with a stem).
 */
function matchedTerms(words: Words, stems: string[], synonyms: string[]): string[] {
  const found = synonyms.flatMap((s) => s.split(/[\s-]+/));
  return [...new Set([...words.segmented.split(/\s+/), ...stems, ...found])].filter((w) => w.length > 0);
}

/** One of many searches run together by `newestResults`: its key, its query, and since when results count. */
export type NewestQuery = { key: string; query: Omit<z.infer<typeof SearchQuery>, 'cursor' | 'limit'>; since?: Date };

/**
 * The newest published results of many searches (saved searches' alerts and feeds): for each, up to
 * `limit` newest first, published after its `since` when given. Sorted by date whatever the query's
 * order, without counts; one statement per search and one look-up of their organisations for all.
 */
export async function newestResults(
  ctx: AppContext,
  queries: readonly NewestQuery[],
  limit: number,
): Promise<Map<string, Opportunity[]>> {
  const found = await Promise.all(
    queries.map(async ({ query, since }) => {
      const words = query.q?.trim() || undefined;
      const { stems: _stems, plan: _plan, ...compiled } = await prepareSearch(ctx.db, words);
      const filter: SearchFilter = {
        ...compiled,
        type: query.type,
        jurisdiction: query.jurisdiction,
        area: query.area,
        trl: query.trl,
        cooperationForm: query.cooperationForm,
      };
      const rows = await search(ctx.db, filter, 'date', null, limit);
      return rows
        .map((r) => r.opportunity)
        .filter((o) => !since || (o.publishedAt !== null && o.publishedAt.getTime() > since.getTime()));
    }),
  );
  const described = await describeOpportunities(
    ctx,
    [...new Map(found.flat().map((o) => [o.id, o])).values()],
    () => false,
  );
  const byId = new Map(described.map((o) => [o.id, o]));
  return new Map(
    queries.map((q, i) => [
      q.key,
      (found[i] ?? []).flatMap((o) => (byId.has(o.id) ? [byId.get(o.id) as Opportunity] : [])),
    ]),
  );
}
