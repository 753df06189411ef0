import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { translationCache } from './translation.tables.js';

export type CachedTranslation = typeof translationCache.$inferSelect;

export async function findCached(db: DbOrTx, key: string): Promise<CachedTranslation | null> {
  const [row] = await db.select().from(translationCache).where(eq(translationCache.key, key)).limit(1);
  return row ?? null;
}

/** Two readers translating the same text at once: the first one's answer is kept. */
export async function insertCached(db: DbOrTx, row: CachedTranslation): Promise<void> {
  await db.insert(translationCache).values(row).onConflictDoNothing({ target: translationCache.key });
}
