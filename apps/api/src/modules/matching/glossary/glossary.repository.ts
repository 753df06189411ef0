import { and, asc, eq, gt, inArray, isNotNull, isNull, like, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.js';
import { conceptIndexState, glossaryConcepts, taxonomyAreas } from '../matching.tables.js';

export type GlossaryRow = typeof glossaryConcepts.$inferSelect;
export type NewGlossaryRow = typeof glossaryConcepts.$inferInsert;

const STATE_ID = 1;

/** The version of what the concept index is built from (0 before the first change). */
export async function indexVersion(db: DbOrTx): Promise<{ version: number; shippedGlossary: string | null }> {
  const [row] = await db
    .select({ version: conceptIndexState.version, shippedGlossary: conceptIndexState.shippedGlossary })
    .from(conceptIndexState)
    .where(eq(conceptIndexState.id, STATE_ID));
  return row ?? { version: 0, shippedGlossary: null };
}

/** Moves the index's version on (and records the shipped glossary's fingerprint when given); locks the row to the end of the transaction. */
export async function bumpIndexVersion(db: DbOrTx, shippedGlossary?: string): Promise<void> {
  await db
    .insert(conceptIndexState)
    .values({ id: STATE_ID, version: 1, shippedGlossary: shippedGlossary ?? null })
    .onConflictDoUpdate({
      target: conceptIndexState.id,
      set: {
        version: sql`${conceptIndexState.version} + 1`,
        ...(shippedGlossary !== undefined ? { shippedGlossary } : {}),
      },
    });
}

/**
 * Adds the shipped concepts that are new, and replaces those still as shipped whose shipped data
 * changed; a concept an operator edited or created is left as it is. Returns how many rows changed.
 */
export async function seedConcepts(db: DbOrTx, rows: NewGlossaryRow[]): Promise<number> {
  if (rows.length === 0) return 0;
  const changed = await db
    .insert(glossaryConcepts)
    .values(rows)
    .onConflictDoUpdate({
      target: glossaryConcepts.id,
      set: {
        area: sql`excluded.area`,
        terms: sql`excluded.terms`,
        updatedAt: sql`excluded.updated_at`,
        version: sql`${glossaryConcepts.version} + 1`,
      },
      setWhere: sql`${glossaryConcepts.origin} = 'shipped' and (${glossaryConcepts.area} is distinct from excluded.area or ${glossaryConcepts.terms} <> excluded.terms)`,
    })
    .returning({ id: glossaryConcepts.id });
  return changed.length;
}

/** Escapes LIKE's wildcards in what a person typed. */
const likePattern = (q: string) => `%${q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export async function listConcepts(
  db: DbOrTx,
  filter: { q?: string; area?: string; retired: boolean; after?: string; limit: number },
): Promise<GlossaryRow[]> {
  const conditions = [filter.retired ? isNotNull(glossaryConcepts.retiredAt) : isNull(glossaryConcepts.retiredAt)];
  if (filter.area) {
    conditions.push(
      or(
        eq(glossaryConcepts.area, filter.area),
        like(glossaryConcepts.area, `${filter.area.replace(/[\\%_]/g, '\\$&')}.%`),
      ) as ReturnType<typeof eq>,
    );
  }
  if (filter.q) {
    const pattern = likePattern(filter.q);
    conditions.push(
      sql`(lower(${glossaryConcepts.id}) like ${pattern} or exists (
        select 1 from jsonb_array_elements_text(
          (${glossaryConcepts.terms} -> 'ru') || (${glossaryConcepts.terms} -> 'zh') || (${glossaryConcepts.terms} -> 'en')
        ) as term where lower(term) like ${pattern}))`,
    );
  }
  if (filter.after) conditions.push(gt(glossaryConcepts.id, filter.after));
  return db
    .select()
    .from(glossaryConcepts)
    .where(and(...conditions))
    .orderBy(asc(glossaryConcepts.id))
    .limit(filter.limit + 1);
}

export async function findConcept(db: DbOrTx, id: string): Promise<GlossaryRow | undefined> {
  const [row] = await db.select().from(glossaryConcepts).where(eq(glossaryConcepts.id, id));
  return row;
}

/** The ids among these that are taken (retired concepts too: a code is never reused). */
export async function takenIds(db: DbOrTx, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .select({ id: glossaryConcepts.id })
    .from(glossaryConcepts)
    .where(inArray(glossaryConcepts.id, ids));
  return new Set(rows.map((r) => r.id));
}

/** Every concept in use, for the index and for the check that a term belongs to one concept only. */
export async function activeConcepts(db: DbOrTx): Promise<Pick<GlossaryRow, 'id' | 'area' | 'terms'>[]> {
  return db
    .select({ id: glossaryConcepts.id, area: glossaryConcepts.area, terms: glossaryConcepts.terms })
    .from(glossaryConcepts)
    .where(isNull(glossaryConcepts.retiredAt))
    .orderBy(asc(glossaryConcepts.id));
}

export async function insertConcept(db: DbOrTx, row: NewGlossaryRow): Promise<GlossaryRow> {
  const [inserted] = await db.insert(glossaryConcepts).values(row).returning();
  return inserted as GlossaryRow;
}

/** Applies a change if the concept is still at `version` (compare-and-set); undefined when it moved on. */
export async function updateConcept(
  db: DbOrTx,
  id: string,
  version: number,
  change: Partial<Pick<GlossaryRow, 'area' | 'terms' | 'retiredAt'>> & Pick<GlossaryRow, 'updatedAt' | 'updatedBy'>,
): Promise<GlossaryRow | undefined> {
  const [row] = await db
    .update(glossaryConcepts)
    .set({ ...change, origin: 'edited', version: sql`${glossaryConcepts.version} + 1` })
    .where(and(eq(glossaryConcepts.id, id), eq(glossaryConcepts.version, version)))
    .returning();
  return row;
}

/** The taxonomy's areas as the index reads them. */
export async function indexAreas(db: DbOrTx) {
  return db
    .select({
      code: taxonomyAreas.code,
      parent: taxonomyAreas.parent,
      label: taxonomyAreas.label,
      synonyms: taxonomyAreas.synonyms,
    })
    .from(taxonomyAreas)
    .orderBy(sql`${taxonomyAreas.parent} nulls first`, asc(taxonomyAreas.code));
}

export async function areaExists(db: DbOrTx, code: string): Promise<boolean> {
  const [row] = await db.select({ code: taxonomyAreas.code }).from(taxonomyAreas).where(eq(taxonomyAreas.code, code));
  return !!row;
}

export async function conceptsByIds(db: DbOrTx, ids: string[]): Promise<GlossaryRow[]> {
  if (ids.length === 0) return [];
  return db.select().from(glossaryConcepts).where(inArray(glossaryConcepts.id, ids));
}
