import type { GlossaryConcept, Out } from '@innobridge/contracts';
import type { AppContext } from '../../../app-context.js';
import { people } from '../../identity/index.js';
import type { GlossaryRow } from './glossary.repository.js';

export type GlossaryConceptView = Out<typeof GlossaryConcept>;

/** Rows → the contract's concepts, with the names of who changed them looked up at once. */
export async function conceptViews(ctx: Pick<AppContext, 'db'>, rows: GlossaryRow[]): Promise<GlossaryConceptView[]> {
  const ids = rows.flatMap((r) => (r.updatedBy ? [r.updatedBy] : []));
  const names = new Map((await people(ctx, ids)).map((p) => [p.userId, p.displayName]));
  return rows.map((r) => ({
    id: r.id,
    area: r.area,
    terms: r.terms,
    origin: r.origin,
    retired: r.retiredAt !== null,
    updatedAt: r.updatedAt.toISOString(),
    updatedBy: r.updatedBy ? { id: r.updatedBy, displayName: names.get(r.updatedBy) ?? '' } : null,
    version: r.version,
  }));
}

export async function conceptView(ctx: Pick<AppContext, 'db'>, row: GlossaryRow): Promise<GlossaryConceptView> {
  return (await conceptViews(ctx, [row]))[0] as GlossaryConceptView;
}
