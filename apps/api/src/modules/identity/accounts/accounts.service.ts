import { canonicalTimeZone, type Locale, type Me, type Membership } from '@innobridge/contracts';
import type { AppContext } from '../../../app-context.js';
import type { DbOrTx } from '../../../db/client.js';
import type { Actor } from '../../../lib/actor.js';
import { AppError } from '../../../lib/app-error.js';
import { HOUR, MINUTE } from '../../../lib/clock.js';
import { hashSecret, newId, newSecret } from '../../../lib/ids.js';
import { recordAudit } from '../../audit/index.js';
import * as tokenRepo from '../api-tokens/api-tokens.repository.js';
import * as userRepo from '../identity.repository.js';
import { assertAcceptablePassword, assertPassword, hashPassword } from '../passwords.js';
import * as sessionRepo from '../sessions/sessions.repository.js';
import { mayMail, mayMailTo } from '../sign-in-throttle.js';
import { twoFactorState } from '../two-factor/two-factor.service.js';
import * as accountRepo from './accounts.repository.js';
import { meView } from './accounts.views.js';

// An account: signing up, confirming the e-mail, passwords, and the profile the signed-in user sees.

export const CONFIRM_EMAIL_TTL = 48 * HOUR;
export const RESET_PASSWORD_TTL = 60 * MINUTE;

type Ctx = AppContext;

const linkTo = (ctx: Ctx, path: string, token?: string) =>
  `${ctx.config.publicUrl}${path}${token ? `?token=${encodeURIComponent(token)}` : ''}`;

/** An IANA time zone in its canonical spelling; anything else is refused before anything is written. */
function validTimeZone(zone: string): string {
  const canonical = canonicalTimeZone(zone);
  if (!canonical)
    throw new AppError('time_zone_invalid', { fields: [{ path: 'timeZone', code: 'time_zone_invalid' }] });
  return canonical;
}

// sign-up and e-mail confirmation

export async function signup(
  ctx: Ctx,
  input: { email: string; password: string; displayName: string; locale: Locale; timeZone?: string },
): Promise<void> {
  assertAcceptablePassword(input.password, 'password');
  const timeZone = input.timeZone === undefined ? null : validTimeZone(input.timeZone);
  const passwordHash = await hashPassword(input.password);
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const userId = newId();
    const created = await userRepo.insertUser(tx, {
      id: userId,
      email: input.email,
      passwordHash,
      displayName: input.displayName,
      locale: input.locale,
      timeZone,
      createdAt: now,
      updatedAt: now,
    });
    if (!created) {
      // The same answer as for a new address, so sign-up does not reveal who is registered;
      // the owner of the address learns about the attempt by mail, a few times an hour at most.
      const existing = await userRepo.findUserByEmail(tx, input.email);
      if (existing && (await mayMailTo(ctx, 'account_exists', existing.email))) {
        await ctx.email.enqueue(tx, {
          to: existing.email,
          locale: existing.locale as Locale,
          recipientName: existing.displayName,
          template: 'account_exists',
          params: { link: linkTo(ctx, '/sign-in') },
        });
      }
      return;
    }
    await recordAudit(tx, ctx.clock, {
      actorUserId: userId,
      action: 'user.signed_up',
      subjectType: 'user',
      subjectId: userId,
      summary: { locale: input.locale },
    });
    await sendConfirmation(ctx, tx, {
      id: userId,
      email: input.email,
      displayName: input.displayName,
      locale: input.locale,
    });
  });
}

/** A new single-use link of `purpose` e-mailed to the user (earlier ones stop working). */
async function mailLink(
  ctx: Ctx,
  tx: DbOrTx,
  user: { id: string; email: string; displayName: string; locale: string },
  link: { purpose: 'confirm_email' | 'reset_password'; ttlMs: number; path: string; params: Record<string, number> },
): Promise<void> {
  const now = ctx.clock.now();
  const token = newSecret();
  await accountRepo.voidEmailTokens(tx, user.id, link.purpose, now);
  await accountRepo.insertEmailToken(tx, {
    id: newId(),
    userId: user.id,
    purpose: link.purpose,
    tokenHash: hashSecret(token),
    createdAt: now,
    expiresAt: new Date(now.getTime() + link.ttlMs),
  });
  await ctx.email.enqueue(tx, {
    to: user.email,
    locale: user.locale as Locale,
    recipientName: user.displayName,
    template: link.purpose,
    params: { link: linkTo(ctx, link.path, token), ...link.params },
  });
}

const sendConfirmation = (ctx: Ctx, tx: DbOrTx, user: Parameters<typeof mailLink>[2]) =>
  mailLink(ctx, tx, user, {
    purpose: 'confirm_email',
    ttlMs: CONFIRM_EMAIL_TTL,
    path: '/confirm-email',
    params: { hours: CONFIRM_EMAIL_TTL / HOUR },
  });

export async function resendConfirmation(ctx: Ctx, email: string, ip: string): Promise<void> {
  if (!(await mayMail(ctx, 'confirm_email', email, ip))) return;
  await ctx.db.transaction(async (tx) => {
    const user = await userRepo.findUserByEmail(tx, email);
    if (user && !user.emailConfirmedAt) await sendConfirmation(ctx, tx, user);
  });
}

