import {
  type CreateOrganizationBody,
  hasAnyLanguage,
  isPlaceCode,
  type Jurisdiction,
  type LegalIdIssue,
  type Locale,
  OTHER_PLACE,
  pickLocalized,
  placeByName,
  type UpdateOrganizationBody,
  VERIFIED_FACTS,
  type VerifiedFact,
  validateLegalId,
} from '@innobridge/contracts';
import type { AppContext } from '../../app-context.js';
import type { DbOrTx } from '../../db/client.js';
import { isUniqueViolation } from '../../db/errors.js';
import { type Actor, isAdmin } from '../../lib/actor.js';
import { AppError, type FieldIssue } from '../../lib/app-error.js';
import { newId } from '../../lib/ids.js';
import { ORGANIZATION_CHANGED_JOB, type OrganizationChangedJob } from '../../lib/jobs.js';
import { decodeTimeIdCursor, toPage } from '../../lib/pagination.js';
import { segmentForIndex } from '../../lib/text.js';
import { recordAudit } from '../audit/index.js';
import { unknownAreas } from '../matching/index.js';
import * as repo from './organizations.repository.js';
import type { OrganizationFilter, OrganizationRecord } from './organizations.types.js';
import { organizationOut } from './organizations.views.js';

type Ctx = AppContext;

/** Tells the matcher, in the change's transaction, that the organisation's profile or status changed. */
const profileChanged = (ctx: Ctx, tx: DbOrTx, organizationId: string) =>
  ctx.jobs.send(tx, ORGANIZATION_CHANGED_JOB, { organizationId } satisfies OrganizationChangedJob);

function legalIdFieldIssue(issue: LegalIdIssue): FieldIssue {
  const { code, ...rest } = issue;
  const params: FieldIssue['params'] = {};
  for (const [key, value] of Object.entries(rest)) {
    params[key] = key === 'kind' ? { key: `legal_id_kind.${value}` } : (value as string | number);
  }
  return { path: 'legalId', code, params };
}

/** Checks the identifier for the jurisdiction and returns its normalised form and kind. */
function checkedLegalId(jurisdiction: Jurisdiction, raw: string) {
  const result = validateLegalId(jurisdiction, raw);
  if (!result.ok) throw new AppError('legal_id_invalid', { fields: [legalIdFieldIssue(result.issue)] });
  return result;
}

/** The Chinese texts of a profile, segmented into words for the search index. */
function chineseSearchText(
  texts: Pick<repo.OrganizationRow, 'name'> &
    Partial<Pick<repo.OrganizationRow, 'shortDescription' | 'description' | 'products'>>,
) {
  return segmentForIndex(
    [texts.name, texts.shortDescription, texts.description, texts.products].map((t) => t?.zh ?? '').join('\n'),
  );
}

/**
 * The place a body gives: a listed code (the city's text dropped), or "other" with its text. A text
 * alone that names a listed place in any language takes its code. Undefined when the body gives neither.
 */
function placeOfBody(body: { place?: string; city?: string }): { place: string; city: string } | undefined {
  if (body.place === undefined && body.city === undefined) return undefined;
  const city = body.city?.trim() ?? '';
  if (body.place !== undefined && !isPlaceCode(body.place))
    throw new AppError('place_unknown', { fields: [{ path: 'place', code: 'place_unknown' }] });
  const place = body.place ?? placeByName(city) ?? OTHER_PLACE;
  if (place !== OTHER_PLACE) return { place, city: '' };
  if (!city) throw new AppError('city_required', { fields: [{ path: 'city', code: 'place_required' }] });
  return { place, city };
}

/** Areas must be the taxonomy's (the matching module's). */
async function assertAreas(ctx: Ctx, areas: string[] | undefined) {
  const unknown = await unknownAreas(ctx, areas ?? []);
  if (unknown.length > 0) {
    throw new AppError('validation_failed', {
      fields: unknown.map((code) => ({ path: `areas.${(areas ?? []).indexOf(code)}`, code: 'invalid_option' })),
    });
  }
}

