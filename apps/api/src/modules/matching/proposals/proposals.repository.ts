import { and, asc, desc, eq, gt, inArray, lte, ne, notInArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.js';
import {
  matchFeedback,
  matchFrequencies,
  matchOrganizationSides,
  matchProposals,
  matchSides,
  matchState,
} from '../matching.tables.js';

// SQL of the stored proposals (ADR 0026): the sides, the document frequencies, the lists and the feedback.

export type SideRow = typeof matchSides.$inferSelect;
export type ProposalRow = typeof matchProposals.$inferSelect;
export type ListName = ProposalRow['list'];
export type CandidateKind = ProposalRow['candidateKind'];
export type OrganizationSideRow = typeof matchOrganizationSides.$inferSelect;
export type FeedbackRow = typeof matchFeedback.$inferSelect;

/** A list of values as one SQL array (drizzle would write a row of parameters). */
const arrayOf = (values: string[], type: 'text' | 'uuid') =>
  values.length === 0
    ? sql.raw(`'{}'::${type}[]`)
    : sql`array[${sql.join(
        values.map((v) => sql`${v}`),
        sql`, `,
      )}]::${sql.raw(type)}[]`;

/** The key of `match_frequencies` that holds the number of listed opportunities. */
export const TOTAL_KEY = '';

export async function findSide(db: DbOrTx, opportunityId: string): Promise<SideRow | undefined> {
  const [row] = await db.select().from(matchSides).where(eq(matchSides.opportunityId, opportunityId));
  return row;
}

export async function upsertSide(db: DbOrTx, row: SideRow): Promise<void> {
  const { opportunityId: _id, ...rest } = row;
  await db.insert(matchSides).values(row).onConflictDoUpdate({ target: matchSides.opportunityId, set: rest });
}

export async function deleteSide(db: DbOrTx, opportunityId: string): Promise<void> {
  await db.delete(matchSides).where(eq(matchSides.opportunityId, opportunityId));
}

/**
 * Listed sides of the given types that share a concept with the query, those sharing the most first,
 * and those that share an area (a level-2 area or a domain), those sharing the most first: two index
 * look-ups on the arrays' GIN indexes, at most `limit` each.
 */
export async function retrieve(
  db: DbOrTx,
  query: {
    types: string[];
    concepts: string[];
    areas: string[];
    exclude: string;
    /** An organisation whose opportunities are left out (its own are no proposal to it). */
    excludeOrganization: string | null;
    limit: number;
  },
): Promise<SideRow[]> {
  if (query.types.length === 0) return [];
  const by = async (column: typeof matchSides.concepts | typeof matchSides.areas, values: string[]) => {
    if (values.length === 0) return [];
    const array = arrayOf(values, 'text');
    return db
      .select()
      .from(matchSides)
      .where(
        and(
          eq(matchSides.listed, true),
          inArray(matchSides.type, query.types),
          ne(matchSides.opportunityId, query.exclude),
          query.excludeOrganization ? ne(matchSides.organizationId, query.excludeOrganization) : undefined,
          sql`${column} && ${array}`,
        ),
      )
      .orderBy(
        desc(sql`cardinality(array(select unnest(${column}) intersect select unnest(${array})))`),
        asc(matchSides.opportunityId),
      )
      .limit(query.limit);
  };
  const byConcepts = await by(matchSides.concepts, query.concepts);
  const byAreas = await by(matchSides.areas, query.areas);
  const seen = new Set(byConcepts.map((r) => r.opportunityId));
  return [...byConcepts, ...byAreas.filter((r) => !seen.has(r.opportunityId))];
}

/** The sides of these opportunities. */
export async function sidesOf(db: DbOrTx, ids: string[]): Promise<SideRow[]> {
  if (ids.length === 0) return [];
  return db.select().from(matchSides).where(inArray(matchSides.opportunityId, ids));
}

/** Listed sides, after the id `after`, for a pass over all of them. */
export async function listedSidesAfter(db: DbOrTx, after: string | null, limit: number): Promise<string[]> {
  const rows = await db
    .select({ id: matchSides.opportunityId })
    .from(matchSides)
    .where(and(eq(matchSides.listed, true), after ? sql`${matchSides.opportunityId} > ${after}::uuid` : undefined))
    .orderBy(asc(matchSides.opportunityId))
    .limit(limit);
  return rows.map((r) => r.id);
}

/**
 * Listed sides a change of the concept index may change: those holding one of the concepts or areas,
 * and those whose words hold every word of one of the terms (a term found in a text has its words
 * there). The words have no index: a pass over the sides, for a job.
 */
export async function affectedSides(
  db: DbOrTx,
  change: { concepts: string[]; areas: string[]; termKeys: string[][] },
): Promise<string[]> {
  const any = [
    change.concepts.length > 0 ? sql`${matchSides.concepts} && ${arrayOf(change.concepts, 'text')}` : null,
    change.areas.length > 0 ? sql`${matchSides.areas} && ${arrayOf(change.areas, 'text')}` : null,
    ...change.termKeys.filter((k) => k.length > 0).map((k) => sql`${matchSides.keys} @> ${arrayOf(k, 'text')}`),
  ].filter((c) => c !== null);
  if (any.length === 0) return [];
  const rows = await db
    .select({ id: matchSides.opportunityId })
    .from(matchSides)
    .where(and(eq(matchSides.listed, true), sql`(${sql.join(any, sql` or `)})`))
    .orderBy(asc(matchSides.opportunityId));
  return rows.map((r) => r.id);
}

// organisations' sides

export async function findOrganizationSide(
  db: DbOrTx,
  organizationId: string,
): Promise<OrganizationSideRow | undefined> {
  const [row] = await db
    .select()
    .from(matchOrganizationSides)
    .where(eq(matchOrganizationSides.organizationId, organizationId));
  return row;
}

export async function upsertOrganizationSide(db: DbOrTx, row: OrganizationSideRow): Promise<void> {
  const { organizationId: _id, ...rest } = row;
  await db
    .insert(matchOrganizationSides)
    .values(row)
    .onConflictDoUpdate({ target: matchOrganizationSides.organizationId, set: rest });
}

export async function deleteOrganizationSide(db: DbOrTx, organizationId: string): Promise<void> {
  await db.delete(matchOrganizationSides).where(eq(matchOrganizationSides.organizationId, organizationId));
}

/**
 * Organisations' sides that share a concept with the query, those sharing the most first, and those
 * that share an area: the same two look-ups as `retrieve`, over the organisations (listed or not).
 */
export async function retrieveOrganizations(
  db: DbOrTx,
  query: { concepts: string[]; areas: string[]; excludeOrganization: string; limit: number },
): Promise<OrganizationSideRow[]> {
  const t = matchOrganizationSides;
  const by = async (column: typeof t.concepts | typeof t.areas, values: string[]) => {
    if (values.length === 0) return [];
    const array = arrayOf(values, 'text');
    return db
      .select()
      .from(t)
      .where(and(ne(t.organizationId, query.excludeOrganization), sql`${column} && ${array}`))
      .orderBy(
        desc(sql`cardinality(array(select unnest(${column}) intersect select unnest(${array})))`),
        asc(t.organizationId),
      )
      .limit(query.limit);
  };
  const byConcepts = await by(t.concepts, query.concepts);
  const byAreas = await by(t.areas, query.areas);
  const seen = new Set(byConcepts.map((r) => r.organizationId));
  return [...byConcepts, ...byAreas.filter((r) => !seen.has(r.organizationId))];
}

/** Organisations' sides, after the id `after`, for a pass over all of them. */
export async function organizationSidesAfter(db: DbOrTx, after: string | null, limit: number): Promise<string[]> {
  const t = matchOrganizationSides;
  const rows = await db
    .select({ id: t.organizationId })
    .from(t)
    .where(after ? sql`${t.organizationId} > ${after}::uuid` : undefined)
    .orderBy(asc(t.organizationId))
    .limit(limit);
  return rows.map((r) => r.id);
}

/** When the organisation's side was computed: null while its first computation is pending. */
export async function organizationComputedAt(db: DbOrTx, organizationId: string): Promise<Date | null> {
  return (await findOrganizationSide(db, organizationId))?.computedAt ?? null;
}

// document frequencies

export async function allFrequencies(db: DbOrTx): Promise<{ key: string; df: number }[]> {
  return db.select().from(matchFrequencies);
}

/** Adds `delta` to each key's count (keys sorted, so that two writers lock them in one order). */
export async function addFrequencies(db: DbOrTx, deltas: Map<string, number>): Promise<void> {
  const entries = [...deltas].filter(([, d]) => d !== 0).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (let i = 0; i < entries.length; i += 1000) {
    const chunk = entries.slice(i, i + 1000);
    await db
      .insert(matchFrequencies)
      .values(chunk.map(([key, df]) => ({ key, df })))
      .onConflictDoUpdate({ target: matchFrequencies.key, set: { df: sql`${matchFrequencies.df} + excluded.df` } });
  }
  if (entries.length > 0) await db.delete(matchFrequencies).where(sql`${matchFrequencies.df} <= 0`);
}

// proposals

/**
 * Replaces an opportunity's list: pairs no longer in it go, the others are written over, and a pair
 * that was already there keeps the instant it was first proposed.
 */
export async function replaceList(
  db: DbOrTx,
  opportunityId: string,
  list: ListName,
  rows: ProposalRow[],
): Promise<void> {
  await db.delete(matchProposals).where(
    and(
      eq(matchProposals.opportunityId, opportunityId),
      eq(matchProposals.list, list),
      rows.length > 0
        ? notInArray(
            matchProposals.id,
            rows.map((r) => r.id),
          )
        : undefined,
    ),
  );
  await upsertProposals(db, rows, { withRank: true });
}

/**
 * Writes proposals over those of the same pair, which keep the instant they were first proposed (and
 * their rank, unless `withRank`: entries in others' lists are numbered by `rerankAndTrim`).
 */
async function upsertProposals(db: DbOrTx, rows: ProposalRow[], { withRank }: { withRank: boolean }) {
  if (rows.length === 0) return;
  await db
    .insert(matchProposals)
    .values(rows)
    .onConflictDoUpdate({
      target: matchProposals.id,
      set: {
        score: sql`excluded.score`,
        explanation: sql`excluded.explanation`,
        computedAt: sql`excluded.computed_at`,
        ...(withRank ? { rank: sql`excluded.rank` } : {}),
      },
    });
}

/** Takes the opportunity out of every other opportunity's lists; answers whose lists it was in. */
export async function removeCandidate(db: DbOrTx, candidateId: string): Promise<string[]> {
  const rows = await db
    .delete(matchProposals)
    .where(eq(matchProposals.candidateId, candidateId))
    .returning({ opportunityId: matchProposals.opportunityId });
  return [...new Set(rows.map((r) => r.opportunityId))];
}

/** The opportunities whose list holds this candidate. */
export async function holdersOf(db: DbOrTx, candidateId: string, list: ListName): Promise<string[]> {
  const rows = await db
    .select({ opportunityId: matchProposals.opportunityId })
    .from(matchProposals)
    .where(and(eq(matchProposals.candidateId, candidateId), eq(matchProposals.list, list)));
  return rows.map((r) => r.opportunityId);
}

/** Takes the candidate out of the lists of every opportunity but those in `keep`. */
export async function removeCandidateExcept(db: DbOrTx, candidateId: string, list: ListName, keep: string[]) {
  await db
    .delete(matchProposals)
    .where(
      and(
        eq(matchProposals.candidateId, candidateId),
        eq(matchProposals.list, list),
        keep.length > 0 ? notInArray(matchProposals.opportunityId, keep) : undefined,
      ),
    );
}

export async function deleteListsOf(db: DbOrTx, opportunityId: string): Promise<void> {
  await db.delete(matchProposals).where(eq(matchProposals.opportunityId, opportunityId));
}

/** How full each of these opportunities' lists is, and its lowest score. */
export async function listFloors(
  db: DbOrTx,
  opportunityIds: string[],
  list: ListName,
  kind: CandidateKind = 'opportunity',
): Promise<Map<string, { count: number; lowest: number }>> {
  if (opportunityIds.length === 0) return new Map();
  const rows = await db
    .select({
      opportunityId: matchProposals.opportunityId,
      count: sql<number>`count(*)::int`,
      lowest: sql<number>`min(${matchProposals.score})`,
    })
    .from(matchProposals)
    .where(
      and(
        inArray(matchProposals.opportunityId, opportunityIds),
        eq(matchProposals.list, list),
        eq(matchProposals.candidateKind, kind),
      ),
    )
    .groupBy(matchProposals.opportunityId);
  return new Map(rows.map((r) => [r.opportunityId, { count: r.count, lowest: Number(r.lowest) }]));
}

export async function insertProposals(db: DbOrTx, rows: ProposalRow[]): Promise<void> {
  await upsertProposals(db, rows, { withRank: false });
}

/**
 * Numbers the lists of these opportunities again by score and keeps the best `size` candidates of each
 * kind (`sizes`; a kind not named keeps none).
 */
export async function rerankAndTrim(
  db: DbOrTx,
  opportunityIds: string[],
  list: ListName,
  sizes: Partial<Record<CandidateKind, number>>,
) {
  if (opportunityIds.length === 0) return;
  const keep = sql`case ranked.candidate_kind when 'organization' then ${sizes.organization ?? 0}::int else ${sizes.opportunity ?? 0}::int end`;
  await db.execute(sql`
    with ranked as (
      select id, candidate_kind,
        row_number() over (partition by opportunity_id, candidate_kind order by score desc, candidate_id) as k
      from match_proposals
      where opportunity_id = any(${arrayOf(opportunityIds, 'uuid')}) and list = ${list}
    ), trimmed as (
      delete from match_proposals p using ranked where p.id = ranked.id and ranked.k > ${keep}
    ), kept as (
      select p.id, row_number() over (partition by p.opportunity_id order by p.score desc, p.candidate_id) as r
      from match_proposals p join ranked on ranked.id = p.id
      where ranked.k <= ${keep}
    )
    update match_proposals p set rank = kept.r from kept where p.id = kept.id`);
}

export async function listOf(db: DbOrTx, opportunityId: string, list: ListName, limit: number): Promise<ProposalRow[]> {
  return db
    .select()
    .from(matchProposals)
    .where(and(eq(matchProposals.opportunityId, opportunityId), eq(matchProposals.list, list)))
    .orderBy(asc(matchProposals.rank))
    .limit(limit);
}

export async function listsOf(db: DbOrTx, opportunityIds: string[], list: ListName): Promise<ProposalRow[]> {
  if (opportunityIds.length === 0) return [];
  return db
    .select()
    .from(matchProposals)
    .where(and(inArray(matchProposals.opportunityId, opportunityIds), eq(matchProposals.list, list)))
    .orderBy(asc(matchProposals.opportunityId), asc(matchProposals.rank));
}

/** The proposals of these opportunities' candidate lists first proposed after `since`, up to a rank. */
export async function proposedSince(
  db: DbOrTx,
  opportunityIds: string[],
  since: Date,
  maxRank: number,
): Promise<ProposalRow[]> {
  if (opportunityIds.length === 0) return [];
  return db
    .select()
    .from(matchProposals)
    .where(
      and(
        inArray(matchProposals.opportunityId, opportunityIds),
        eq(matchProposals.list, 'candidates'),
        gt(matchProposals.firstProposedAt, since),
        lte(matchProposals.rank, maxRank),
      ),
    )
    .orderBy(asc(matchProposals.rank), asc(matchProposals.opportunityId));
}

export async function findProposal(db: DbOrTx, id: string): Promise<ProposalRow | undefined> {
  const [row] = await db.select().from(matchProposals).where(eq(matchProposals.id, id));
  return row;
}

/** When the side was computed: null while its first computation is pending. */
export async function computedAtOf(db: DbOrTx, opportunityId: string): Promise<Date | null> {
  const [row] = await db
    .select({ at: matchSides.computedAt })
    .from(matchSides)
    .where(eq(matchSides.opportunityId, opportunityId));
  return row?.at ?? null;
}

/** When each of these opportunities' sides was computed; those not computed yet are left out. */
export async function computedAtsOf(db: DbOrTx, opportunityIds: string[]): Promise<Map<string, Date>> {
  if (opportunityIds.length === 0) return new Map();
  const rows = await db
    .select({ id: matchSides.opportunityId, at: matchSides.computedAt })
    .from(matchSides)
    .where(inArray(matchSides.opportunityId, opportunityIds));
  return new Map(rows.map((r) => [r.id, r.at]));
}

// feedback

export async function feedbackOf(db: DbOrTx, userId: string, opportunityIds: string[]): Promise<FeedbackRow[]> {
  if (opportunityIds.length === 0) return [];
  return db
    .select()
    .from(matchFeedback)
    .where(and(eq(matchFeedback.userId, userId), inArray(matchFeedback.opportunityId, opportunityIds)));
}

export async function setFeedback(db: DbOrTx, row: FeedbackRow): Promise<void> {
  await db
    .insert(matchFeedback)
    .values(row)
    .onConflictDoUpdate({
      target: [matchFeedback.userId, matchFeedback.proposalId],
      set: { value: row.value, at: row.at },
    });
}

export async function clearFeedback(db: DbOrTx, userId: string, proposalId: string): Promise<void> {
  await db.delete(matchFeedback).where(and(eq(matchFeedback.userId, userId), eq(matchFeedback.proposalId, proposalId)));
}

/** How many people found each proposal useful and not useful. */
export async function feedbackCounts(
  db: DbOrTx,
  proposalIds: string[],
): Promise<Map<string, { useful: number; notUseful: number }>> {
  if (proposalIds.length === 0) return new Map();
  const rows = await db
    .select({
      proposalId: matchFeedback.proposalId,
      useful: sql<number>`count(*) filter (where ${matchFeedback.value} = 'useful')::int`,
      notUseful: sql<number>`count(*) filter (where ${matchFeedback.value} = 'not_useful')::int`,
    })
    .from(matchFeedback)
    .where(inArray(matchFeedback.proposalId, proposalIds))
    .groupBy(matchFeedback.proposalId);
  return new Map(rows.map((r) => [r.proposalId, { useful: r.useful, notUseful: r.notUseful }]));
}

// the catch-up's watermark

export async function readState(db: DbOrTx, key: string) {
  const [row] = await db.select().from(matchState).where(eq(matchState.key, key));
  return row;
}

export async function writeState(db: DbOrTx, key: string, at: Date | null, value: string | null) {
  await db
    .insert(matchState)
    .values({ key, at, value })
    .onConflictDoUpdate({ target: matchState.key, set: { at, value } });
}

/** The organisation's listed opportunities. */
export async function listedOf(db: DbOrTx, organizationId: string): Promise<string[]> {
  const rows = await db
    .select({ id: matchSides.opportunityId })
    .from(matchSides)
    .where(and(eq(matchSides.organizationId, organizationId), eq(matchSides.listed, true)))
    .orderBy(desc(matchSides.computedAt));
  return rows.map((r) => r.id);
}
