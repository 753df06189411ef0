import { useQuery } from '@tanstack/react-query';
import { matchingApi, matchingKeys } from './matching.api.js';

/** How often a list still being computed for the first time is asked for again. */
export const COMPUTING_POLL_MS = 3000;

/** An opportunity's proposals of one kind, asked for again while their first computation is pending. */
export function useProposals(kind: 'candidates' | 'similar', opportunityId: string) {
  return useQuery({
    queryKey: matchingKeys[kind](opportunityId),
    queryFn: () => matchingApi[kind](opportunityId),
    refetchInterval: (query) => (query.state.data?.computedAt === null ? COMPUTING_POLL_MS : false),
  });
}
