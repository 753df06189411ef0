import { createHash, randomBytes } from 'node:crypto';
import type {
  CreateGlossaryConceptBody,
  GlossaryQuery,
  Out,
  TryGlossaryResult,
  UpdateGlossaryConceptBody,
} from '@innobridge/contracts';
import type { AppContext } from '../../../app-context.js';
import type { Tx } from '../../../db/client.js';
import { type Actor, isAdmin, isOperator } from '../../../lib/actor.js';
import { AppError } from '../../../lib/app-error.js';
import { decodeCursor, invalidCursor, toPage } from '../../../lib/pagination.js';
import { recordAudit } from '../../audit/index.js';
import { areaConcept } from '../concepts/concept-index.js';
import { extractConcepts } from '../concepts/extract.js';
import { conceptsChanged, MATCH_REFRESH_JOB } from '../proposals/proposals.jobs.js';
import { conceptIndex } from './glossary.index.js';
import * as repo from './glossary.repository.js';
import { type GlossaryTerms, keysOf, matcherKey, termOwners, termProblems, tidyTerms } from './glossary.terms.js';
import { conceptView, conceptViews } from './glossary.views.js';
import { loadGlossarySeed } from './glossary-data.js';

type Ctx = AppContext;
const SEED_CHUNK = 400;

/** The glossary is the cluster's staff's to keep: operators of either side and platform admins. */
function requireStaff(actor: Actor): void {
  if (isAdmin(actor) || isOperator(actor)) return;
  throw new AppError(actor.awaitingTwoFactor ? 'two_factor_setup_required' : 'operator_required');
}

/**
 * Brings the table up to the shipped glossary: new shipped concepts are added and those still as
 * shipped follow the shipped data; what operators edited or created is kept. Skipped when the shipped
 * data is the one seeded last (its fingerprint is kept with the index's version).
 */
export async function ensureGlossarySeeded(ctx: Ctx, seed = loadGlossarySeed()): Promise<void> {
  const fingerprint = createHash('sha256').update(JSON.stringify(seed)).digest('hex');
  const before = (await repo.indexVersion(ctx.db)).shippedGlossary;
  if (before === fingerprint) return;
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    await repo.bumpIndexVersion(tx, fingerprint);
    // A new shipped glossary on an installation that had one: every stored list is recomputed with it.
    if (before) await ctx.jobs.send(tx, MATCH_REFRESH_JOB, {});
    for (let i = 0; i < seed.length; i += SEED_CHUNK) {
      await repo.seedConcepts(
        tx,
        seed.slice(i, i + SEED_CHUNK).map((c) => ({
          id: c.id,
          area: c.area,
          terms: { ru: c.ru, zh: c.zh, en: c.en },
          origin: 'shipped' as const,
          updatedAt: now,
          updatedBy: null,
          version: 1,
        })),
      );
    }
  });
}

export async function listConcepts(ctx: Ctx, actor: Actor, query: Out<typeof GlossaryQuery>) {
  requireStaff(actor);
  const key = decodeCursor(query.cursor, 1);
  if (key && typeof key[0] !== 'string') throw invalidCursor();
  const rows = await repo.listConcepts(ctx.db, {
    q: query.q || undefined,
    area: query.area,
    retired: query.retired === 'true',
    after: key?.[0] as string | undefined,
    limit: query.limit,
  });
  const page = toPage(rows, query.limit, (row) => [row.id]);
  return { items: await conceptViews(ctx, page.items), nextCursor: page.nextCursor };
}

async function existing(db: Ctx['db'] | Tx, id: string) {
  const row = await repo.findConcept(db, id);
  if (!row) throw new AppError('glossary_concept_not_found');
  return row;
}

export async function getConcept(ctx: Ctx, actor: Actor, id: string) {
  requireStaff(actor);
  return conceptView(ctx, await existing(ctx.db, id));
}

/**
 * Checks a concept's new area and terms against the taxonomy and the other concepts: the terms' own
 * rules, then that no term new to the concept is read by the matcher as another concept's term.
 */
async function checkContent(
  tx: Tx,
  id: string | null,
  area: string | null,
  terms: GlossaryTerms,
  before?: GlossaryTerms,
) {
  const problems = termProblems(terms);
  if (area !== null && !(await repo.areaExists(tx, area))) problems.unshift({ path: 'area', code: 'invalid' });
  if (problems.length > 0) throw new AppError('validation_failed', { fields: problems });
  const known = before ? keysOf(before) : new Set<string>();
  const added = [...keysOf(terms)].filter((key) => !known.has(key));
  if (added.length === 0) return;
  const others = (await repo.activeConcepts(tx)).filter((c) => c.id !== id);
  const owners = termOwners(await repo.indexAreas(tx), others);
  for (const language of ['ru', 'zh', 'en'] as const) {
    for (const term of terms[language]) {
      const owner = owners.get(matcherKey(term));
      if (owner && !known.has(matcherKey(term))) {
        throw new AppError('glossary_term_taken', {
          params: { term, concept: owner.concept, other: owner.term },
          extra: { term, concept: owner.concept, conceptTerm: owner.term },
        });
      }
    }
  }
}