export const displayName = (row: Pick<OrganizationRecord, 'id' | 'name'>, locale: Locale) =>
  pickLocalized(row.name, locale)?.text ?? row.id;

async function refuseDuplicate(
  ctx: Ctx,
  jurisdiction: Jurisdiction,
  legalId: string,
  locale: Locale,
  publicStatuses: PublicStatuses,
  exceptId?: string,
) {
  if (!legalId) return;
  const existing = await repo.findByLegalId(ctx.db, jurisdiction, legalId);
  if (!existing || existing.id === exceptId) return;
  const fields = [{ path: 'legalId', code: 'legal_id_taken' }];
  // Name and card only of an organisation the public registry shows anyway; of any other, only that
  // the identifier is taken — a legal identifier must not reveal who is registering behind it.
  if (!visibleTo(null, existing, publicStatuses)) throw new AppError('legal_id_registered', { fields });
  throw new AppError('legal_id_duplicate', {
    params: { name: displayName(existing, locale) },
    extra: { existingOrganizationId: existing.id },
    fields,
  });
}

export async function createOrganization(
  ctx: Ctx,
  actor: Actor,
  body: CreateOrganizationBody,
  locale: Locale,
  publicStatuses: PublicStatuses,
) {
  if (!hasAnyLanguage(body.name)) throw new AppError('name_required', { fields: [{ path: 'name', code: 'required' }] });
  const legal = checkedLegalId(body.jurisdiction, body.legalId);
  const where = placeOfBody(body);
  if (!where) throw new AppError('city_required', { fields: [{ path: 'place', code: 'place_required' }] });
  await assertAreas(ctx, body.areas);
  await refuseDuplicate(ctx, body.jurisdiction, legal.value, locale, publicStatuses);
  const now = ctx.clock.now();
  const row = {
    id: newId(),
    type: body.type,
    jurisdiction: body.jurisdiction,
    place: where.place,
    city: where.city,
    areas: [...new Set(body.areas ?? [])],
    legalIdKind: legal.kind,
    legalId: legal.value,
    name: body.name,
    shortDescription: body.shortDescription ?? {},
    description: body.description ?? {},
    products: body.products ?? {},
    website: body.website ?? null,
    searchZh: chineseSearchText(body),
    createdBy: actor.userId,
    createdAt: now,
    updatedAt: now,
  };
  try {
    await ctx.db.transaction(async (tx) => {
      await repo.insertOrganization(tx, row);
      await repo.insertMember(tx, { organizationId: row.id, userId: actor.userId, role: 'admin', joinedAt: now });
      await profileChanged(ctx, tx, row.id);
      await recordAudit(tx, ctx.clock, {
        actorUserId: actor.userId,
        action: 'organization.created',
        subjectType: 'organization',
        subjectId: row.id,
        summary: { type: row.type, jurisdiction: row.jurisdiction, legalId: row.legalId, name: row.name },
      });
    });
  } catch (error) {
    // Two registrations of one identifier at once: the loser hears about the winner.
    if (isUniqueViolation(error, 'organizations_legal_id_key'))
      await refuseDuplicate(ctx, body.jurisdiction, legal.value, locale, publicStatuses);
    throw error;
  }
  return organizationOut((await repo.findOrganization(ctx.db, row.id)) as OrganizationRecord);
}

export async function getOrganization(ctx: Ctx, id: string): Promise<OrganizationRecord> {
  const row = await repo.findOrganization(ctx.db, id);
  if (!row) throw new AppError('organization_not_found');
  return row;
}

/**
 * The statuses the public registry shows, which the registry decides and passes in (ADR 0020): visitors
 * see organisations with one of them, nothing else.
 */
export type PublicStatuses = readonly string[];

const visibleTo = (actor: Actor | null, row: OrganizationRecord, publicStatuses: PublicStatuses) =>
  !!actor || publicStatuses.includes(row.status);

