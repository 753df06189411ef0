import type {
  EmailCategory,
  Locale,
  Notification,
  NotificationSettings as NotificationSettingsSchema,
  NotificationsPage as NotificationsPageSchema,
  Out,
  UnsubscribePreview,
  UnsubscribeResult,
} from '@innobridge/contracts';
import { api, queryString } from '../../shared/api-client.js';

export type AppNotification = Out<typeof Notification>;
export type NotificationsPage = Out<typeof NotificationsPageSchema>;
export type NotificationSettings = Out<typeof NotificationSettingsSchema>;

/** The texts come rendered in the reader's language, so the language is part of the key. */
export const notificationsKeys = {
  all: ['notifications'] as const,
  latest: (locale: Locale) => ['notifications', 'latest', locale] as const,
  list: (locale: Locale) => ['notifications', 'list', locale] as const,
  settings: ['notification-settings'] as const,
};

export const notificationsApi = {
  list: (cursor?: string, limit = 20) =>
    api.get<NotificationsPage>(`/me/notifications${queryString({ cursor, limit })}`),
  /** Marks the given notifications read, or all of them. */
  markRead: (ids?: string[]) => api.post<void>('/me/notifications/read', ids ? { ids } : {}),
  settings: () => api.get<NotificationSettings>('/me/notification-settings'),
  updateSettings: (items: { category: EmailCategory; email: boolean }[]) =>
    api.put<NotificationSettings>('/me/notification-settings', { items }),
  /** What an unsubscribe link would turn off; reading changes nothing. */
  previewUnsubscribe: (token: string) =>
    api.get<Out<typeof UnsubscribePreview>>(`/unsubscribe${queryString({ token })}`),
  unsubscribe: (token: string) => api.post<Out<typeof UnsubscribeResult>>('/unsubscribe', { token }),
};

/** Only paths of this web app are followed: a notification never sends anyone to another site. */
export function internalPath(link: string | null): string | null {
  if (!link?.startsWith('/') || link.startsWith('//') || link.startsWith('/\\')) return null;
  return link;
}
