import { createHash } from 'node:crypto';
import type { Opportunity, OpportunityType, Organization } from '@innobridge/contracts';
import type { AppContext } from '../../../app-context.js';
import {
  areaProfile,
  COMPLEMENTS,
  type ConceptIndex,
  conceptsOfOpportunity,
  documentKeys,
  type Frequencies,
  idf,
  type MatchSide,
  matchSideOf,
  scoreMatch,
  textTerms,
} from '../concepts/index.js';
import { currentIndex } from './current-index.js';
import { applyToCache, frequencies, frequencyChanges } from './proposals.frequencies.js';
import type { CandidateKind, ListName, OrganizationSideRow, ProposalRow, SideRow } from './proposals.repository.js';
import * as repo from './proposals.repository.js';
import type { MatchingSources } from './proposals.sources.js';

/**
 * Recomputing an opportunity's proposals (ADR 0026). Its side is read from its texts; candidates are
 * found by an index look-up (listed sides of the answering kinds sharing one of its rarer concepts or one
 * of its areas), scored by the matcher, and the best stored. The opportunity also enters the stored lists
 * of those it answers where it beats their lowest score; closed, it leaves every list.
 */

/** How many proposals each list keeps (of opportunities; an opportunity's candidates also keep organisations). */
export const LIST_SIZE: Record<ListName, number> = { candidates: 30, similar: 12, organization: 30 };
/** How many organisations an opportunity's candidates keep, beside its opportunities. */
export const ORGANIZATION_CANDIDATES = 10;
/** How many proposals of each kind a list keeps. */
const KEEP: Record<ListName, Partial<Record<CandidateKind, number>>> = {
  candidates: { opportunity: LIST_SIZE.candidates, organization: ORGANIZATION_CANDIDATES },
  similar: { opportunity: LIST_SIZE.similar },
  organization: { opportunity: LIST_SIZE.organization },
};

/**
 * The kinds of opportunity that look for organisations too (issue 13), and the part an organisation
 * plays for them, as the matcher scores it: an R&D partner search meets an organisation with the
 * skills as it meets another search; a corporate challenge meets one as it meets a technology offer.
 */
export const ORGANIZATION_ROLE: Partial<Record<OpportunityType, OpportunityType>> = {
  rd_partner_search: 'rd_partner_search',
  corporate_challenge: 'technology_offer',
};
const LOOKS_FOR_ORGANIZATIONS = Object.keys(ORGANIZATION_ROLE) as OpportunityType[];
/** At most this many candidates sharing a concept, and as many sharing an area, are scored for one opportunity. */
const RETRIEVE_LIMIT = 1000;
/** The look-up uses the side's rarest concepts, at most this many. */
const QUERY_CONCEPTS = 40;
/** A score below this is no proposal. */
const MIN_SCORE = 0.02;
/**
 * …and between an opportunity and an organisation, below this: a profile describes everything an
 * organisation does, so sharing no more than a broad domain (about 0.02) says nothing of it.
 */
const ORGANIZATION_MIN_SCORE = 0.05;
/**
 * An opportunity enters the lists of at most this many of those it answers, its best-scored ones, and
 * is scored again in the lists that already hold it: the score is nearly symmetric, so it rarely
 * belongs in the list of one it ranks far down; where it does (a list not yet full), the nightly
 * refresh puts it there. Unbounded, a publication among 100,000 wrote into about a thousand lists.
 */
const PROPAGATE_LIMIT = 100;

type Ctx = AppContext;

