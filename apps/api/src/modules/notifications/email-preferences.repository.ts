import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { emailPreferences } from './notifications.tables.js';

/** The categories a person has a choice recorded for, and the choice. */
export async function preferencesOf(db: DbOrTx, userId: string): Promise<Map<string, boolean>> {
  const rows = await db
    .select({ category: emailPreferences.category, email: emailPreferences.email })
    .from(emailPreferences)
    .where(eq(emailPreferences.userId, userId));
  return new Map(rows.map((r) => [r.category, r.email]));
}

/** Whether a person turned the e-mail of a category off. */
export async function isTurnedOff(db: DbOrTx, userId: string, category: string): Promise<boolean> {
  const [row] = await db
    .select({ email: emailPreferences.email })
    .from(emailPreferences)
    .where(and(eq(emailPreferences.userId, userId), eq(emailPreferences.category, category)));
  return row?.email === false;
}

/** Records choices, each replacing the one before of its category. */
export async function upsertPreferences(
  db: DbOrTx,
  userId: string,
  choices: { category: string; email: boolean }[],
  at: Date,
): Promise<void> {
  if (choices.length === 0) return;
  await db
    .insert(emailPreferences)
    .values(choices.map((c) => ({ userId, category: c.category, email: c.email, updatedAt: at })))
    .onConflictDoUpdate({
      target: [emailPreferences.userId, emailPreferences.category],
      set: { email: sql`excluded.email`, updatedAt: sql`excluded.updated_at` },
    });
}
