import {
  type CreateOrganizationBody,
  hasAnyLanguage,
  type Jurisdiction,
  type LegalIdIssue,
  type Locale,
  type MemberRole,
  pickLocalized,
  REGISTRY_STATUSES,
  type UpdateOrganizationBody,
  VERIFIED_FACTS,
  type VerifiedFact,
  validateLegalId,
} from '@innobridge/contracts';
import type { AppContext } from '../../app-context.js';
import type { DbOrTx } from '../../db/client.js';
import { isUniqueViolation } from '../../db/errors.js';
import { type Actor, isAdmin, operatorJurisdictions } from '../../lib/actor.js';
import { AppError, type FieldIssue } from '../../lib/app-error.js';
import { DAY } from '../../lib/clock.js';
import { translator } from '../../lib/i18n.js';
import { hashSecret, newId, newSecret } from '../../lib/ids.js';
import { segmentForIndex } from '../../lib/text.js';
import { recordAudit } from '../audit/index.js';
import { userByEmail, usersByIds } from '../identity/index.js';
import * as repo from './organizations.repository.js';

export const INVITATION_TTL = 7 * DAY;

type Ctx = AppContext;

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

const displayName = (row: repo.OrganizationRow, locale: Locale) => pickLocalized(row.name, locale)?.text ?? row.id;

async function refuseDuplicate(
  ctx: Ctx,
  jurisdiction: Jurisdiction,
  legalId: string,
  locale: Locale,
  exceptId?: string,
) {
  if (!legalId) return;
  const existing = await repo.findByLegalId(ctx.db, jurisdiction, legalId);
  if (existing && existing.id !== exceptId) {
    throw new AppError('legal_id_duplicate', {
      params: { name: displayName(existing, locale) },
      extra: { existingOrganizationId: existing.id },
      fields: [{ path: 'legalId', code: 'legal_id_taken' }],
    });
  }
}

export async function createOrganization(ctx: Ctx, actor: Actor, body: CreateOrganizationBody, locale: Locale) {
  if (!hasAnyLanguage(body.name)) throw new AppError('name_required', { fields: [{ path: 'name', code: 'required' }] });
  const legal = checkedLegalId(body.jurisdiction, body.legalId);
  await refuseDuplicate(ctx, body.jurisdiction, legal.value, locale);
  const now = ctx.clock.now();
  const row = {
    id: newId(),
    type: body.type,
    jurisdiction: body.jurisdiction,
    city: body.city,
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
      await refuseDuplicate(ctx, body.jurisdiction, legal.value, locale);
    throw error;
  }
  return (await repo.findOrganization(ctx.db, row.id)) as repo.OrganizationRow;
}

export async function getOrganization(ctx: Ctx, id: string) {
  const row = await repo.findOrganization(ctx.db, id);
  if (!row) throw new AppError('organization_not_found');
  return row;
}

/** Visitors see what the public registry shows: participants and partners, nothing else. */
const visibleTo = (actor: Actor | null, row: repo.OrganizationRow) =>
  !!actor || (REGISTRY_STATUSES as readonly string[]).includes(row.status);

/** An organisation's card: for a visitor, only one the public registry shows. */
export async function readOrganization(ctx: Ctx, actor: Actor | null, id: string) {
  const row = await getOrganization(ctx, id);
  if (!visibleTo(actor, row)) throw new AppError('organization_not_found');
  return row;
}

/** Members act for their own organisation only: a stranger hears that, a plain member hears they need the admin role. */
/** `db` is the transaction when the check must hold under the organisation's lock. */
async function assertOrgAdmin(ctx: Ctx, actor: Actor, organizationId: string, db: DbOrTx = ctx.db) {
  if (isAdmin(actor)) return;
  const member = await repo.findMember(db, organizationId, actor.userId);
  if (!member) throw new AppError('organization_forbidden');
  if (member.role !== 'admin') throw new AppError('organization_admin_required');
}

