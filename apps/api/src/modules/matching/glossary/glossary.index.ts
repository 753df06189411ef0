import type { AppContext } from '../../../app-context.js';
import type { Db, DbOrTx } from '../../../db/client.js';
import { buildConceptIndex, type ConceptIndex } from '../concepts/concept-index.js';
import * as repo from './glossary.repository.js';

type Built = { version: number; index: Promise<ConceptIndex> };

/** Each database's index and the version it was built at (tests run several apps in one process). */
const built = new WeakMap<Db, Built>();

async function build(db: Db): Promise<ConceptIndex> {
  const [areas, concepts] = await Promise.all([repo.indexAreas(db), repo.activeConcepts(db)]);
  return buildConceptIndex({
    areas,
    glossary: concepts.map((c) => ({ id: c.id, area: c.area, ru: c.terms.ru, zh: c.terms.zh, en: c.terms.en })),
  });
}

/**
 * The concept index of the taxonomy and the glossary as the operators keep them (the tables). Each call
 * reads one number, the version every change moves on in its transaction; the index is rebuilt only
 * when that number moved, so every server process sees a change on its next call. An index built
 * while a change commits is marked with the version read before it, and so built again next time.
 */
export async function conceptIndex(ctx: Pick<AppContext, 'db'>): Promise<ConceptIndex> {
  const { version } = await repo.indexVersion(ctx.db);
  const cached = built.get(ctx.db);
  if (cached && cached.version === version) return cached.index;
  const entry: Built = { version, index: build(ctx.db) };
  built.set(ctx.db, entry);
  entry.index.catch(() => {
    if (built.get(ctx.db) === entry) built.delete(ctx.db);
  });
  return entry.index;
}

/** Tells every server process that its index is stale: called in the transaction of a change to the taxonomy. */
export const conceptIndexChanged = (tx: DbOrTx) => repo.bumpIndexVersion(tx);
