import type { AppContext } from '../../../app-context.js';
import type { Db, DbOrTx } from '../../../db/client.js';
import { buildConceptIndex, type ConceptIndex } from '../concepts/concept-index.js';
import { buildVocabulary, type Vocabulary } from '../vocabulary.js';
import * as repo from './glossary.repository.js';

type Built = { version: number; index: Promise<ConceptIndex> };

/** Each database's index and the version it was built at (tests run several apps in one process). */
const built = new WeakMap<Db, Built>();

/** The taxonomy's areas and the glossary's concepts in use, as the operators keep them. */
async function tables(db: Db) {
  const [areas, concepts] = await Promise.all([repo.indexAreas(db), repo.activeConcepts(db)]);
  return { areas, concepts };
}

async function build(db: Db): Promise<ConceptIndex> {
  const { areas, concepts } = await tables(db);
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

/**
 * How long a search trusts its vocabulary before it asks whether the tables moved on. A change made in
 * this process is seen at once (`searchVocabularyChanged`); one made by another server process, after
 * at most this long and one more search.
 */
const VOCABULARY_CHECK_MS = 30_000;

type Words = { version: number; vocabulary: Promise<Vocabulary>; checkedAt: number; checking?: Promise<void> };
const words = new WeakMap<Db, Words>();

async function rebuildIfMoved(db: Db, entry: Words | undefined): Promise<Words> {
  const { version } = await repo.indexVersion(db);
  const now = performance.now();
  if (entry && entry.version === version) {
    entry.checkedAt = now;
    return entry;
  }
  const next: Words = { version, vocabulary: tables(db).then(buildVocabulary), checkedAt: now };
  words.set(db, next);
  next.vocabulary.catch(() => {
    if (words.get(db) === next) words.delete(db);
  });
  return next;
}

/**
 * The vocabulary the exchange's search expands queries with: the taxonomy and the glossary as the
 * operators keep them (the tables), built on first use and kept until they change, so that a search
 * sends no statement of its own for it. After VOCABULARY_CHECK_MS the search still answers from the
 * kept one while the version is read beside it (and the vocabulary built again if it moved).
 */
export async function searchVocabulary(ctx: Pick<AppContext, 'db'>): Promise<Vocabulary> {
  const entry = words.get(ctx.db);
  if (!entry || entry.checkedAt === Number.NEGATIVE_INFINITY) {
    return (await rebuildIfMoved(ctx.db, entry)).vocabulary;
  }
  if (performance.now() - entry.checkedAt > VOCABULARY_CHECK_MS && !entry.checking) {
    entry.checking = rebuildIfMoved(ctx.db, entry)
      .then(() => undefined)
      .catch(() => undefined)
      .finally(() => {
        entry.checking = undefined;
      });
  }
  return entry.vocabulary;
}

/** After a change to the taxonomy or the glossary has committed: this process's next search reads the tables again. */
export function searchVocabularyChanged(ctx: Pick<AppContext, 'db'>): void {
  const entry = words.get(ctx.db);
  if (entry) entry.checkedAt = Number.NEGATIVE_INFINITY;
}