/** A change of the facts an operator verified, as the registry is asked to judge it. */
export type VerifiedFactsChange = {
  actor: Actor;
  /** The organisation as it was before the change. */
  organization: repo.OrganizationRow;
  fields: VerifiedFact[];
  /** The new values of the changed facts. */
  next: Pick<repo.OrganizationRow, VerifiedFact>;
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
  guardVerifiedFacts: VerifiedFactsGuard,
) {
  const { acknowledgeStatusLoss = false, ...patch } = body;
  const current = await getOrganization(ctx, id);
  await assertOrgAdmin(ctx, actor, id);
  if (patch.name && !hasAnyLanguage(patch.name))
    throw new AppError('name_required', { fields: [{ path: 'name', code: 'required' }] });
  const changes: Partial<repo.OrganizationRow> = { ...patch };
  if (patch.name || patch.shortDescription || patch.description || patch.products) {
    changes.searchZh = chineseSearchText({ ...current, ...patch });
  }
  const jurisdiction = patch.jurisdiction ?? current.jurisdiction;
  if (patch.jurisdiction !== undefined || patch.legalId !== undefined) {
    const legal = checkedLegalId(jurisdiction, patch.legalId ?? current.legalId);
    await refuseDuplicate(ctx, jurisdiction, legal.value, locale, id);
    changes.legalId = legal.value;
    changes.legalIdKind = legal.kind;
  }
  const next = {
    jurisdiction,
    legalId: changes.legalId ?? current.legalId,
    city: changes.city ?? current.city,
  };
  const changedFacts = VERIFIED_FACTS.filter((fact) =>
    fact === 'city' ? next.city.trim() !== current.city.trim() : next[fact] !== current[fact],
  );
  const withFacts = changedFacts.length
    ? await guardVerifiedFacts({ actor, organization: current, fields: changedFacts, next, acknowledgeStatusLoss })
    : null;
  const now = ctx.clock.now();
  try {
    return await ctx.db.transaction(async (tx) => {
      await repo.updateOrganization(tx, id, { ...changes, updatedAt: now });
      await recordAudit(tx, ctx.clock, {
        actorUserId: actor.userId,
        action: 'organization.updated',
        subjectType: 'organization',
        subjectId: id,
        summary: { changes: { ...changes, searchZh: undefined }, verifiedFacts: changedFacts },
      });
      await withFacts?.(tx);
      return (await repo.findOrganization(tx, id)) as repo.OrganizationRow;
    });
  } catch (error) {
    if (isUniqueViolation(error, 'organizations_legal_id_key')) {
      await refuseDuplicate(ctx, jurisdiction, changes.legalId ?? '', locale, id);
    }
    throw error;
  }
}

/** Every organisation for signed-in people; for visitors, those the public registry shows. */
export const listOrganizations = (
  ctx: Ctx,
  actor: Actor | null,
  after: { createdAt: Date; id: string } | null,
  limit: number,
) => repo.listOrganizations(ctx.db, after, limit, actor ? undefined : REGISTRY_STATUSES);

// members

export async function listMembers(ctx: Ctx, actor: Actor, organizationId: string) {
  const organization = await getOrganization(ctx, organizationId);
  const isMember = !!(await repo.findMember(ctx.db, organizationId, actor.userId));
  // Operators see the members of their own jurisdiction's organisations only.
  const isItsOperator = (operatorJurisdictions(actor) as string[]).includes(organization.jurisdiction);
  if (!isMember && !isAdmin(actor) && !isItsOperator) throw new AppError('organization_forbidden');
  const members = await repo.listMembers(ctx.db, organizationId);
  const users = await usersByIds(
    ctx.db,
    members.map((m) => m.userId),
  );
  return members.flatMap((m) => {
    const user = users.find((u) => u.id === m.userId);
    return user ? [{ ...m, displayName: user.displayName, email: user.email }] : [];
  });
}

/** Role changes and removals keep at least one admin; the organisation row is locked meanwhile. */
async function assertAdminRemains(tx: Parameters<typeof repo.countAdmins>[0], organizationId: string, userId: string) {
  const member = await repo.findMember(tx, organizationId, userId);
  if (!member) throw new AppError('member_not_found');
  if (member.role === 'admin' && (await repo.countAdmins(tx, organizationId)) <= 1) throw new AppError('last_admin');
  return member;
}

