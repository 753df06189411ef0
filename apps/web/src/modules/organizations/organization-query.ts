import { useQuery } from '@tanstack/react-query';
import { organizationQueryKey, organizationsApi } from './organizations.api.js';

export function useOrganization(organizationId: string) {
  return useQuery({
    queryKey: organizationQueryKey(organizationId),
    queryFn: () => organizationsApi.get(organizationId),
  });
}
