import type { Opportunity } from '@innobridge/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useCallback, useState } from 'react';
import { isApiError } from '../../shared/api-client.js';
import { exchangeKeys } from './exchange.api.js';

/**
 * What follows a change of an opportunity: the page shows it at once, and the lists that contain it
 * (the exchange, the organisation's list, the moderation queue, the bell) are read again.
 */
export function useOpportunityUpdate(opportunity: Pick<Opportunity, 'id' | 'organizationId'>) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const { id, organizationId } = opportunity;

  const refreshRelated = useCallback(
    () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['exchange', 'search'] }),
        queryClient.invalidateQueries({ queryKey: exchangeKeys.organization(organizationId) }),
        queryClient.invalidateQueries({ queryKey: exchangeKeys.moderation }),
        queryClient.invalidateQueries({ queryKey: ['notifications'] }),
      ]),
    [queryClient, organizationId],
  );

  const applied = useCallback(
    async (updated: Opportunity) => {
      queryClient.setQueryData(exchangeKeys.opportunity(id), updated);
      await refreshRelated();
    },
    [queryClient, id, refreshRelated],
  );

  /** Someone else acted first (409): say what the API says and show the opportunity as it is now. */
  const handleConflict = useCallback(
    (error: unknown): boolean => {
      if (!isApiError(error) || error.status !== 409) return false;
      message.error(error.detail);
      void queryClient.invalidateQueries({ queryKey: exchangeKeys.opportunity(id) });
      void refreshRelated();
      return true;
    },
    [message, queryClient, id, refreshRelated],
  );

  return { applied, handleConflict };
}

/** One step of the lifecycle with its aftermath: a success message, the new state, or the problem. */
export function useOpportunityTransition(
  opportunity: Opportunity,
  run: () => Promise<Opportunity>,
  done: (updated: Opportunity) => string,
) {
  const { message } = App.useApp();
  const { applied, handleConflict } = useOpportunityUpdate(opportunity);
  const [problem, setProblem] = useState<unknown>(null);
  const mutation = useMutation({
    mutationFn: run,
    onMutate: () => setProblem(null),
    onSuccess: async (updated) => {
      message.success(done(updated));
      await applied(updated);
    },
    onError: (error) => {
      if (!handleConflict(error)) setProblem(error);
    },
  });
  return { ...mutation, problem };
}
