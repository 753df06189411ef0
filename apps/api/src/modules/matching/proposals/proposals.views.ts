import type {
  MatchExplanation,
  MatchFeedbackValue,
  MatchNote,
  MatchProposal,
  Opportunity,
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
 * Stored proposals as the reader sees them, in batches: the candidates that are still published (one
 * look-up), the labels of areas and concepts in the reader's language, the reader's own feedback.
 */
export async function describeProposals(
  ctx: AppContext,
  sources: MatchingSources,
  rows: ProposalRow[],
  reader: { locale: string; withDescription: boolean; feedback: Map<string, MatchFeedbackValue> },
): Promise<MatchProposal[]> {
  const candidates = await sources.publishedOpportunities(
    rows.map((r) => r.candidateId),
    { withDescription: reader.withDescription },
  );
  const byId = new Map<string, Opportunity>(candidates.map((o) => [o.id, o]));
  const label = await conceptLabels(ctx);
  return rows.flatMap((row) => {
    const opportunity = byId.get(row.candidateId);
    if (!opportunity) return [];
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
        candidate: { kind: 'opportunity' as const, opportunity },
        score: row.score,
        explanation,
        feedback: reader.feedback.get(row.id) ?? null,
      },
    ];
  });
}
