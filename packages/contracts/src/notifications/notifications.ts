import { z } from 'zod';

/** A notification, its texts rendered in the reader's language. */
export const Notification = z.object({
  id: z.string(),
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  /** A path inside the web app. */
  link: z.string().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});

/** One page of the reader's notifications, and how many of all of them are unread. */
export const NotificationsPage = z.object({
  items: z.array(Notification),
  nextCursor: z.string().nullable(),
  unread: z.number().int(),
});

/** The notifications to mark read; all of them when no ids are given (the body may be left out). */
export const MarkNotificationsReadBody = z.object({ ids: z.array(z.uuid()).max(500).optional() }).optional();
