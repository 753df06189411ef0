import type {
  MatchFeedbackBody,
  MatchFeedbackValue,
  MatchProposal,
  MatchProposalList,
  OrganizationProposal,
  OrganizationRecommendations,
  RecommendationsPage,
} from '@innobridge/contracts';
import type { QueryClient } from '@tanstack/react-query';
import { api, queryString } from '../../shared/api-client.js';

export type {
  MatchFeedbackValue,
  MatchProposal,
  MatchProposalList,
  OrganizationProposal,
  OrganizationRecommendations,
  RecommendationsPage,
};

const id = encodeURIComponent;

export const matchingKeys = {
  all: ['matching'] as const,
  recommendations: (organizationId: string) => ['matching', 'recommendations', organizationId] as const,
  /** The opportunities recommended to an organisation from its profile. */
  organization: (organizationId: string) => ['matching', 'organization', organizationId] as const,
  candidates: (opportunityId: string) => ['matching', 'candidates', opportunityId] as const,
  similar: (opportunityId: string) => ['matching', 'similar', opportunityId] as const,
};

export const matchingApi = {
  recommendations: (organizationId: string) =>
    api.get<RecommendationsPage>(`/me/recommendations${queryString({ organizationId })}`),
  organization: (organizationId: string) =>
    api.get<OrganizationRecommendations>(`/matching/organizations/${id(organizationId)}/recommendations`),
  candidates: (opportunityId: string) =>
    api.get<MatchProposalList>(`/matching/opportunities/${id(opportunityId)}/candidates`),
  similar: (opportunityId: string) =>
    api.get<MatchProposalList>(`/matching/opportunities/${id(opportunityId)}/similar`),
  feedback: (proposalId: string, value: MatchFeedbackValue | null) =>
    api.put<void>(`/matching/proposals/${id(proposalId)}/feedback`, { value } satisfies MatchFeedbackBody),
};

/**
 * The reader's answer on a proposal, written into every list held of it: the lists are not asked for
 * again (the new ranking shows next time), so a card does not move away under the reader's hand.
 */
export function keepFeedback(queryClient: QueryClient, proposalId: string, feedback: MatchFeedbackValue | null) {
  const patch = <T extends { id: string }>(items: T[]) =>
    items.map((item) => (item.id === proposalId ? { ...item, feedback } : item));
  type List = MatchProposalList | OrganizationRecommendations | RecommendationsPage;
  queryClient.setQueriesData<List>({ queryKey: matchingKeys.all }, (data) => {
    if (!data) return data;
    if ('groups' in data) return { groups: data.groups.map((group) => ({ ...group, items: patch(group.items) })) };
    // An opportunity's list or an organisation's: the same items but for whom they are.
    return { ...data, items: patch<MatchProposal | OrganizationProposal>(data.items) } as List;
  });
}
