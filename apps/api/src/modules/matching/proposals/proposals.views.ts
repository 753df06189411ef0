import type {
  MatchExplanation,
  MatchFeedbackValue,
  MatchNote,
  MatchProposal,
  Opportunity,
  Organization,
} from '@innobridge/contracts';
import type { AppContext } from '../../../app-context.js';
import { conceptLabels } from './current-index.js';
import type { ProposalRow } from './proposals.repository.js';
import type { MatchingSources } from './proposals.sources.js';

/** The explanation as stored: codes and the words of each side. */
type StoredExplanation = {
  areas: { code: string; level: 1 | 2 }[];
  concepts: { concept: string; a: string[]; b: string[] }[];
  notes: MatchNote[];
};

/**
 * Stored proposals as the reader sees them, in batches: the candidates that are still published, or
 * still shown by the public registry (one look-up of each kind), the labels of areas and concepts in
 * the reader's language, the reader's own feedback.
 */
export async function describeProposals(
  ctx: AppContext,
  sources: MatchingSources,
  rows: ProposalRow[],
  reader: { locale: string; withDescription: boolean; feedback: Map<string, MatchFeedbackValue> },
): Promise<MatchProposal[]> {
  const idsOf = (kind: ProposalRow['candidateKind']) =>
    rows.filter((r) => r.candidateKind === kind).map((r) => r.candidateId);
  const candidates = await sources.publishedOpportunities(idsOf('opportunity'), {
    withDescription: reader.withDescription,
  });
  const byId = new Map<string, Opportunity>(candidates.map((o) => [o.id, o]));
  const organizationIds = idsOf('organization');
  const organizations = new Map<string, Organization>(
    organizationIds.length === 0
      ? []
      : (await sources.organizationsForMatching(organizationIds))
          .filter((o) => o.listed)
          .map((o) => [o.organization.id, o.organization]),
  );
  const label = await conceptLabels(ctx);
  return rows.flatMap((row) => {
    const opportunity = row.candidateKind === 'opportunity' ? byId.get(row.candidateId) : undefined;
    const organization = row.candidateKind === 'organization' ? organizations.get(row.candidateId) : undefined;
    const candidate = opportunity
      ? { kind: 'opportunity' as const, opportunity }
      : organization
        ? { kind: 'organization' as const, organization }
        : null;
    if (!candidate) return [];
    const stored = row.explanation as unknown as StoredExplanation;
    const explanation: MatchExplanation = {
      areas: stored.areas.map((a) => ({ ...a, label: label(a.code, reader.locale) ?? a.code })),
      concepts: stored.concepts.map((c) => ({
        concept: c.concept,
        label: label(c.concept, reader.locale) ?? c.concept,
        a: c.a,
        b: c.b,
      })),
      notes: stored.notes,
    };
    return [
      {
        id: row.id,
        forOpportunityId: row.opportunityId,
        candidate,
        score: row.score,
        explanation,
        feedback: reader.feedback.get(row.id) ?? null,
      },
    ];
  });
}
