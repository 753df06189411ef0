import type {
  AlertFrequency,
  AlertUnsubscribe,
  Out,
  SavedQuery,
  SavedSearch,
  SavedSearchList,
  WebhookCreated,
} from '@innobridge/contracts';
import { api } from '../../shared/api-client.js';

export type SavedSearchView = Out<typeof SavedSearch>;

export const alertsKeys = { all: ['saved-searches'] as const };

const base = '/me/saved-searches';

export const alertsApi = {
  list: () => api.get<Out<typeof SavedSearchList>>(base),
  create: (body: { name: string; query: SavedQuery; frequency?: AlertFrequency }) =>
    api.post<SavedSearchView>(base, body),
  update: (id: string, body: { name?: string; frequency?: AlertFrequency; version: number }) =>
    api.patch<SavedSearchView>(`${base}/${id}`, body),
  remove: (id: string) => api.delete(`${base}/${id}`),
  rotateFeed: (id: string) => api.post<SavedSearchView>(`${base}/${id}/feed-token`),
  setWebhook: (id: string, url: string) => api.put<Out<typeof WebhookCreated>>(`${base}/${id}/webhook`, { url }),
  removeWebhook: (id: string) => api.delete(`${base}/${id}/webhook`),
  unsubscribeInfo: (token: string) => api.get<Out<typeof AlertUnsubscribe>>(`/alerts/unsubscribe/${token}`),
  unsubscribe: (token: string) => api.post<Out<typeof AlertUnsubscribe>>(`/alerts/unsubscribe/${token}`),
};
