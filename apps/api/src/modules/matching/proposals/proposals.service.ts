import type {
  MatchFeedbackBody,
  MatchFeedbackValue,
  MatchProposalList,
  Opportunity,
  OpportunityType,
  OrganizationRecommendations,
  RecommendationsPage,
} from '@innobridge/contracts';
import type { AppContext } from '../../../app-context.js';
import { type Actor, isAdmin, isOperator } from '../../../lib/actor.js';
import { AppError } from '../../../lib/app-error.js';
import { LIST_SIZE, ORGANIZATION_CANDIDATES } from './proposals.compute.js';
import type { ListName, ProposalRow } from './proposals.repository.js';
import * as repo from './proposals.repository.js';
import type { MatchingSources } from './proposals.sources.js';
import { describeProposals } from './proposals.views.js';

type Ctx = AppContext;

/** How many proposals a list answers with, and how many each of the dashboard's groups shows. */
export const PAGE_SIZE = 20;
export const GROUP_SIZE = 5;
/** The reader's ranking: what they found not useful left out, what they found useful first. */
function rankFor(rows: ProposalRow[], feedback: Map<string, MatchFeedbackValue>, size: number): ProposalRow[] {
  const useful = (r: ProposalRow) => (feedback.get(r.id) === 'useful' ? 1 : 0);
  return rows
    .filter((r) => feedback.get(r.id) !== 'not_useful')
    .sort((x, y) => useful(y) - useful(x) || x.rank - y.rank)
    .slice(0, size);
}

async function readerOf(ctx: Ctx, sources: MatchingSources, actor: Actor | null, locale: string, forIds: string[]) {
  const feedback = new Map<string, MatchFeedbackValue>();
  if (!actor) return { locale, withDescription: false, feedback };
  for (const f of await repo.feedbackOf(ctx.db, actor.userId, forIds)) feedback.set(f.proposalId, f.value);
  // The description is for signed-in members of an organisation, as on the opportunity's page.
  const withDescription = isAdmin(actor) || isOperator(actor) || (await sources.membershipsOf(actor.userId)).length > 0;
  return { locale, withDescription, feedback };
}

/** An opportunity's stored proposals, for whoever may read the opportunity (visitors: published ones). */
export async function proposalsOf(
  ctx: Ctx,
  sources: MatchingSources,
  actor: Actor | null,
  locale: string,
  opportunityId: string,
  list: ListName,
): Promise<MatchProposalList> {
  await sources.readOpportunity(actor, opportunityId);
  const rows = await repo.listOf(
    ctx.db,
    opportunityId,
    list,
    LIST_SIZE[list] + (list === 'candidates' ? ORGANIZATION_CANDIDATES : 0),
  );
  const computedAt = await repo.computedAtOf(ctx.db, opportunityId);
  const reader = await readerOf(ctx, sources, actor, locale, [opportunityId]);
  return {
    items: await describeProposals(ctx, sources, rankFor(rows, reader.feedback, PAGE_SIZE), reader),
    computedAt: computedAt?.toISOString() ?? null,
  };
}

/**
 * For each of the organisation's published opportunities, its best proposals and when they were
 * computed (null while the first computation is pending); for its members.
 */
export async function recommendations(
  ctx: Ctx,
  sources: MatchingSources,
  actor: Actor,
  locale: string,
  organizationId: string,
): Promise<RecommendationsPage> {
  const memberships = await sources.membershipsOf(actor.userId);
  if (!memberships.some((m) => m.organizationId === organizationId)) throw new AppError('organization_forbidden');
  const own = await sources.publishedOf([organizationId], { withDescription: true });
  const ids = own.map((o) => o.id);
  const [rows, computed, reader] = await Promise.all([
    repo.listsOf(ctx.db, ids, 'candidates'),
    repo.computedAtsOf(ctx.db, ids),
    readerOf(ctx, sources, actor, locale, ids),
  ]);
  const ranked = own.map((o) => ({
    o,
    rows: rankFor(
      rows.filter((r) => r.opportunityId === o.id),
      reader.feedback,
      GROUP_SIZE,
    ),
  }));
  const described = await describeProposals(
    ctx,
    sources,
    ranked.flatMap((g) => g.rows),
    reader,
  );
  return {
    groups: ranked.map(({ o }) => ({
      opportunity: { id: o.id, type: o.type as OpportunityType, title: o.title },
      items: described.filter((p) => p.forOpportunityId === o.id),
      computedAt: computed.get(o.id)?.toISOString() ?? null,
    })),
  };
}

/** Whether the reader may read an organisation's own recommendations: its members, operators and admins. */
async function mayReadOrganization(sources: MatchingSources, actor: Actor, organizationId: string) {
  if (isAdmin(actor) || isOperator(actor)) return true;
  return (await sources.membershipsOf(actor.userId)).some((m) => m.organizationId === organizationId);
}

