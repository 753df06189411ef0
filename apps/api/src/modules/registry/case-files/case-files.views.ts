import type { CaseFile } from '@innobridge/contracts';
import type { AppContext } from '../../../app-context.js';
import { people } from '../../identity/index.js';
import type { caseFile } from './case-files.repository.js';

type CaseFileRows = Awaited<ReturnType<typeof caseFile>>;
const iso = (d: Date | null | undefined) => d?.toISOString() ?? null;

/** A case file with the names of its authors and owners (one look-up) and each task's lateness. */
export async function describeCaseFile(ctx: AppContext, file: CaseFileRows): Promise<CaseFile> {
  const named = await people(ctx, [
    ...new Set([
      ...file.notes.map((n) => n.authorId),
      ...file.tasks.map((t) => t.ownerId),
      ...file.contacts.map((c) => c.authorId),
    ]),
  ]);
  const nameOf = (id: string) => named.find((p) => p.userId === id)?.displayName ?? '';
  const today = ctx.clock.now().toISOString().slice(0, 10);
  return {
    notes: file.notes.map((n) => ({
      id: n.id,
      body: n.body,
      authorName: nameOf(n.authorId),
      createdAt: n.createdAt.toISOString(),
    })),
    tasks: file.tasks.map((t) => ({
      id: t.id,
      title: t.title,
      dueDate: t.dueDate,
      ownerId: t.ownerId,
      ownerName: nameOf(t.ownerId),
      doneAt: iso(t.doneAt),
      createdAt: t.createdAt.toISOString(),
      overdue: !t.doneAt && t.dueDate < today,
    })),
    contacts: file.contacts.map((c) => ({
      id: c.id,
      channel: c.channel,
      summary: c.summary,
      contactedAt: c.contactedAt.toISOString(),
      authorName: nameOf(c.authorId),
      createdAt: c.createdAt.toISOString(),
    })),
  };
}

/** A new entry as written, its times as ISO strings. */
export const entryOut = <T extends { createdAt: Date; contactedAt?: Date; doneAt?: Date | null }>(row: T) => ({
  ...row,
  createdAt: row.createdAt.toISOString(),
  ...(row.contactedAt ? { contactedAt: row.contactedAt.toISOString() } : {}),
  ...('doneAt' in row ? { doneAt: iso(row.doneAt) } : {}),
});
