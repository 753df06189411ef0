import type {
  MatchFeedbackBody,
  MatchFeedbackValue,
  MatchProposal,
  MatchProposalList,
  RecommendationsPage,
} from '@innobridge/contracts';
import { api, queryString } from '../../shared/api-client.js';

export type { MatchFeedbackValue, MatchProposal, MatchProposalList, RecommendationsPage };

const id = encodeURIComponent;

export const matchingKeys = {
  all: ['matching'] as const,
  recommendations: (organizationId: string) => ['matching', 'recommendations', organizationId] as const,
  candidates: (opportunityId: string) => ['matching', 'candidates', opportunityId] as const,
  similar: (opportunityId: string) => ['matching', 'similar', opportunityId] as const,
};

export const matchingApi = {
  recommendations: (organizationId: string) =>
    api.get<RecommendationsPage>(`/me/recommendations${queryString({ organizationId })}`),
  candidates: (opportunityId: string) =>
    api.get<MatchProposalList>(`/matching/opportunities/${id(opportunityId)}/candidates`),
  similar: (opportunityId: string) =>
    api.get<MatchProposalList>(`/matching/opportunities/${id(opportunityId)}/similar`),
  feedback: (proposalId: string, value: MatchFeedbackValue | null) =>
    api.put<void>(`/matching/proposals/${id(proposalId)}/feedback`, { value } satisfies MatchFeedbackBody),
};