/** A new concept's code: its area's domain and its first English term (or a random word), never one in use. */
async function newId(tx: Tx, area: string | null, terms: GlossaryTerms): Promise<string> {
  const domain = area?.split('.')[0] ?? 'general';
  const slug = (terms.en[0] ?? '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  const base = `${domain}.${slug || randomBytes(4).toString('hex')}`;
  const candidates = [base, ...Array.from({ length: 20 }, (_, i) => `${base}-${i + 2}`)];
  const taken = await repo.takenIds(tx, candidates);
  return candidates.find((c) => !taken.has(c)) ?? `${base}-${randomBytes(4).toString('hex')}`;
}

const snapshot = (area: string | null, terms: GlossaryTerms) => ({ area, terms });

export async function createConcept(ctx: Ctx, actor: Actor, body: Out<typeof CreateGlossaryConceptBody>) {
  requireStaff(actor);
  const terms = tidyTerms(body.terms);
  const row = await ctx.db.transaction(async (tx) => {
    await repo.bumpIndexVersion(tx);
    await checkContent(tx, null, body.area, terms);
    const inserted = await repo.insertConcept(tx, {
      id: await newId(tx, body.area, terms),
      area: body.area,
      terms,
      origin: 'edited',
      updatedAt: ctx.clock.now(),
      updatedBy: actor.userId,
      version: 1,
    });
    await recordAudit(tx, ctx.clock, {
      actorUserId: actor.userId,
      action: 'glossary.concept_created',
      subjectType: 'glossary_concept',
      subjectId: inserted.id,
      summary: { after: snapshot(inserted.area, inserted.terms) },
    });
    await termsChanged(ctx, tx, inserted.id, inserted.terms);
    return inserted;
  });
  return conceptView(ctx, row);
}

/** The opportunities that held the concept, or whose texts hold one of its terms, are recomputed (ADR 0026). */
const termsChanged = (ctx: Ctx, tx: Tx, id: string, terms: GlossaryTerms) =>
  conceptsChanged(ctx, tx, { concepts: [id], areas: [], terms: [...terms.ru, ...terms.zh, ...terms.en] });

type Change = { area?: string | null; terms?: GlossaryTerms; retired?: boolean };

/** One change of a concept, with the version the operator read; all of it or nothing, audited. */
async function changeConcept(ctx: Ctx, actor: Actor, id: string, version: number, change: Change, action: string) {
  requireStaff(actor);
  const row = await ctx.db.transaction(async (tx) => {
    // The index's version row is locked first: changes are taken one at a time, so that two operators
    // cannot give one term to two concepts at once.
    await repo.bumpIndexVersion(tx);
    const before = await existing(tx, id);
    if (before.version !== version) {
      throw new AppError('glossary_concept_changed', {
        params: { version: before.version },
        extra: { version: before.version },
      });
    }
    if (change.retired === undefined && before.retiredAt) throw new AppError('glossary_concept_retired');
    if (change.retired === false && !before.retiredAt) throw new AppError('glossary_concept_not_retired');
    const area = change.area !== undefined ? change.area : before.area;
    const terms = change.terms ? tidyTerms(change.terms) : before.terms;
    // A restored concept's terms are checked again: another concept may have taken one meanwhile.
    if (change.retired !== true)
      await checkContent(tx, id, area, terms, change.retired === false ? undefined : before.terms);
    const now = ctx.clock.now();
    const after = await repo.updateConcept(tx, id, version, {
      area,
      terms,
      ...(change.retired !== undefined ? { retiredAt: change.retired ? now : null } : {}),
      updatedAt: now,
      updatedBy: actor.userId,
    });
    if (!after)
      throw new AppError('glossary_concept_changed', {
        params: { version: version + 1 },
        extra: { version: version + 1 },
      });
    await recordAudit(tx, ctx.clock, {
      actorUserId: actor.userId,
      action,
      subjectType: 'glossary_concept',
      subjectId: id,
      summary: {
        before: snapshot(before.area, before.terms),
        after: snapshot(after.area, after.terms),
        version: after.version,
      },
    });
    // A retired concept's terms are found no more: only those who held it change.
    await termsChanged(ctx, tx, id, change.retired === true ? { ru: [], zh: [], en: [] } : after.terms);
    return after;
  });
  return conceptView(ctx, row);
}

export const updateConcept = (ctx: Ctx, actor: Actor, id: string, body: Out<typeof UpdateGlossaryConceptBody>) =>
  changeConcept(ctx, actor, id, body.version, { area: body.area, terms: body.terms }, 'glossary.concept_updated');

export const retireConcept = (ctx: Ctx, actor: Actor, id: string, version: number) =>
  changeConcept(ctx, actor, id, version, { retired: true }, 'glossary.concept_retired');

export const restoreConcept = (ctx: Ctx, actor: Actor, id: string, version: number) =>
  changeConcept(ctx, actor, id, version, { retired: false }, 'glossary.concept_restored');

/** The concepts the matcher finds in a text now, with the words that named them: how an operator sees a miss. */
export async function tryText(ctx: Ctx, actor: Actor, text: string): Promise<Out<typeof TryGlossaryResult>> {
  requireStaff(actor);
  const index = await conceptIndex(ctx);
  const found = extractConcepts(index, text);
  const areas = new Map((await repo.indexAreas(ctx.db)).map((a) => [areaConcept(a.code), a]));
  const glossaryIds = found.map((f) => f.concept).filter((id) => !areas.has(id));
  const concepts = new Map((await repo.conceptsByIds(ctx.db, glossaryIds)).map((c) => [c.id, c]));
  return {
    found: found.map((f) => {
      const area = areas.get(f.concept);
      if (area) return { id: f.concept, kind: 'area' as const, area: area.code, label: area.label, words: f.words };
      const c = concepts.get(f.concept);
      const first = (list: string[] | undefined) => list?.[0] ?? '';
      return {
        id: f.concept,
        kind: 'glossary' as const,
        area: c?.area ?? null,
        label: { ru: first(c?.terms.ru), zh: first(c?.terms.zh), en: first(c?.terms.en) },
        words: f.words,
      };
    }),
  };
}
