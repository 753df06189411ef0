import type { MailboxMessage, MailboxPage } from '@innobridge/contracts';
import { devApiGet, isApiError, queryString } from '../../shared/api-client.js';

export const mailboxKeys = {
  all: ['mailbox'] as const,
  on: ['mailbox', 'on'] as const,
  list: ['mailbox', 'list'] as const,
  message: (id: string) => ['mailbox', 'message', id] as const,
};

export const mailboxApi = {
  list: (cursor?: string, limit = 20) => devApiGet<MailboxPage>(`/mailbox${queryString({ cursor, limit })}`),
  message: (id: string) => devApiGet<MailboxMessage>(`/mailbox/${encodeURIComponent(id)}`),
  /** Whether this instance has the mailbox on: its API answers 404 when not. */
  async isOn(): Promise<boolean> {
    try {
      await mailboxApi.list(undefined, 1);
      return true;
    } catch (error) {
      if (isApiError(error) && error.status === 404) return false;
      throw error;
    }
  },
};