/** An organisation's card: for a visitor, only one the public registry shows. */
export async function readOrganization(ctx: Ctx, actor: Actor | null, id: string, publicStatuses: PublicStatuses) {
  const row = await getOrganization(ctx, id);
  if (!visibleTo(actor, row, publicStatuses)) throw new AppError('organization_not_found');
  return organizationOut(row);
}

/** Members act for their own organisation only: a stranger hears that, a plain member hears they need the admin role. */
/** `db` is the transaction when the check must hold under the organisation's lock. */
export async function assertOrgAdmin(ctx: Ctx, actor: Actor, organizationId: string, db: DbOrTx = ctx.db) {
  if (isAdmin(actor)) return;
  const member = await repo.findMember(db, organizationId, actor.userId);
  if (!member) throw new AppError('organization_forbidden');
  if (member.role !== 'admin') throw new AppError('organization_admin_required');
}

/** A change of the facts an operator verified, as the registry is asked to judge it. */
export type VerifiedFactsChange = {
  actor: Actor;
  /** The organisation as it was before the change. */
  organization: OrganizationRecord;
  fields: VerifiedFact[];
  /** The new values of the changed facts. */
  next: Pick<OrganizationRecord, VerifiedFact | 'place'>;
  acknowledgeStatusLoss: boolean;
};
/**
 * Judges a change of verified facts before the update (it may refuse it) and returns what must happen
 * with it inside the update's transaction. The registry provides it (ADR 0014).
 */
export type VerifiedFactsGuard = (change: VerifiedFactsChange) => Promise<(tx: DbOrTx) => Promise<void>>;

export async function updateOrganization(
  ctx: Ctx,
  actor: Actor,
  id: string,
  body: UpdateOrganizationBody,
  locale: Locale,
  deps: { guardVerifiedFacts: VerifiedFactsGuard; publicStatuses: PublicStatuses },
) {
  const { acknowledgeStatusLoss = false, ...patch } = body;
  const current = await getOrganization(ctx, id);
  await assertOrgAdmin(ctx, actor, id);
  if (patch.name && !hasAnyLanguage(patch.name))
    throw new AppError('name_required', { fields: [{ path: 'name', code: 'required' }] });
  const { place: _place, city: _city, ...rest } = patch;
  // "other" alone keeps the text the organisation already gave.
  const city = patch.city ?? (patch.place === OTHER_PLACE && current.place === OTHER_PLACE ? current.city : undefined);
  const changes: Partial<repo.OrganizationRow> = { ...rest, ...placeOfBody({ place: patch.place, city }) };
  if (patch.areas) {
    await assertAreas(ctx, patch.areas);
    changes.areas = [...new Set(patch.areas)];
  }
  if (patch.name || patch.shortDescription || patch.description || patch.products) {
    changes.searchZh = chineseSearchText({ ...current, ...patch });
  }
  const jurisdiction = patch.jurisdiction ?? current.jurisdiction;
  if (patch.jurisdiction !== undefined || patch.legalId !== undefined) {
    const legal = checkedLegalId(jurisdiction, patch.legalId ?? current.legalId);
    await refuseDuplicate(ctx, jurisdiction, legal.value, locale, deps.publicStatuses, id);
    changes.legalId = legal.value;
    changes.legalIdKind = legal.kind;
  }
  const next = {
    jurisdiction,
    legalId: changes.legalId ?? current.legalId,
    place: changes.place ?? current.place,
    city: changes.city ?? current.city,
  };
  // The city is one fact: its place, and for "other" its own text.
  const changedFacts = VERIFIED_FACTS.filter((fact) =>
    fact === 'city'
      ? next.place !== current.place || next.city.trim() !== current.city.trim()
      : next[fact] !== current[fact],
  );
  const withFacts = changedFacts.length
    ? await deps.guardVerifiedFacts({ actor, organization: current, fields: changedFacts, next, acknowledgeStatusLoss })
    : null;
  const now = ctx.clock.now();
  try {
    return await ctx.db.transaction(async (tx) => {
      await repo.updateOrganization(tx, id, { ...changes, updatedAt: now });
      await profileChanged(ctx, tx, id);
      await recordAudit(tx, ctx.clock, {
        actorUserId: actor.userId,
        action: 'organization.updated',
        subjectType: 'organization',
        subjectId: id,
        summary: { changes: { ...changes, searchZh: undefined }, verifiedFacts: changedFacts },
      });
      await withFacts?.(tx);
      return organizationOut((await repo.findOrganization(tx, id)) as OrganizationRecord);
    });
  } catch (error) {
    if (isUniqueViolation(error, 'organizations_legal_id_key')) {
      await refuseDuplicate(ctx, jurisdiction, changes.legalId ?? '', locale, deps.publicStatuses, id);
    }
    throw error;
  }
}