export async function confirmEmail(ctx: Ctx, token: string): Promise<void> {
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const userId = await accountRepo.consumeEmailToken(tx, hashSecret(token), 'confirm_email', now);
    if (!userId) throw new AppError('token_invalid');
    await userRepo.updateUser(tx, userId, { emailConfirmedAt: now, updatedAt: now });
    await recordAudit(tx, ctx.clock, {
      actorUserId: userId,
      action: 'user.email_confirmed',
      subjectType: 'user',
      subjectId: userId,
    });
  });
}

// passwords

/** Sends a reset link; the answer is the same whether the e-mail is registered, and whether it was sent. */
export async function requestPasswordReset(ctx: Ctx, email: string, ip: string): Promise<void> {
  if (!(await mayMail(ctx, 'reset_password', email, ip))) return;
  await ctx.db.transaction(async (tx) => {
    const user = await userRepo.findUserByEmail(tx, email);
    if (!user) return; // same answer either way
    await mailLink(ctx, tx, user, {
      purpose: 'reset_password',
      ttlMs: RESET_PASSWORD_TTL,
      path: '/reset-password',
      params: { minutes: RESET_PASSWORD_TTL / MINUTE },
    });
  });
}

/** Sets a new password from a reset link; every session is signed out and every API token revoked. Following the link proves the address. */
export async function resetPassword(ctx: Ctx, token: string, password: string): Promise<void> {
  assertAcceptablePassword(password, 'password');
  const passwordHash = await hashPassword(password);
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const userId = await accountRepo.consumeEmailToken(tx, hashSecret(token), 'reset_password', now);
    if (!userId) throw new AppError('token_invalid');
    const user = await userRepo.findUserById(tx, userId);
    await userRepo.updateUser(tx, userId, {
      passwordHash,
      emailConfirmedAt: user?.emailConfirmedAt ?? now,
      updatedAt: now,
    });
    const revoked = await sessionRepo.revokeSessionsOfUser(tx, userId, now, null);
    const tokensRevoked = await tokenRepo.revokeApiTokensOfUser(tx, userId, now);
    await sessionRepo.voidSignInChallenges(tx, userId, now);
    await recordAudit(tx, ctx.clock, {
      actorUserId: userId,
      action: 'user.password_reset',
      subjectType: 'user',
      subjectId: userId,
      summary: { sessionsRevoked: revoked, apiTokensRevoked: tokensRevoked },
    });
  });
}

/** Changes the password after checking the current one; the user's other sessions and API tokens are revoked. */
export async function changePassword(
  ctx: Ctx,
  actor: Actor,
  input: { currentPassword: string; newPassword: string },
): Promise<void> {
  const user = await userRepo.findUserById(ctx.db, actor.userId);
  if (!user) throw new AppError('unauthenticated');
  await assertPassword(user.passwordHash, input.currentPassword, 'currentPassword');
  assertAcceptablePassword(input.newPassword, 'newPassword');
  const passwordHash = await hashPassword(input.newPassword);
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    await userRepo.updateUser(tx, user.id, { passwordHash, updatedAt: now });
    const revoked = await sessionRepo.revokeSessionsOfUser(tx, user.id, now, actor.sessionId);
    const tokensRevoked = await tokenRepo.revokeApiTokensOfUser(tx, user.id, now);
    await sessionRepo.voidSignInChallenges(tx, user.id, now);
    await recordAudit(tx, ctx.clock, {
      actorUserId: user.id,
      action: 'user.password_changed',
      subjectType: 'user',
      subjectId: user.id,
      summary: { sessionsRevoked: revoked, apiTokensRevoked: tokensRevoked },
    });
    await ctx.email.enqueue(tx, {
      to: user.email,
      locale: user.locale as Locale,
      recipientName: user.displayName,
      template: 'password_changed',
      params: { link: linkTo(ctx, '/forgot-password') },
    });
  });
}

// profile

/** What the identity module needs from the organisations module: the memberships shown with the profile. */
export type IdentityDeps = { membershipsOf(userId: string): Promise<Membership[]> };

/** The signed-in user as they see themselves: profile, roles, two-factor state and memberships. */
export async function currentMe(ctx: Ctx, deps: IdentityDeps, userId: string): Promise<Me> {
  const user = await userRepo.findUserById(ctx.db, userId);
  if (!user) throw new AppError('user_not_found');
  const grants = await userRepo.activeRoleGrants(ctx.db, [userId]);
  return meView(user, grants, await twoFactorState(ctx, user, grants), await deps.membershipsOf(user.id));
}

/** Updates name, language or time zone; answers with the profile as it now is. */
export async function updateProfile(
  ctx: Ctx,
  deps: IdentityDeps,
  actor: Actor,
  patch: { displayName?: string; locale?: Locale; timeZone?: string },
): Promise<Me> {
  const now = ctx.clock.now();
  const timeZone = patch.timeZone === undefined ? {} : { timeZone: validTimeZone(patch.timeZone) };
  await ctx.db.transaction(async (tx) => {
    await userRepo.updateUser(tx, actor.userId, { ...patch, ...timeZone, updatedAt: now });
    await recordAudit(tx, ctx.clock, {
      actorUserId: actor.userId,
      action: 'user.profile_updated',
      subjectType: 'user',
      subjectId: actor.userId,
      summary: { fields: Object.keys(patch) },
    });
  });
  return currentMe(ctx, deps, actor.userId);
}
