import fs from 'node:fs/promises';
import path from 'node:path';
import { MailboxMessageId } from '@innobridge/contracts';

const EML = '.eml';

/**
 * The messages in the mail directory, by id (the file name without `.eml`), newest first: the mailer
 * names each file after the instant it wrote it (ISO 8601), so the names sort by time. Only names a
 * message id may have are listed; a missing directory is an empty mailbox.
 */
export async function messageIds(mailDir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await fs.readdir(mailDir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return names
    .filter((name) => name.endsWith(EML))
    .map((name) => name.slice(0, -EML.length))
    .filter((id) => MailboxMessageId.safeParse(id).success)
    .sort()
    .reverse();
}

/**
 * A message's file and when it was written, or null when it is gone. `id` must come from
 * messageIds(): a path is never built from what a request says.
 */
export async function readMessageFile(
  mailDir: string,
  id: string,
): Promise<{ source: Buffer; writtenAt: Date } | null> {
  const file = path.join(mailDir, `${id}${EML}`);
  try {
    const [source, stat] = await Promise.all([fs.readFile(file), fs.stat(file)]);
    return { source, writtenAt: stat.mtime };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}
