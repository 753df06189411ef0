import type { AdminUser, Locale, OperatorJurisdiction, PlatformRole, RoleGrant } from '@innobridge/contracts';
import type { AppContext } from '../../../app-context.js';
import type { DbOrTx } from '../../../db/client.js';
import type { Actor } from '../../../lib/actor.js';
import { requireAdmin } from '../../../lib/actor.js';
import { AppError } from '../../../lib/app-error.js';
import { newId } from '../../../lib/ids.js';
import { decodeTimeIdCursor, toPage } from '../../../lib/pagination.js';
import { recordAudit } from '../../audit/index.js';
import * as userRepo from '../identity.repository.js';
import { hashPassword } from '../passwords.js';
import { assertFreshSecondFactor } from '../two-factor/two-factor.service.js';
import {
  adminUserViews,
  type Person,
  personView,
  roleGrantView,
  type UserSummary,
  userSummary,
} from './users.views.js';

// People and their platform roles: administration, the first accounts of an installation, and the
// look-ups other modules use to address people.

type Ctx = AppContext;

// administration

/** Users, newest first, searchable by e-mail or name: a page of them with their roles, for admins. */
export async function listUsers(
  ctx: Ctx,
  actor: Actor,
  query: { q?: string; cursor?: string; limit: number },
): Promise<{ items: AdminUser[]; nextCursor: string | null }> {
  const after = decodeTimeIdCursor(query.cursor);
  requireAdmin(actor);
  const rows = await userRepo.searchUsers(ctx.db, query.q, after, query.limit + 1);
  const page = toPage(rows, query.limit, (u) => [u.createdAt.toISOString(), u.id]);
  const grants = await userRepo.activeRoleGrants(
    ctx.db,
    rows.map((r) => r.id),
  );
  return { nextCursor: page.nextCursor, items: adminUserViews(page.items, grants) };
}

/** Grants a platform role: an admin in a signed-in session, with a fresh second factor. */
export async function grantRole(
  ctx: Ctx,
  actor: Actor,
  input: { userId: string; role: PlatformRole; jurisdiction: OperatorJurisdiction | null; code?: string },
): Promise<RoleGrant> {
  requireAdmin(actor);
  await assertFreshSecondFactor(ctx, actor, input.code);
  return ctx.db.transaction(async (tx) => {
    const user = await userRepo.findUserById(tx, input.userId);
    if (!user) throw new AppError('user_not_found');
    const { grant, created } = await userRepo.grantRole(tx, {
      id: newId(),
      userId: input.userId,
      role: input.role,
      jurisdiction: input.role === 'operator' ? input.jurisdiction : null,
      grantedBy: actor.userId,
      grantedAt: ctx.clock.now(),
    });
    if (created) {
      await recordAudit(tx, ctx.clock, {
        actorUserId: actor.userId,
        action: 'role.granted',
        subjectType: 'user',
        subjectId: input.userId,
        summary: { role: grant.role, jurisdiction: grant.jurisdiction },
      });
    }
    return roleGrantView(grant);
  });
}

/** Revokes a platform role: an admin in a signed-in session, with a fresh second factor, as for a grant. */
export async function revokeRole(
  ctx: Ctx,
  actor: Actor,
  { userId, grantId, code }: { userId: string; grantId: string; code?: string },
): Promise<void> {
  requireAdmin(actor);
  await assertFreshSecondFactor(ctx, actor, code);
  await ctx.db.transaction(async (tx) => {
    const grant = await userRepo.revokeRoleGrant(tx, userId, grantId);
    if (!grant) throw new AppError('role_not_found');
    await recordAudit(tx, ctx.clock, {
      actorUserId: actor.userId,
      action: 'role.revoked',
      subjectType: 'user',
      subjectId: userId,
      summary: { role: grant.role, jurisdiction: grant.jurisdiction },
    });
  });
}

/**
 * Users by id and by e-mail, for other modules that show who did something (members, invitations).
 * They take the database handle, as their callers do today; new callers use `people(ctx, ids)`.
 */
export const usersByIds = async (db: DbOrTx, ids: string[]): Promise<UserSummary[]> =>
  (await userRepo.findUsersByIds(db, ids)).map(userSummary);
export const userByEmail = async (db: DbOrTx, email: string): Promise<UserSummary | undefined> => {
  const user = await userRepo.findUserByEmail(db, email);
  return user && userSummary(user);
};

/** The people with these ids, in one query, for other modules that write to them or name them. */
export async function people(ctx: Pick<AppContext, 'db'>, ids: readonly string[]): Promise<Person[]> {
  return (await userRepo.findUsersByIds(ctx.db, [...new Set(ids)])).map(personView);
}

/**
 * Creates a confirmed account with roles in one step, for the demo data of a new installation
 * (a person signing up goes through signup and confirmEmail instead).
 */
export async function provisionUser(
  ctx: Ctx,
  input: {
    email: string;
    password: string;
    displayName: string;
    locale: Locale;
    roles: { role: PlatformRole; jurisdiction?: OperatorJurisdiction }[];
  },
): Promise<string> {
  const passwordHash = await hashPassword(input.password);
  const now = ctx.clock.now();
  const userId = newId();
  await ctx.db.transaction(async (tx) => {
    const created = await userRepo.insertUser(tx, {
      id: userId,
      email: input.email,
      passwordHash,
      displayName: input.displayName,
      locale: input.locale,
      emailConfirmedAt: now,
      createdAt: now,
      updatedAt: now,
    });
    if (!created) throw new AppError('conflict');
    for (const role of input.roles) {
      await userRepo.grantRole(tx, {
        id: newId(),
        userId,
        role: role.role,
        jurisdiction: role.jurisdiction ?? null,
        grantedBy: null,
        grantedAt: now,
      });
    }
    await recordAudit(tx, ctx.clock, {
      actorUserId: null,
      action: 'user.provisioned',
      subjectType: 'user',
      subjectId: userId,
      summary: { roles: input.roles },
    });
  });
  return userId;
}

export const hasAnyUser = async (ctx: Ctx) => (await userRepo.searchUsers(ctx.db, undefined, null, 1)).length > 0;

/** The operators of a jurisdiction, for notifying them and assigning their tasks. */
export const operatorsOf = async (ctx: Ctx, jurisdiction: OperatorJurisdiction): Promise<UserSummary[]> =>
  (await userRepo.usersWithActiveRole(ctx.db, 'operator', jurisdiction)).map(userSummary);

/** The platform's admins, for what only they are told (the audit log's daily anchor). */
export async function platformAdmins(ctx: Pick<AppContext, 'db'>): Promise<Person[]> {
  return (await userRepo.usersWithActiveRole(ctx.db, 'admin', null)).map(personView);
}
