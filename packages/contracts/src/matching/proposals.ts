// Proposals of the matching engine: what the API returns for an opportunity's candidates, similar
// opportunities and an organisation's recommendations, with explanations and the reader's feedback.
import { z } from 'zod';
import { CooperationForm, Opportunity, OpportunityType } from '../exchange/exchange.js';
import { Organization } from '../organizations/organizations.js';

const Side = z.enum(['a', 'b']).describe('a: the opportunity the proposal is for; b: the candidate');

/** A compatibility note; the web app renders it in the reader's language from its code and params. */
export const MatchNote = z.discriminatedUnion('code', [
  z.object({
    code: z.literal('pilot_ready'),
    side: Side,
    params: z.object({ trl: z.number().int(), min: z.number().int() }),
  }),
  z.object({ code: z.literal('forms_shared'), params: z.object({ forms: z.array(CooperationForm) }) }),
  z.object({
    code: z.literal('forms_differ'),
    params: z.object({ a: z.array(CooperationForm), b: z.array(CooperationForm) }),
  }),
  z.object({
    code: z.enum(['country_targeted', 'country_not_targeted']),
    side: Side,
    params: z.object({ country: z.string() }),
  }),
  z.object({
    code: z.enum(['deadline_near', 'deadline_passed']),
    side: Side,
    params: z.object({ deadline: z.string() }),
  }),
]);
export type MatchNote = z.infer<typeof MatchNote>;

/** Why a proposal was made. Labels are in the reader's language (the request's language). */
export const MatchExplanation = z.object({
  areas: z.array(z.object({ code: z.string(), level: z.union([z.literal(1), z.literal(2)]), label: z.string() })),
  /** Shared concepts, the most telling first, with the words found on each side as written there. */
  concepts: z.array(
    z.object({
      concept: z.string(),
      label: z.string(),
      /** The words of the opportunity the proposal is for (side a) and of the candidate (side b). */
      a: z.array(z.string()),
      b: z.array(z.string()),
    }),
  ),
  notes: z.array(MatchNote),
});
export type MatchExplanation = z.infer<typeof MatchExplanation>;

export const MatchFeedbackValue = z.enum(['useful', 'not_useful']);
export type MatchFeedbackValue = z.infer<typeof MatchFeedbackValue>;

/**
 * A candidate: a published opportunity, or an organisation the public registry shows (for R&D partner
 * searches and corporate challenges).
 */
export const MatchCandidate = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('opportunity'), opportunity: Opportunity }),
  z.object({ kind: z.literal('organization'), organization: Organization }),
]);
export type MatchCandidate = z.infer<typeof MatchCandidate>;

/** One proposal: a candidate for an opportunity, its score (0–1) and why. */
export const MatchProposal = z
  .object({
    id: z.string().describe('Stable for the pair; used to give feedback'),
    forOpportunityId: z.string(),
    candidate: MatchCandidate,
    score: z.number(),
    explanation: MatchExplanation,
    /** The reader's own feedback on this proposal, if given. */
    feedback: MatchFeedbackValue.nullable(),
  })
  .meta({ id: 'MatchProposal' });
export type MatchProposal = z.infer<typeof MatchProposal>;

/** Proposals for one opportunity: complementary candidates ("who may need this") or similar ones. */
export const MatchProposalList = z.object({
  items: z.array(MatchProposal),
  /** When the proposals were last computed; null while the first computation is pending. */
  computedAt: z.string().nullable(),
});
export type MatchProposalList = z.infer<typeof MatchProposalList>;

/**
 * The dashboard's recommendations: each of my organisation's published opportunities with its best
 * proposals (none yet, or none found) and when they were computed.
 */
export const RecommendationsPage = z.object({
  groups: z.array(
    z.object({
      opportunity: z.object({ id: z.string(), type: OpportunityType, title: z.record(z.string(), z.string()) }),
      items: z.array(MatchProposal),
      /** When the proposals were last computed; null while the first computation is pending. */
      computedAt: z.string().nullable(),
    }),
  ),
});
export type RecommendationsPage = z.infer<typeof RecommendationsPage>;

/** An opportunity recommended to an organisation from its profile: side a is the organisation. */
export const OrganizationProposal = MatchProposal.omit({ forOpportunityId: true })
  .extend({ forOrganizationId: z.string() })
  .meta({ id: 'OrganizationProposal' });
export type OrganizationProposal = z.infer<typeof OrganizationProposal>;

/**
 * The opportunities recommended to an organisation from its profile (R&D partner searches and corporate
 * challenges its description, products and areas answer), best first.
 */
export const OrganizationRecommendations = z.object({
  items: z.array(OrganizationProposal),
  /** When the list was last computed; null while the first computation is pending. */
  computedAt: z.string().nullable(),
});
export type OrganizationRecommendations = z.infer<typeof OrganizationRecommendations>;

export const MatchFeedbackBody = z.object({ value: MatchFeedbackValue.nullable() });
export type MatchFeedbackBody = z.infer<typeof MatchFeedbackBody>;

// Routes (the API serves these; the web pages call them):
//   GET  /api/v1/matching/opportunities/:id/candidates   MatchProposalList  (complementary: "who may need this" / "what answers this")
//   GET  /api/v1/matching/opportunities/:id/similar      MatchProposalList  (same kind, similar content)
//   GET  /api/v1/me/recommendations?organizationId=       RecommendationsPage (signed in, member of the organisation)
//   GET  /api/v1/matching/organizations/:id/recommendations  OrganizationRecommendations (members, operators, admins)
//   PUT  /api/v1/matching/proposals/:id/feedback          MatchFeedbackBody → 204
// Visitors may read candidates/similar of a published opportunity (visitor-safe Opportunity shape, as the search returns).
