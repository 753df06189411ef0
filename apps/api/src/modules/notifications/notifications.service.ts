import type { Locale } from '@innobridge/contracts';
import type { DbOrTx } from '../../db/client.js';
import type { Clock } from '../../lib/clock.js';
import { translator } from '../../lib/i18n.js';
import { newId } from '../../lib/ids.js';
import { type EmailSender, type EmailTemplate, type MessageParam, renderParams } from './email.service.js';
import * as repo from './notifications.repository.js';

export type Recipient = {
  userId: string;
  email: string;
  displayName: string;
  locale: Locale;
  /** Times in what they read are told in this zone (UTC when null). */
  timeZone?: string | null;
};

/**
 * Tells people about something, in the app and by e-mail, each in their own language: the
 * parameters are rendered in the reader's language when the message is read or sent.
 */
export async function notify(
  tx: DbOrTx,
  deps: { clock: Clock; email: EmailSender; config: { publicUrl: string } },
  input: {
    recipients: Recipient[];
    template: EmailTemplate;
    /** A path inside the web app, for the in-app link and the e-mail. */
    path: string;
    params: Record<string, MessageParam>;
  },
): Promise<void> {
  const now = deps.clock.now();
  const link = `${deps.config.publicUrl}${input.path}`;
  const unique = [...new Map(input.recipients.map((r) => [r.userId, r])).values()];
  await repo.insertNotifications(
    tx,
    unique.map((r) => ({
      id: newId(),
      userId: r.userId,
      kind: input.template,
      params: { ...input.params, link },
      link: input.path,
      createdAt: now,
    })),
  );
  for (const r of unique) {
    await deps.email.enqueue(tx, {
      to: r.email,
      userId: r.userId,
      locale: r.locale,
      timeZone: r.timeZone ?? null,
      recipientName: r.displayName,
      template: input.template,
      params: { ...input.params, link },
    });
  }
}

export async function listForUser(
  db: DbOrTx,
  userId: string,
  reader: { locale: Locale; timeZone: string | null },
  after: { createdAt: Date; id: string } | null,
  limit: number,
) {
  const t = translator(reader.locale, 'emails');
  const rows = await repo.listNotifications(db, userId, after, limit);
  return rows.map((row) => {
    const params = renderParams(row.params, reader.locale, reader.timeZone);
    return { row, title: t(`${row.kind}.subject`, params), body: t(`${row.kind}.short`, params) };
  });
}

export const unreadCount = repo.unreadCount;
export const markRead = repo.markRead;