/** Every organisation for signed-in people, newest first; for visitors, those the public registry shows. */
export async function listOrganizations(
  ctx: Ctx,
  actor: Actor | null,
  query: { cursor?: string; limit: number },
  publicStatuses: PublicStatuses,
) {
  const after = decodeTimeIdCursor(query.cursor);
  const rows = await repo.listOrganizations(ctx.db, after, query.limit + 1, actor ? undefined : publicStatuses);
  const page = toPage(rows, query.limit, (o) => [o.createdAt.toISOString(), o.id]);
  return { items: page.items.map(organizationOut), nextCursor: page.nextCursor };
}

// for other modules (ADR 0020: ctx first, a transaction as an option, plain types out)

/**
 * Changes the cluster status, if it is still `expected`; returns whether it changed. Only the registry's
 * workflow calls it: the status's meaning and every change of it are the registry's (ADR 0020).
 */
export async function compareAndSetStatus(
  ctx: Ctx,
  change: { organizationId: string; expected: string; next: string; at: Date },
  options: { tx?: DbOrTx } = {},
): Promise<boolean> {
  const db = options.tx ?? ctx.db;
  const changed = await repo.compareAndSetStatus(db, change.organizationId, change.expected, change.next, change.at);
  // The status decides whether the organisation is proposed to others (the public registry shows it).
  if (changed) await profileChanged(ctx, db, change.organizationId);
  return changed;
}

/** For the matcher's catch-up: organisations changed after the keyset `(updated_at, id)`, oldest first. */
export const organizationsChangedSince = (ctx: Ctx, after: { at: Date; id: string } | null, limit: number) =>
  repo.changedSince(ctx.db, after, limit);

/**
 * One page of the organisations matching a filter, with each one's rank when the filter has words.
 * Neutral: the caller says which statuses it shows.
 */
export async function searchOrganizations(
  ctx: Ctx,
  filter: OrganizationFilter,
  after: { rank?: number; since?: string; id: string } | null,
  limit: number,
): Promise<{ organization: OrganizationRecord; rank: number }[]> {
  return repo.searchOrganizations(ctx.db, filter, after, limit);
}

/** The total of the organisations matching a filter, and their counts by status and by jurisdiction. */
export async function countOrganizations(
  ctx: Ctx,
  filter: OrganizationFilter,
): Promise<{ total: number; byStatus: { key: string; n: number }[]; byJurisdiction: { key: string; n: number }[] }> {
  return repo.countOrganizations(ctx.db, filter);
}

export { displayName as organizationDisplayName };

export const organizationsByIds = (ctx: Ctx, ids: string[]): Promise<OrganizationRecord[]> =>
  repo.findOrganizations(ctx.db, ids);

/** Names and types only: what a list of other things shows of their organisations. */
export const organizationNamesByIds = (
  ctx: Ctx,
  ids: string[],
): Promise<{ id: string; name: OrganizationRecord['name']; type: string }[]> => repo.findOrganizationNames(ctx.db, ids);

export const organizationIdsOfType = (ctx: Ctx, type: string) => repo.idsOfType(ctx.db, type);

/** An organisation read inside the caller's transaction when given (on its connection), or undefined. */
export const organizationIn = (
  ctx: Ctx,
  id: string,
  options: { tx?: DbOrTx } = {},
): Promise<OrganizationRecord | undefined> => repo.findOrganization(options.tx ?? ctx.db, id);
