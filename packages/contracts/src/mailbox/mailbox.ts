import { z } from 'zod';
import { CursorQuery, Page } from '../common/page.js';

/**
 * A message's id: the name of its .eml file without the extension. Letters, digits and `@ . _ -`
 * only, never `..`, so it cannot name anything outside the mail directory (the API also looks it up
 * among the directory's files instead of building a path from it).
 */
export const MailboxMessageId = z
  .string()
  .min(1)
  .max(200)
  .regex(/^(?!.*\.\.)[A-Za-z0-9@._-]+$/);

export const MailboxListQuery = CursorQuery.extend({ cursor: MailboxMessageId.optional() });
export const MailboxMessageParams = z.object({ id: MailboxMessageId });

export const MailboxMessageSummary = z
  .object({
    id: z.string(),
    to: z.array(z.string()),
    subject: z.string(),
    /** When it was sent, as an ISO 8601 instant (UTC). */
    sentAt: z.string(),
  })
  .meta({ id: 'MailboxMessageSummary' });
export type MailboxMessageSummary = z.infer<typeof MailboxMessageSummary>;

/** The newest messages first. */
export const MailboxPage = Page(MailboxMessageSummary);
export type MailboxPage = z.infer<typeof MailboxPage>;

export const MailboxMessage = MailboxMessageSummary.extend({
  from: z.string(),
  /** The plain-text part, decoded (quoted-printable, base64, any charset). */
  text: z.string().nullable(),
  /** The HTML part, decoded, as written: show it only in a sandbox (it is not sanitised). */
  html: z.string().nullable(),
  /** Every http(s) link of the message, whole and decoded, in the order they appear. */
  links: z.array(z.string()),
}).meta({ id: 'MailboxMessage' });
export type MailboxMessage = z.infer<typeof MailboxMessage>;
