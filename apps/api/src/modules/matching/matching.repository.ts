import { asc, count, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { taxonomyAreas } from './matching.tables.js';

export type TaxonomyRow = typeof taxonomyAreas.$inferSelect;

export async function countAreas(db: DbOrTx): Promise<number> {
  const [row] = await db.select({ n: count() }).from(taxonomyAreas);
  return Number(row?.n ?? 0);
}

export async function insertAreas(db: DbOrTx, rows: TaxonomyRow[]): Promise<void> {
  if (rows.length > 0) await db.insert(taxonomyAreas).values(rows).onConflictDoNothing();
}

export async function listAreas(db: DbOrTx): Promise<TaxonomyRow[]> {
  return db.select().from(taxonomyAreas).orderBy(sql`${taxonomyAreas.parent} nulls first`, asc(taxonomyAreas.code));
}

export async function existingCodes(db: DbOrTx, codes: string[]): Promise<string[]> {
  if (codes.length === 0) return [];
  const rows = await db
    .select({ code: taxonomyAreas.code })
    .from(taxonomyAreas)
    .where(inArray(taxonomyAreas.code, codes));
  return rows.map((r) => r.code);
}

export async function upsertArea(db: DbOrTx, row: TaxonomyRow): Promise<void> {
  await db
    .insert(taxonomyAreas)
    .values(row)
    .onConflictDoUpdate({
      target: taxonomyAreas.code,
      set: { parent: row.parent, label: row.label, synonyms: row.synonyms, updatedAt: row.updatedAt },
    });
}