export async function changeMemberRole(
  ctx: Ctx,
  actor: Actor,
  organizationId: string,
  userId: string,
  role: MemberRole,
) {
  await getOrganization(ctx, organizationId);
  await assertOrgAdmin(ctx, actor, organizationId);
  return ctx.db.transaction(async (tx) => {
    await repo.lockOrganization(tx, organizationId);
    // Checked again under the lock: a concurrent change may have removed or demoted the actor.
    await assertOrgAdmin(ctx, actor, organizationId, tx);
    if (role !== 'admin') await assertAdminRemains(tx, organizationId, userId);
    const row = await repo.updateMemberRole(tx, organizationId, userId, role);
    if (!row) throw new AppError('member_not_found');
    await recordAudit(tx, ctx.clock, {
      actorUserId: actor.userId,
      action: 'organization.member_role_changed',
      subjectType: 'organization',
      subjectId: organizationId,
      summary: { userId, role },
    });
    return row;
  });
}

/** An org admin removes a member, or a member leaves (removes themself). */
export async function removeMember(ctx: Ctx, actor: Actor, organizationId: string, userId: string) {
  await getOrganization(ctx, organizationId);
  const leaving = userId === actor.userId;
  if (!leaving) await assertOrgAdmin(ctx, actor, organizationId);
  await ctx.db.transaction(async (tx) => {
    await repo.lockOrganization(tx, organizationId);
    // Checked again under the lock: the actor may have been removed meanwhile (two admins removing
    // each other at once — the second finds itself no longer an admin).
    if (!leaving) await assertOrgAdmin(ctx, actor, organizationId, tx);
    await assertAdminRemains(tx, organizationId, userId);
    await repo.deleteMember(tx, organizationId, userId);
    await recordAudit(tx, ctx.clock, {
      actorUserId: actor.userId,
      action: leaving ? 'organization.member_left' : 'organization.member_removed',
      subjectType: 'organization',
      subjectId: organizationId,
      summary: { userId },
    });
  });
}

export async function membershipsOf(ctx: Ctx, userId: string) {
  return repo.membershipsOfUser(ctx.db, userId);
}

// invitations

export async function listInvitations(ctx: Ctx, actor: Actor, organizationId: string) {
  await getOrganization(ctx, organizationId);
  await assertOrgAdmin(ctx, actor, organizationId);
  return repo.listPendingInvitations(ctx.db, organizationId, ctx.clock.now());
}

export async function invite(
  ctx: Ctx,
  actor: Actor,
  organizationId: string,
  input: { email: string; role: MemberRole },
  locale: Locale,
) {
  const organization = await getOrganization(ctx, organizationId);
  await assertOrgAdmin(ctx, actor, organizationId);
  const invitee = await userByEmail(ctx.db, input.email);
  if (invitee && (await repo.findMember(ctx.db, organizationId, invitee.id))) {
    throw new AppError('already_member', { fields: [{ path: 'email', code: 'already_member' }] });
  }
  // The e-mail goes out in the invitee's language if they have an account, else the inviter's.
  const mailLocale = (invitee?.locale as Locale | undefined) ?? locale;
  const now = ctx.clock.now();
  const token = newSecret();
  const row = {
    id: newId(),
    organizationId,
    email: input.email,
    role: input.role,
    tokenHash: hashSecret(token),
    invitedBy: actor.userId,
    createdAt: now,
    expiresAt: new Date(now.getTime() + INVITATION_TTL),
  };
  await ctx.db.transaction(async (tx) => {
    await repo.insertInvitation(tx, row);
    await recordAudit(tx, ctx.clock, {
      actorUserId: actor.userId,
      action: 'organization.member_invited',
      subjectType: 'organization',
      subjectId: organizationId,
      summary: { invitationId: row.id, role: input.role },
    });
    const roleName = translator(mailLocale, 'emails')(`member_role.${input.role}`);
    await ctx.email.enqueue(tx, {
      to: input.email,
      locale: mailLocale,
      recipientName: invitee?.displayName ?? null,
      template: 'invitation',
      params: {
        organization: displayName(organization, mailLocale),
        inviter: actor.displayName,
        role: roleName,
        link: `${ctx.config.publicUrl}/invitations/accept?token=${token}`,
        expires: new Intl.DateTimeFormat(mailLocale === 'zh' ? 'zh-CN' : mailLocale, {
          dateStyle: 'long',
          timeZone: 'UTC',
        }).format(row.expiresAt),
      },
    });
  });
  return row;
}

