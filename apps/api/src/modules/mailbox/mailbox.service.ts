import type { MailboxMessage, MailboxPage } from '@innobridge/contracts';
import type { AppContext } from '../../app-context.js';
import { AppError } from '../../lib/app-error.js';
import { messageIds, readMessageFile } from './mailbox.files.js';
import { toMessage, toSummary } from './mailbox.views.js';

/** The parser is loaded the first time somebody opens the mailbox, never at start. */
async function parse(source: Buffer) {
  const { simpleParser } = await import('mailparser');
  return simpleParser(source, { skipImageLinks: true });
}

/** One page of the mail written to files, newest first; the cursor is the last message's id. */
export async function listMailbox(ctx: AppContext, query: { cursor?: string; limit: number }): Promise<MailboxPage> {
  const ids = await messageIds(ctx.config.mailDir);
  const after = query.cursor;
  const rest = after === undefined ? ids : ids.filter((id) => id < after);
  const pageIds = rest.slice(0, query.limit);
  const items = await Promise.all(
    pageIds.map(async (id) => {
      const file = await readMessageFile(ctx.config.mailDir, id);
      return file ? toSummary(id, await parse(file.source), file.writtenAt) : null;
    }),
  );
  return {
    items: items.filter((item) => item !== null),
    nextCursor: rest.length > query.limit ? (pageIds.at(-1) ?? null) : null,
  };
}

/** One message, decoded; only an id the mail directory lists is read. */
export async function getMailboxMessage(ctx: AppContext, id: string): Promise<MailboxMessage> {
  const ids = await messageIds(ctx.config.mailDir);
  const file = ids.includes(id) ? await readMessageFile(ctx.config.mailDir, id) : null;
  if (!file) throw new AppError('mailbox_message_not_found');
  return toMessage(id, await parse(file.source), file.writtenAt);
}