/** The opportunities recommended to an organisation from its profile, best first, in the reader's ranking. */
export async function organizationRecommendations(
  ctx: Ctx,
  sources: MatchingSources,
  actor: Actor,
  locale: string,
  organizationId: string,
): Promise<OrganizationRecommendations> {
  const [found] = await sources.organizationsForMatching([organizationId]);
  if (!found) throw new AppError('organization_not_found');
  if (!(await mayReadOrganization(sources, actor, organizationId))) throw new AppError('organization_forbidden');
  const [rows, computedAt, reader] = await Promise.all([
    repo.listOf(ctx.db, organizationId, 'organization', LIST_SIZE.organization),
    repo.organizationComputedAt(ctx.db, organizationId),
    readerOf(ctx, sources, actor, locale, [organizationId]),
  ]);
  const items = await describeProposals(ctx, sources, rankFor(rows, reader.feedback, PAGE_SIZE), reader);
  return {
    items: items.map(({ forOpportunityId, ...p }) => ({ ...p, forOrganizationId: forOpportunityId })),
    computedAt: computedAt?.toISOString() ?? null,
  };
}

/** A new proposal for one of a person's organisations, as a digest names it. */
export type NewMatch = { candidate: Opportunity; forOpportunity: { id: string; title: Opportunity['title'] } };

/** How far down an opportunity's list a new proposal still counts as news for a digest. */
const DIGEST_RANK = 10;
/** How many new proposals one digest names at most. */
const DIGEST_SIZE = 10;

/**
 * The proposals first made since `since` for the published opportunities of the person's
 * organisations (one per candidate, best ranked first), leaving out what they found not useful and
 * candidates no longer published: the "new matches" section of their digest.
 */
export async function newMatchesOf(
  ctx: Ctx,
  sources: MatchingSources,
  userId: string,
  since: Date,
): Promise<NewMatch[]> {
  const memberships = await sources.membershipsOf(userId);
  const own = (await Promise.all(memberships.map((m) => repo.listedOf(ctx.db, m.organizationId)))).flat();
  const rows = await repo.proposedSince(ctx.db, own, since, DIGEST_RANK);
  if (rows.length === 0) return [];
  const feedback = new Map((await repo.feedbackOf(ctx.db, userId, own)).map((f) => [f.proposalId, f.value]));
  const kept = rows.filter((r) => feedback.get(r.id) !== 'not_useful');
  const opportunities = await sources.publishedOpportunities(
    [...new Set([...kept.map((r) => r.candidateId), ...kept.map((r) => r.opportunityId)])],
    {},
  );
  const byId = new Map(opportunities.map((o) => [o.id, o]));
  const seen = new Set<string>();
  const found: NewMatch[] = [];
  for (const row of kept) {
    const candidate = byId.get(row.candidateId);
    const forOpportunity = byId.get(row.opportunityId);
    if (!candidate || !forOpportunity || seen.has(candidate.id)) continue;
    seen.add(candidate.id);
    found.push({ candidate, forOpportunity: { id: forOpportunity.id, title: forOpportunity.title } });
  }
  return found.slice(0, DIGEST_SIZE);
}

/**
 * The reader's feedback on a proposal they may see (its opportunity is readable to them): `not_useful`
 * hides it from them, `useful` puts it first for them, null takes the feedback back. Both values are counted.
 */
export async function giveFeedback(
  ctx: Ctx,
  sources: MatchingSources,
  actor: Actor,
  proposalId: string,
  body: MatchFeedbackBody,
): Promise<void> {
  const proposal = await repo.findProposal(ctx.db, proposalId);
  if (!proposal) throw new AppError('proposal_not_found');
  if (proposal.list === 'organization') {
    // An organisation's own list: for those who may read it.
    if (!(await mayReadOrganization(sources, actor, proposal.opportunityId))) throw new AppError('proposal_not_found');
  } else
    try {
      await sources.readOpportunity(actor, proposal.opportunityId);
    } catch (error) {
      if (error instanceof AppError) throw new AppError('proposal_not_found');
      throw error;
    }
  if (body.value === null) {
    await repo.clearFeedback(ctx.db, actor.userId, proposalId);
    return;
  }
  await repo.setFeedback(ctx.db, {
    userId: actor.userId,
    proposalId,
    opportunityId: proposal.opportunityId,
    candidateId: proposal.candidateId,
    value: body.value,
    at: ctx.clock.now(),
  });
}

/** How many people found each proposal useful and not useful (for the operators' statistics). */
export const proposalFeedbackCounts = (ctx: Ctx, proposalIds: string[]) => repo.feedbackCounts(ctx.db, proposalIds);
