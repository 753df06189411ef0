import type { StatusApplication } from '@innobridge/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../shared/api-client.js';
import { registryKeys } from './registry.api.js';

/**
 * What follows a change of an application: the page shows the new state at once, and the lists that
 * contain it (the organisation's status, the queues, the bell) are read again.
 */
export function useApplicationUpdate(application: Pick<StatusApplication, 'id' | 'organizationId'>) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const { id, organizationId } = application;

  const refreshRelated = useCallback(async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: registryKeys.organization(organizationId) }),
      queryClient.invalidateQueries({ queryKey: registryKeys.queues }),
      queryClient.invalidateQueries({ queryKey: ['organizations', organizationId], exact: true }),
      queryClient.invalidateQueries({ queryKey: ['notifications'] }),
    ]);
  }, [queryClient, organizationId]);

  const applied = useCallback(
    async (updated: StatusApplication) => {
      queryClient.setQueryData(registryKeys.application(id), updated);
      await refreshRelated();
    },
    [queryClient, id, refreshRelated],
  );

  const reload = useCallback(async () => {
    await queryClient.invalidateQueries({ queryKey: registryKeys.application(id) });
    await refreshRelated();
  }, [queryClient, id, refreshRelated]);

  /**
   * Someone else acted first (409): say what the API says and show the application as it is now.
   * Returns whether the error was such a conflict.
   */
  const handleConflict = useCallback(
    (error: unknown): boolean => {
      if (!isApiError(error) || error.status !== 409) return false;
      message.error(error.detail);
      void reload();
      return true;
    },
    [message, reload],
  );

  const showError = useCallback(
    (error: unknown) => {
      if (handleConflict(error)) return;
      message.error(isApiError(error) ? error.detail : t('problem.unexpected', { status: 0 }));
    },
    [handleConflict, message, t],
  );

  return { applied, reload, handleConflict, showError };
}
