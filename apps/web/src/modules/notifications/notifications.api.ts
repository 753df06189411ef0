import type { Locale, Notification, NotificationsPage as NotificationsPageSchema, Out } from '@innobridge/contracts';
import { api, queryString } from '../../shared/api-client.js';

export type AppNotification = Out<typeof Notification>;
export type NotificationsPage = Out<typeof NotificationsPageSchema>;

/** The texts come rendered in the reader's language, so the language is part of the key. */
export const notificationsKeys = {
  all: ['notifications'] as const,
  latest: (locale: Locale) => ['notifications', 'latest', locale] as const,
  list: (locale: Locale) => ['notifications', 'list', locale] as const,
};

export const notificationsApi = {
  list: (cursor?: string, limit = 20) =>
    api.get<NotificationsPage>(`/me/notifications${queryString({ cursor, limit })}`),
  /** Marks the given notifications read, or all of them. */
  markRead: (ids?: string[]) => api.post<void>('/me/notifications/read', ids ? { ids } : {}),
};

/** Only paths of this web app are followed: a notification never sends anyone to another site. */
export function internalPath(link: string | null): string | null {
  if (!link?.startsWith('/') || link.startsWith('//') || link.startsWith('/\\')) return null;
  return link;
}
