import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.js';
import { caseContacts, caseNotes, caseTasks } from '../registry.tables.js';

export async function insertNote(db: DbOrTx, row: typeof caseNotes.$inferInsert) {
  await db.insert(caseNotes).values(row);
}
export async function insertTask(db: DbOrTx, row: typeof caseTasks.$inferInsert) {
  await db.insert(caseTasks).values(row);
}
export async function insertContact(db: DbOrTx, row: typeof caseContacts.$inferInsert) {
  await db.insert(caseContacts).values(row);
}

export async function completeTask(db: DbOrTx, organizationId: string, jurisdiction: string, taskId: string, at: Date) {
  const [row] = await db
    .update(caseTasks)
    .set({ doneAt: at })
    .where(
      and(
        eq(caseTasks.id, taskId),
        eq(caseTasks.organizationId, organizationId),
        eq(caseTasks.jurisdiction, jurisdiction as 'RU'),
        isNull(caseTasks.doneAt),
      ),
    )
    .returning();
  return row;
}

/** The jurisdictions that keep entries in the organisation's case file. */
export async function caseJurisdictions(db: DbOrTx, organizationId: string): Promise<('RU' | 'CN')[]> {
  const result = (await db.execute(
    sql`select jurisdiction from ${caseNotes} where organization_id = ${organizationId}
        union select jurisdiction from ${caseTasks} where organization_id = ${organizationId}
        union select jurisdiction from ${caseContacts} where organization_id = ${organizationId}`,
  )) as unknown as { rows: { jurisdiction: 'RU' | 'CN' }[] };
  return result.rows.map((r) => r.jurisdiction);
}

/** The entries of the organisation's case file that the given jurisdictions wrote. */
export async function caseFile(db: DbOrTx, organizationId: string, jurisdictions: ('RU' | 'CN')[]) {
  const [notes, tasks, contacts] = await Promise.all([
    db
      .select()
      .from(caseNotes)
      .where(and(eq(caseNotes.organizationId, organizationId), inArray(caseNotes.jurisdiction, jurisdictions)))
      .orderBy(desc(caseNotes.createdAt)),
    db
      .select()
      .from(caseTasks)
      .where(and(eq(caseTasks.organizationId, organizationId), inArray(caseTasks.jurisdiction, jurisdictions)))
      .orderBy(asc(caseTasks.dueDate)),
    db
      .select()
      .from(caseContacts)
      .where(and(eq(caseContacts.organizationId, organizationId), inArray(caseContacts.jurisdiction, jurisdictions)))
      .orderBy(desc(caseContacts.contactedAt)),
  ]);
  return { notes, tasks, contacts };
}
