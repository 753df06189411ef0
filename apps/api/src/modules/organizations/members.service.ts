import type { Locale, LocalizedText, MemberRole } from '@innobridge/contracts';
import type { AppContext } from '../../app-context.js';
import { type Actor, isAdmin, operatorJurisdictions } from '../../lib/actor.js';
import { AppError } from '../../lib/app-error.js';
import { DAY } from '../../lib/clock.js';
import { translator } from '../../lib/i18n.js';
import { hashSecret, newId, newSecret } from '../../lib/ids.js';
import { recordAudit } from '../audit/index.js';
import { userByEmail, usersByIds } from '../identity/index.js';
import * as repo from './organizations.repository.js';
import { assertOrgAdmin, displayName, getOrganization } from './organizations.service.js';
import { invitationOut, membersOut } from './organizations.views.js';

/** Members and invitations of an organisation. */

export const INVITATION_TTL = 7 * DAY;

type Ctx = AppContext;

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
  return { items: membersOut(members, users) };
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
    return { userId: row.userId, role: row.role };
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

/** The organisations a person belongs to, with their names and the person's role. */
export async function membershipsOf(
  ctx: Ctx,
  userId: string,
): Promise<{ organizationId: string; organizationName: LocalizedText; role: MemberRole }[]> {
  return repo.membershipsOfUser(ctx.db, userId);
}

// invitations

export async function listInvitations(ctx: Ctx, actor: Actor, organizationId: string) {
  await getOrganization(ctx, organizationId);
  await assertOrgAdmin(ctx, actor, organizationId);
  return { items: (await repo.listPendingInvitations(ctx.db, organizationId, ctx.clock.now())).map(invitationOut) };
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
      // The invitee's zone if they have an account; else UTC, named as such.
      timeZone: invitee?.timeZone ?? null,
      recipientName: invitee?.displayName ?? null,
      template: 'invitation',
      params: {
        organization: displayName(organization, mailLocale),
        inviter: actor.displayName,
        role: roleName,
        link: `${ctx.config.publicUrl}/invitations/accept?token=${token}`,
        expires: { instant: row.expiresAt.toISOString() },
      },
    });
  });
  return invitationOut(row);
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

// for other modules

/** The member's role in the organisation, or null. */
export async function memberRole(ctx: Ctx, organizationId: string, userId: string) {
  return (await repo.findMember(ctx.db, organizationId, userId))?.role ?? null;
}

export const organizationAdminIds = (ctx: Ctx, organizationId: string) => repo.adminUserIds(ctx.db, organizationId);
export const organizationMemberIds = (ctx: Ctx, organizationId: string) => repo.memberUserIds(ctx.db, organizationId);
