import type { AppContext } from '../../app-context.js';
import { type Actor, requireAdmin } from '../../lib/actor.js';
import { AppError } from '../../lib/app-error.js';
import { recordAudit } from '../audit/index.js';
import { areaConcept } from './concepts/concept-index.js';
import { conceptIndexChanged } from './glossary/glossary.index.js';
import * as repo from './matching.repository.js';
import { conceptsChanged } from './proposals/proposals.jobs.js';
import { TAXONOMY_SEED } from './taxonomy-data.js';

type Ctx = AppContext;

/** Fills an empty taxonomy with the seed; a taxonomy admins have edited is left as it is. */
export async function ensureTaxonomySeeded(ctx: Ctx): Promise<void> {
  if ((await repo.countAreas(ctx.db)) > 0) return;
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    await conceptIndexChanged(tx);
    await repo.insertAreas(
      tx,
      TAXONOMY_SEED.map((a) => ({
        code: a.code,
        parent: a.parent,
        label: a.label,
        synonyms: a.synonyms,
        updatedAt: now,
      })),
    );
  });
}

export const listTaxonomy = (ctx: Ctx) => repo.listAreas(ctx.db);

/** The codes that are not areas of the taxonomy (empty when all are). */
export async function unknownAreas(ctx: Ctx, codes: string[]): Promise<string[]> {
  const known = new Set(await repo.existingCodes(ctx.db, codes));
  return codes.filter((c) => !known.has(c));
}

export async function saveArea(ctx: Ctx, actor: Actor, area: Omit<repo.TaxonomyRow, 'updatedAt'>) {
  requireAdmin(actor);
  if (area.parent) {
    const [parent] = await repo.existingCodes(ctx.db, [area.parent]);
    if (!parent) throw new AppError('validation_failed', { fields: [{ path: 'parent', code: 'invalid' }] });
  }
  const row = { ...area, updatedAt: ctx.clock.now() };
  await ctx.db.transaction(async (tx) => {
    await repo.upsertArea(tx, row);
    await conceptIndexChanged(tx);
    // The opportunities in the area, or whose texts name it, are recomputed with the new index.
    await conceptsChanged(ctx, tx, {
      concepts: [areaConcept(area.code)],
      areas: [area.code],
      terms: (['ru', 'zh', 'en'] as const).flatMap((l) => [area.label[l], ...area.synonyms[l]]),
    });
    await recordAudit(tx, ctx.clock, {
      actorUserId: actor.userId,
      action: 'taxonomy.area_saved',
      subjectType: 'taxonomy_area',
      subjectId: area.code,
      summary: { label: area.label },
    });
  });
  return row;
}