export async function revokeInvitation(ctx: Ctx, actor: Actor, organizationId: string, invitationId: string) {
  await getOrganization(ctx, organizationId);
  await assertOrgAdmin(ctx, actor, organizationId);
  await ctx.db.transaction(async (tx) => {
    const closed = await repo.closeInvitation(tx, invitationId, organizationId, { revokedAt: ctx.clock.now() });
    if (!closed) throw new AppError('invitation_not_found');
    await recordAudit(tx, ctx.clock, {
      actorUserId: actor.userId,
      action: 'organization.invitation_revoked',
      subjectType: 'organization',
      subjectId: organizationId,
      summary: { invitationId },
    });
  });
}

export async function acceptInvitation(ctx: Ctx, actor: Actor, token: string) {
  const invitation = await repo.findInvitationByTokenHash(ctx.db, hashSecret(token));
  if (!invitation || invitation.revokedAt || invitation.acceptedAt) throw new AppError('invitation_not_found');
  const now = ctx.clock.now();
  if (invitation.expiresAt <= now) throw new AppError('invitation_expired');
  if (invitation.email !== actor.email) throw new AppError('invitation_email_mismatch');
  await ctx.db.transaction(async (tx) => {
    // Only the first of two simultaneous acceptances closes the invitation.
    if (!(await repo.closeInvitation(tx, invitation.id, invitation.organizationId, { acceptedAt: now }))) {
      throw new AppError('invitation_not_found');
    }
    const added = await repo.insertMember(tx, {
      organizationId: invitation.organizationId,
      userId: actor.userId,
      role: invitation.role,
      joinedAt: now,
    });
    if (!added) throw new AppError('already_member');
    await recordAudit(tx, ctx.clock, {
      actorUserId: actor.userId,
      action: 'organization.member_joined',
      subjectType: 'organization',
      subjectId: invitation.organizationId,
      summary: { invitationId: invitation.id, role: invitation.role },
    });
  });
  return { organizationId: invitation.organizationId, role: invitation.role };
}

/** Adds an existing user directly (demo data); people join through invitations. */
export async function addMember(
  ctx: Ctx,
  actor: Actor,
  organizationId: string,
  userId: string,
  role: MemberRole = 'member',
) {
  await assertOrgAdmin(ctx, actor, organizationId);
  await ctx.db.transaction(async (tx) => {
    if (!(await repo.insertMember(tx, { organizationId, userId, role, joinedAt: ctx.clock.now() }))) {
      throw new AppError('already_member');
    }
    await recordAudit(tx, ctx.clock, {
      actorUserId: actor.userId,
      action: 'organization.member_added',
      subjectType: 'organization',
      subjectId: organizationId,
      summary: { userId, role },
    });
  });
}

// for the registry module

/** The member's role in the organisation, or null. */
export async function memberRole(ctx: Ctx, organizationId: string, userId: string) {
  return (await repo.findMember(ctx.db, organizationId, userId))?.role ?? null;
}

export const organizationAdminIds = (ctx: Ctx, organizationId: string) => repo.adminUserIds(ctx.db, organizationId);
export const organizationMemberIds = (ctx: Ctx, organizationId: string) => repo.memberUserIds(ctx.db, organizationId);

/** Changes the cluster status inside the caller's transaction, if it is still `expected`. */
export const compareAndSetStatus = (
  tx: Parameters<typeof repo.compareAndSetStatus>[0],
  organizationId: string,
  expected: string,
  next: string,
  at: Date,
) => repo.compareAndSetStatus(tx, organizationId, expected, next, at);

export type { RegistryFilter } from './organizations.repository.js';
export const searchRegistry = (
  ctx: Ctx,
  ...args: Parameters<typeof repo.searchRegistry> extends [unknown, ...infer R] ? R : never
) => repo.searchRegistry(ctx.db, ...args);
export const registryCounts = (ctx: Ctx, filter: repo.RegistryFilter) => repo.registryCounts(ctx.db, filter);
export { displayName as organizationDisplayName };
export const organizationsByIds = (ctx: Ctx, ids: string[]) => repo.findOrganizations(ctx.db, ids);
export const organizationNamesByIds = (ctx: Ctx, ids: string[]) => repo.findOrganizationNames(ctx.db, ids);
export const organizationIdsOfType = (ctx: Ctx, type: string) => repo.idsOfType(ctx.db, type);

/** An organisation read on the caller's handle (inside a transaction, its own connection). */
export const organizationIn = (handle: Parameters<typeof repo.findOrganization>[0], id: string) =>
  repo.findOrganization(handle, id);