/** A proposal's id: derived from the pair and the list, so that feedback outlives a recomputation. */
export function proposalId(list: ListName, opportunityId: string, kind: string, candidateId: string): string {
  const h = createHash('sha1').update(`${list}|${opportunityId}|${kind}|${candidateId}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((Number.parseInt(h.slice(16, 18), 16) & 0x3f) | 0x80).toString(16)}${h.slice(18, 20)}-${h.slice(20, 32)}`;
}

const sideOf = (row: SideRow | OrganizationSideRow) => row.side as unknown as MatchSide;

/** An organisation's side in the part it plays for an opportunity of this type (no TRL: no offer of its own). */
function playing(organization: MatchSide, forType: string): MatchSide {
  return { ...organization, type: ORGANIZATION_ROLE[forType as OpportunityType] ?? organization.type, trl: null };
}

/** A side of the same kind, seen as an answer to `other`: similar opportunities are scored as a pair. */
function asAnswerTo(side: MatchSide, other: MatchSide): MatchSide {
  const type = (COMPLEMENTS[other.type as OpportunityType] ?? [])[0] ?? side.type;
  return { ...side, type, trl: 9 };
}

type Scored = { row: SideRow; score: number };

function scorePairs(
  index: ConceptIndex,
  side: MatchSide,
  rows: SideRow[],
  list: ListName,
  freq: Frequencies,
  today: string,
) {
  const scored: Scored[] = [];
  for (const row of rows) {
    const other = sideOf(row);
    const a = list === 'similar' ? asAnswerTo(side, other) : side;
    const s = scoreMatch(index, a, other, freq, today);
    if (s && s.score >= MIN_SCORE) scored.push({ row, score: s.score });
  }
  return scored.sort((x, y) => y.score - x.score || (x.row.opportunityId < y.row.opportunityId ? -1 : 1));
}

/** The explanation from `a`'s side (notes only for complementary proposals), as stored. */
function explain(index: ConceptIndex, a: MatchSide, b: MatchSide, list: ListName, freq: Frequencies, today: string) {
  const s = scoreMatch(index, list === 'similar' ? asAnswerTo(a, b) : a, b, freq, today);
  if (!s) return null;
  const e = s.explanation;
  return {
    score: s.score,
    explanation: {
      areas: e.areas,
      concepts: e.concepts.map((c) => ({ concept: c.concept, a: c.a, b: c.b })),
      notes: list === 'similar' ? [] : e.notes,
    },
  };
}

function proposalRow(
  list: ListName,
  forId: string,
  candidateId: string,
  made: { score: number; explanation: object },
  rank: number,
  now: Date,
  kind: CandidateKind = 'opportunity',
): ProposalRow {
  return {
    id: proposalId(list, forId, kind, candidateId),
    opportunityId: forId,
    list,
    candidateKind: kind,
    candidateId,
    score: made.score,
    explanation: made.explanation as Record<string, unknown>,
    rank,
    computedAt: now,
    firstProposedAt: now,
  };
}

/** The side's look-up: its rarest concepts and its areas (level 2 and their domains). */
function lookUp(index: ConceptIndex, side: MatchSide, freq: Frequencies) {
  const concepts = side.concepts
    .map((c) => c.concept)
    .sort((x, y) => idf(freq, y) - idf(freq, x))
    .slice(0, QUERY_CONCEPTS);
  return { concepts, areas: [...areaProfile(index, side).keys()] };
}

/** Its own list; with propagation, its entries in the lists of others (`touched`), the only ones it keeps. */
type Plan = { own: ProposalRow[]; others: ProposalRow[]; touched: string[] | null };

/** Numbers the rows of one list by score, the best first. */
const ranked = (rows: ProposalRow[]) =>
  [...rows]
    .sort((x, y) => y.score - x.score || (x.candidateId < y.candidateId ? -1 : 1))
    .map((r, i) => ({ ...r, rank: i + 1 }));

/**
 * The organisations that answer an opportunity of a kind that looks for them: listed organisations
 * sharing its rarer concepts or its areas, scored in the part they play, the best kept. With
 * propagation, the opportunity also enters the own lists of those it answers where it beats their floor.
 */
async function planOrganizations(
  ctx: Ctx,
  index: ConceptIndex,
  side: MatchSide,
  { id, organizationId }: { id: string; organizationId: string },
  freq: Frequencies,
  now: Date,
  propagate: boolean,
): Promise<Plan> {
  if (!ORGANIZATION_ROLE[side.type as OpportunityType]) return { own: [], others: [], touched: propagate ? [] : null };
  const today = now.toISOString().slice(0, 10);
  // Every organisation's own list may take it; only those the public registry shows are proposed.
  const rows = await repo.retrieveOrganizations(ctx.db, {
    ...lookUp(index, side, freq),
    excludeOrganization: organizationId,
    limit: RETRIEVE_LIMIT,
  });
  const scored: { row: OrganizationSideRow; score: number }[] = [];
  for (const row of rows) {
    const s = scoreMatch(index, side, playing(sideOf(row), side.type), freq, today);
    if (s && s.score >= ORGANIZATION_MIN_SCORE) scored.push({ row, score: s.score });
  }
  scored.sort((x, y) => y.score - x.score || (x.row.organizationId < y.row.organizationId ? -1 : 1));
  const own: ProposalRow[] = [];
  for (const { row } of scored.filter((s) => s.row.listed).slice(0, ORGANIZATION_CANDIDATES)) {
    const made = explain(index, side, playing(sideOf(row), side.type), 'candidates', freq, today);
    if (made) own.push(proposalRow('candidates', id, row.organizationId, made, 0, now, 'organization'));
  }
  if (!propagate) return { own, others: [], touched: null };
  const holders = new Set(await repo.holdersOf(ctx.db, id, 'organization'));
  const best = scored.filter((s, i) => i < PROPAGATE_LIMIT || holders.has(s.row.organizationId));
  const floors = await repo.listFloors(
    ctx.db,
    best.map((s) => s.row.organizationId),
    'organization',
  );
  const others: ProposalRow[] = [];
  for (const { row, score } of best) {
    const floor = floors.get(row.organizationId);
    if (floor && floor.count >= LIST_SIZE.organization && score <= floor.lowest) continue;
    const made = explain(index, playing(sideOf(row), side.type), side, 'organization', freq, today);
    if (made) others.push(proposalRow('organization', row.organizationId, id, made, LIST_SIZE.organization + 1, now));
  }
  return { own, others, touched: others.map((r) => r.opportunityId) };
}

async function planList(
  ctx: Ctx,
  index: ConceptIndex,
  side: MatchSide,
  { id, organizationId }: { id: string; organizationId: string },
  list: ListName,
  freq: Frequencies,
  now: Date,
  propagate: boolean,
): Promise<Plan> {
  const today = now.toISOString().slice(0, 10);
  const types = list === 'similar' ? [side.type] : (COMPLEMENTS[side.type as OpportunityType] ?? []);
  // An organisation's own opportunities answer none of its own; similar ones may be its own.
  const rows = await repo.retrieve(ctx.db, {
    types,
    ...lookUp(index, side, freq),
    exclude: id,
    excludeOrganization: list === 'candidates' ? organizationId : null,
    limit: RETRIEVE_LIMIT,
  });
  const scored = scorePairs(index, side, rows, list, freq, today);
  const own: ProposalRow[] = [];
  for (const { row } of scored.slice(0, LIST_SIZE[list])) {
    const made = explain(index, side, sideOf(row), list, freq, today);
    if (made) own.push(proposalRow(list, id, row.opportunityId, made, own.length + 1, now));
  }
  if (!propagate) return { own, others: [], touched: null };
  // Where this opportunity enters the lists of those it answers.
  const holders = new Set(await repo.holdersOf(ctx.db, id, list));
  const best = scored.filter((s, i) => i < PROPAGATE_LIMIT || holders.has(s.row.opportunityId));
  const floors = await repo.listFloors(
    ctx.db,
    best.map((s) => s.row.opportunityId),
    list,
  );
  const others: ProposalRow[] = [];
  for (const { row, score } of best) {
    const floor = floors.get(row.opportunityId);
    if (floor && floor.count >= LIST_SIZE[list] && score <= floor.lowest) continue;
    const made = explain(index, sideOf(row), side, list, freq, today);
    if (made) others.push(proposalRow(list, row.opportunityId, id, made, LIST_SIZE[list] + 1, now));
  }
  return { own, others, touched: others.map((r) => r.opportunityId) };
}

/** A listed opportunity's side as stored: what the matcher read in its texts, its areas and frequency keys. */
export function sideRowOf(index: ConceptIndex, o: Opportunity, now: Date): SideRow {
  const side = matchSideOf(o, conceptsOfOpportunity(index, o));
  return {
    opportunityId: o.id,
    organizationId: o.organizationId,
    type: o.type,
    trl: o.trl,
    listed: true,
    concepts: side.concepts.map((c) => c.concept),
    areas: [...areaProfile(index, side).keys()],
    keys: documentKeys(side),
    side: side as unknown as Record<string, unknown>,
    sourceUpdatedAt: new Date(o.updatedAt),
    computedAt: now,
  };
}

/**
 * Recomputes one opportunity's side and proposals, or takes it out of matching once it is not listed.
 * With `propagate` (the default) it also enters the lists of those it answers; a pass that recomputes
 * every list leaves that out, as each list is made whole in its own turn.
 */
export async function recomputeOpportunity(
  ctx: Ctx,
  sources: MatchingSources,
  id: string,
  { propagate = true }: { propagate?: boolean } = {},
): Promise<void> {
  const [found] = await sources.opportunitiesForMatching([id]);
  const before = await repo.findSide(ctx.db, id);
  const oldKeys = before?.listed ? before.keys : null;
  if (!found?.listed) {
    const deltas = frequencyChanges(oldKeys, null);
    await ctx.db.transaction(async (tx) => {
      await repo.deleteSide(tx, id);
      await repo.deleteListsOf(tx, id);
      await repo.removeCandidate(tx, id);
      await repo.addFrequencies(tx, deltas);
    });
    applyToCache(ctx, deltas);
    return;
  }
  const index = await currentIndex(ctx);
  const o = found.opportunity;
  const now = ctx.clock.now();
  const row = sideRowOf(index, o, now);
  const side = sideOf(row);
  const deltas = frequencyChanges(oldKeys, row.keys);
  const freq = await frequencies(ctx, deltas);
  const self = { id, organizationId: o.organizationId };
  const candidates = await planList(ctx, index, side, self, 'candidates', freq, now, propagate);
  const similar = await planList(ctx, index, side, self, 'similar', freq, now, propagate);
  const organizations = await planOrganizations(ctx, index, side, self, freq, now, propagate);
  // Opportunities and organisations in one list, by score.
  candidates.own = ranked([...candidates.own, ...organizations.own]);
  await ctx.db.transaction(async (tx) => {
    await repo.upsertSide(tx, row);
    await repo.addFrequencies(tx, deltas);
    for (const [list, plan] of [
      ['candidates', candidates],
      ['similar', similar],
      ['organization', { ...organizations, own: null }],
    ] as const) {
      if (plan.own) await repo.replaceList(tx, id, list, plan.own);
      if (!plan.touched) continue;
      await repo.removeCandidateExcept(tx, id, list, plan.touched);
      await repo.insertProposals(tx, plan.others);
      await repo.rerankAndTrim(tx, plan.touched, list, KEEP[list]);
    }
  });
  applyToCache(ctx, deltas);
}

/** An organisation's side as stored: what the matcher read in its profile (name, descriptions, products) and its areas. */
export function organizationSideRowOf(index: ConceptIndex, o: Organization, now: Date): OrganizationSideRow {
  const texts = { title: o.name, summary: o.shortDescription, description: o.description, offer: o.products };
  const side = matchSideOf(
    {
      ...texts,
      // The part it plays is set for each opportunity it is scored against (`playing`).
      type: 'rd_partner_search',
      trl: null,
      areas: o.areas,
      cooperationForms: [],
      targetCountries: [],
      deadline: null,
      organizationJurisdiction: o.jurisdiction,
    },
    conceptsOfOpportunity(index, texts),
  );
  return {
    organizationId: o.id,
    listed: true,
    concepts: side.concepts.map((c) => c.concept),
    areas: [...areaProfile(index, side).keys()],
    side: side as unknown as Record<string, unknown>,
    sourceUpdatedAt: new Date(o.updatedAt),
    computedAt: now,
  };
}

/**
 * Recomputes an organisation's side and its own list (the opportunities that look for organisations
 * and that its profile answers). Only while the public registry shows it is it proposed to others: with
 * `propagate` it then enters the candidates of those opportunities where it beats their floor; once not
 * shown, it leaves them.
 */
export async function recomputeOrganization(
  ctx: Ctx,
  sources: MatchingSources,
  id: string,
  { propagate = true }: { propagate?: boolean } = {},
): Promise<void> {
  const [found] = await sources.organizationsForMatching([id]);
  if (!found) {
    await ctx.db.transaction(async (tx) => {
      await repo.deleteOrganizationSide(tx, id);
      await repo.deleteListsOf(tx, id);
      await repo.removeCandidate(tx, id);
    });
    return;
  }
  const index = await currentIndex(ctx);
  const now = ctx.clock.now();
  const today = now.toISOString().slice(0, 10);
  const row = { ...organizationSideRowOf(index, found.organization, now), listed: found.listed };
  const side = sideOf(row);
  const freq = await frequencies(ctx);
  const rows = await repo.retrieve(ctx.db, {
    types: LOOKS_FOR_ORGANIZATIONS,
    ...lookUp(index, side, freq),
    exclude: id,
    excludeOrganization: id,
    limit: RETRIEVE_LIMIT,
  });
  const scored: Scored[] = [];
  for (const other of rows) {
    const s = scoreMatch(index, playing(side, other.type), sideOf(other), freq, today);
    if (s && s.score >= ORGANIZATION_MIN_SCORE) scored.push({ row: other, score: s.score });
  }
  scored.sort((x, y) => y.score - x.score || (x.row.opportunityId < y.row.opportunityId ? -1 : 1));
  const own: ProposalRow[] = [];
  for (const { row: other } of scored.slice(0, LIST_SIZE.organization)) {
    const made = explain(index, playing(side, other.type), sideOf(other), 'organization', freq, today);
    if (made) own.push(proposalRow('organization', id, other.opportunityId, made, own.length + 1, now));
  }
  const others: ProposalRow[] = [];
  if (propagate && found.listed) {
    const holders = new Set(await repo.holdersOf(ctx.db, id, 'candidates'));
    const best = scored.filter((s, i) => i < PROPAGATE_LIMIT || holders.has(s.row.opportunityId));
    const floors = await repo.listFloors(
      ctx.db,
      best.map((s) => s.row.opportunityId),
      'candidates',
      'organization',
    );
    for (const { row: other, score } of best) {
      const floor = floors.get(other.opportunityId);
      if (floor && floor.count >= ORGANIZATION_CANDIDATES && score <= floor.lowest) continue;
      const made = explain(index, sideOf(other), playing(side, other.type), 'candidates', freq, today);
      if (made)
        others.push(
          proposalRow('candidates', other.opportunityId, id, made, LIST_SIZE.candidates + 1, now, 'organization'),
        );
    }
  }
  const touched = others.map((r) => r.opportunityId);
  await ctx.db.transaction(async (tx) => {
    await repo.upsertOrganizationSide(tx, row);
    await repo.replaceList(tx, id, 'organization', own);
    if (!found.listed) await repo.removeCandidate(tx, id);
    if (!propagate || !found.listed) return;
    await repo.removeCandidateExcept(tx, id, 'candidates', touched);
    await repo.insertProposals(tx, others);
    await repo.rerankAndTrim(tx, touched, 'candidates', KEEP.candidates);
  });
}

const CATCH_UP_KEY = 'catch_up';
const ORGANIZATIONS_CATCH_UP_KEY = 'catch_up_organizations';
const CATCH_UP_BATCH = 200;

/**
 * The periodic catch-up: every opportunity changed since the last pass is recomputed (a job lost, a
 * change made outside the workflow, an installation that had opportunities before matching).
 */
export async function catchUp(ctx: Ctx, sources: MatchingSources): Promise<number> {
  let done = 0;
  for (;;) {
    const state = await repo.readState(ctx.db, CATCH_UP_KEY);
    const after = state?.at && state.value ? { at: state.at, id: state.value } : null;
    const changed = await sources.changedSince(after, CATCH_UP_BATCH);
    if (changed.length === 0) return done;
    for (const c of changed) await recomputeOpportunity(ctx, sources, c.id);
    const last = changed.at(-1) as { id: string; updatedAt: Date };
    await repo.writeState(ctx.db, CATCH_UP_KEY, last.updatedAt, last.id);
    done += changed.length;
  }
}

/** The same catch-up for organisations' profiles and statuses. */
export async function catchUpOrganizations(ctx: Ctx, sources: MatchingSources): Promise<number> {
  let done = 0;
  for (;;) {
    const state = await repo.readState(ctx.db, ORGANIZATIONS_CATCH_UP_KEY);
    const after = state?.at && state.value ? { at: state.at, id: state.value } : null;
    const changed = await sources.organizationsChangedSince(after, CATCH_UP_BATCH);
    if (changed.length === 0) return done;
    for (const c of changed) await recomputeOrganization(ctx, sources, c.id);
    const last = changed.at(-1) as { id: string; updatedAt: Date };
    await repo.writeState(ctx.db, ORGANIZATIONS_CATCH_UP_KEY, last.updatedAt, last.id);
    done += changed.length;
  }
}

/** Recomputes every listed opportunity's proposals with today's frequencies (nightly, and after the index changes). */
export async function refreshAll(ctx: Ctx, sources: MatchingSources): Promise<number> {
  let done = 0;
  for (let after: string | null = null; ; ) {
    const ids = await repo.listedSidesAfter(ctx.db, after, 500);
    if (ids.length === 0) return done;
    for (const id of ids) await recomputeOpportunity(ctx, sources, id, { propagate: false });
    after = ids.at(-1) as string;
    done += ids.length;
  }
}

/** Recomputes every organisation's own list (nightly, after the opportunities' lists). */
export async function refreshOrganizations(ctx: Ctx, sources: MatchingSources): Promise<number> {
  let done = 0;
  for (let after: string | null = null; ; ) {
    const ids = await repo.organizationSidesAfter(ctx.db, after, 500);
    if (ids.length === 0) return done;
    for (const id of ids) await recomputeOrganization(ctx, sources, id, { propagate: false });
    after = ids.at(-1) as string;
    done += ids.length;
  }
}

/** What changed in the concept index: concepts and areas changed, and the terms written before and after. */
export type ConceptsChange = { concepts: string[]; areas: string[]; terms: string[] };

/**
 * Recomputes the opportunities a change of the glossary or the taxonomy may change: those that held a
 * changed concept or area, and those whose texts hold the words of one of its terms. A term whose words
 * the text keys do not tell (a short Russian word in another form) waits for the nightly refresh.
 */
export async function recomputeAffected(ctx: Ctx, sources: MatchingSources, change: ConceptsChange): Promise<number> {
  const termKeys = change.terms.map((term) => [...textTerms([term]).keys()]);
  const ids = await repo.affectedSides(ctx.db, { concepts: change.concepts, areas: change.areas, termKeys });
  for (const id of ids) await recomputeOpportunity(ctx, sources, id);
  return ids.length;
}
