import type { ApiTokenScope, Locale, OperatorJurisdiction, PlatformRole } from '@innobridge/contracts';
import type { AppContext } from '../../app-context.js';
import type { DbOrTx } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import { requireAdmin } from '../../lib/actor.js';
import { AppError } from '../../lib/app-error.js';
import { DAY, HOUR, MINUTE } from '../../lib/clock.js';
import { hashSecret, newId, newSecret } from '../../lib/ids.js';
import { recordAudit } from '../audit/index.js';
import * as repo from './identity.repository.js';
import {
  assertAcceptablePassword,
  assertPassword,
  dummyPasswordHash,
  hashPassword,
  verifyPassword,
} from './passwords.js';
import { recordFailedSignIn } from './sign-in-audit.js';
import { type Attempt, mayMail, mayMailTo, takeAccountAttempt, takeAddressAttempt } from './sign-in-throttle.js';
import { acceptSecondFactor, assertFreshSecondFactor, twoFactorRequiredFor } from './two-factor.service.js';

export const CONFIRM_EMAIL_TTL = 48 * HOUR;
export const RESET_PASSWORD_TTL = 60 * MINUTE;
const SESSION_TOUCH_INTERVAL = 5 * MINUTE;
export const API_TOKEN_PREFIX = 'ib_';

type Ctx = AppContext;

const link = (ctx: Ctx, path: string, token?: string) =>
  `${ctx.config.publicUrl}${path}${token ? `?token=${encodeURIComponent(token)}` : ''}`;

// sign-up and e-mail confirmation

export async function signup(
  ctx: Ctx,
  input: { email: string; password: string; displayName: string; locale: Locale; timeZone?: string },
): Promise<void> {
  assertAcceptablePassword(input.password, 'password');
  const passwordHash = await hashPassword(input.password);
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const userId = newId();
    const created = await repo.insertUser(tx, {
      id: userId,
      email: input.email,
      passwordHash,
      displayName: input.displayName,
      locale: input.locale,
      timeZone: input.timeZone ?? null,
      createdAt: now,
      updatedAt: now,
    });
    if (!created) {
      // The same answer as for a new address, so sign-up does not reveal who is registered;
      // the owner of the address learns about the attempt by mail, a few times an hour at most.
      const existing = await repo.findUserByEmail(tx, input.email);
      if (existing && (await mayMailTo(ctx, 'account_exists', existing.email))) {
        await ctx.email.enqueue(tx, {
          to: existing.email,
          locale: existing.locale as Locale,
          recipientName: existing.displayName,
          template: 'account_exists',
          params: { link: link(ctx, '/sign-in') },
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

async function sendConfirmation(
  ctx: Ctx,
  tx: DbOrTx,
  user: { id: string; email: string; displayName: string; locale: string },
): Promise<void> {
  const now = ctx.clock.now();
  const token = newSecret();
  await repo.voidEmailTokens(tx, user.id, 'confirm_email', now);
  await repo.insertEmailToken(tx, {
    id: newId(),
    userId: user.id,
    purpose: 'confirm_email',
    tokenHash: hashSecret(token),
    createdAt: now,
    expiresAt: new Date(now.getTime() + CONFIRM_EMAIL_TTL),
  });
  await ctx.email.enqueue(tx, {
    to: user.email,
    locale: user.locale as Locale,
    recipientName: user.displayName,
    template: 'confirm_email',
    params: { link: link(ctx, '/confirm-email', token), hours: CONFIRM_EMAIL_TTL / HOUR },
  });
}

export async function resendConfirmation(ctx: Ctx, email: string, ip: string): Promise<void> {
  if (!(await mayMail(ctx, 'confirm_email', email, ip))) return;
  await ctx.db.transaction(async (tx) => {
    const user = await repo.findUserByEmail(tx, email);
    if (user && !user.emailConfirmedAt) await sendConfirmation(ctx, tx, user);
  });
}

export async function confirmEmail(ctx: Ctx, token: string): Promise<void> {
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const userId = await repo.consumeEmailToken(tx, hashSecret(token), 'confirm_email', now);
    if (!userId) throw new AppError('token_invalid');
    await repo.updateUser(tx, userId, { emailConfirmedAt: now, updatedAt: now });
    await recordAudit(tx, ctx.clock, {
      actorUserId: userId,
      action: 'user.email_confirmed',
      subjectType: 'user',
      subjectId: userId,
    });
  });
}

// signing in and out

export type LoginResult = { sessionToken: string; sessionId: string; userId: string; expiresAt: Date };
/** The answer to a correct password on an account with two-factor sign-in: a code is still needed. */
export type ChallengeIssued = { challengeToken: string; expiresAt: Date };

/**
 * Signs in with e-mail and password. Attempts are counted per account and per address before the
 * password is checked (see sign-in-throttle.ts); past the limit the account (or address) is refused
 * for the rest of the window. The answer for an unknown e-mail is the same as for a wrong password,
 * and takes as long. An account with two-factor sign-in gets a challenge instead of a session, and its
 * failure count is kept until the code is right too, so that a known password does not buy unlimited
 * guesses at codes.
 */
export async function login(
  ctx: Ctx,
  input: { email: string; password: string; ip: string; userAgent: string | null },
): Promise<LoginResult | ChallengeIssued> {
  const address = await takeAddressAttempt(ctx, input.email, input.ip);
  let attempt: Attempt;
  try {
    attempt = await takeAccountAttempt(ctx, input.email);
  } catch (error) {
    await address.release();
    throw error;
  }
  const user = await repo.findUserByEmail(ctx.db, input.email);
  const valid = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), input.password);
  if (!user || !valid) {
    const addressFailures = await address.failed();
    await recordFailedSignIn(ctx, [{ count: attempt.count }, { count: addressFailures }], {
      userId: user?.id ?? null,
      ip: input.ip,
      reason: 'password',
    });
    throw new AppError('invalid_credentials');
  }
  await address.succeeded();
  // With two-factor sign-in on, the failure count is forgotten only once the code is right too.
  if (user.twoFactorEnabledAt) {
    await attempt.giveBack();
    return startSignInChallenge(ctx, user.id);
  }
  await attempt.forget();
  if (!user.emailConfirmedAt) throw new AppError('email_not_confirmed');
  return openSession(ctx, user.id, { ip: input.ip, userAgent: input.userAgent, secondFactor: null });
}

const SIGN_IN_CHALLENGE_TTL = 5 * MINUTE;
const MAX_ANSWERS_PER_CHALLENGE = 5;

async function startSignInChallenge(ctx: Ctx, userId: string): Promise<ChallengeIssued> {
  const now = ctx.clock.now();
  const challengeToken = newSecret();
  const expiresAt = new Date(now.getTime() + SIGN_IN_CHALLENGE_TTL);
  await repo.deleteSpentSignInChallenges(ctx.db, userId, now);
  await repo.insertSignInChallenge(ctx.db, {
    id: newId(),
    userId,
    tokenHash: hashSecret(challengeToken),
    createdAt: now,
    expiresAt,
  });
  return { challengeToken, expiresAt };
}

/**
 * The second step of signing in: a code from the authenticator app, or a recovery code, answers the
 * challenge and opens the session. A wrong code counts as a failed sign-in of the account.
 */
export async function completeSignIn(
  ctx: Ctx,
  input: { challengeToken: string; code: string; ip: string; userAgent: string | null },
): Promise<LoginResult> {
  const now = ctx.clock.now();
  // Each answer takes one of the challenge's tries before it is checked, so that answers sent at
  // once cannot try more codes than the limit.
  const challenge = await repo.takeSignInChallengeAnswer(
    ctx.db,
    hashSecret(input.challengeToken),
    now,
    MAX_ANSWERS_PER_CHALLENGE,
  );
  const user = challenge && (await repo.findUserById(ctx.db, challenge.userId));
  if (!challenge || !user) throw new AppError('sign_in_challenge_invalid');
  const attempt = await takeAccountAttempt(ctx, user.email);

  let secondFactor: 'totp' | 'recovery_code' | null;
  try {
    secondFactor = await ctx.db.transaction(async (tx) => {
      const accepted = await acceptSecondFactor(tx, user, input.code, now);
      // A challenge answers once: a second request with the same (right) code loses here.
      if (accepted && !(await repo.consumeSignInChallenge(tx, challenge.id, now))) {
        throw new AppError('sign_in_challenge_invalid');
      }
      return accepted;
    });
  } catch (error) {
    await attempt.giveBack();
    throw error;
  }
  if (!secondFactor) {
    await recordFailedSignIn(ctx, [{ count: attempt.count }, { count: 0 }], {
      userId: user.id,
      ip: input.ip,
      reason: 'second_factor',
    });
    throw new AppError('two_factor_code_invalid', { fields: [{ path: 'code', code: 'two_factor_code_invalid' }] });
  }
  await attempt.forget();
  return openSession(ctx, user.id, { ip: input.ip, userAgent: input.userAgent, secondFactor });
}

async function openSession(
  ctx: Ctx,
  userId: string,
  input: { ip: string; userAgent: string | null; secondFactor: 'totp' | 'recovery_code' | null },
): Promise<LoginResult> {
  const now = ctx.clock.now();
  const sessionToken = newSecret();
  const sessionId = newId();
  const expiresAt = new Date(now.getTime() + ctx.config.sessionTtlDays * DAY);
  await ctx.db.transaction(async (tx) => {
    await repo.insertSession(tx, {
      id: sessionId,
      userId,
      tokenHash: hashSecret(sessionToken),
      createdAt: now,
      lastSeenAt: now,
      expiresAt,
      secondFactorAt: input.secondFactor ? now : null,
      userAgent: input.userAgent?.slice(0, 300) ?? null,
      ip: input.ip,
    });
    await recordAudit(tx, ctx.clock, {
      actorUserId: userId,
      action: 'session.created',
      subjectType: 'session',
      subjectId: sessionId,
      summary: { ip: input.ip, ...(input.secondFactor ? { secondFactor: input.secondFactor } : {}) },
    });
  });
  return { sessionToken, sessionId, userId, expiresAt };
}

export async function logout(ctx: Ctx, actor: Actor): Promise<void> {
  if (!actor.sessionId) return;
  await revokeSession(ctx, actor, actor.sessionId);
}

// resolving who is acting

type ActorVia =
  | { via: 'session'; sessionId: string | null; secondFactorAt: Date | null }
  | { via: 'token'; scopes: ApiTokenScope[] };

async function actorOf(ctx: Ctx, userId: string, via: ActorVia): Promise<Actor | null> {
  const user = await repo.findUserById(ctx.db, userId);
  if (!user) return null;
  const grants = await repo.activeRoleGrants(ctx.db, [userId]);
  // A role that requires two-factor sign-in applies only once the user has turned it on, and never
  // to an API token, which has no second factor.
  const awaitingTwoFactor = !user.twoFactorEnabledAt && twoFactorRequiredFor(grants);
  const withoutSecondFactor = awaitingTwoFactor || via.via === 'token';
  return {
    userId,
    email: user.email,
    displayName: user.displayName,
    locale: user.locale as Locale,
    roles: grants
      .filter((g) => !withoutSecondFactor || !twoFactorRequiredFor([g]))
      .map((g) => ({ role: g.role, jurisdiction: g.jurisdiction })),
    ...(awaitingTwoFactor ? { awaitingTwoFactor: true } : {}),
    ...(via.via === 'session'
      ? { via: 'session', sessionId: via.sessionId, secondFactorAt: via.secondFactorAt }
      : { via: 'token', sessionId: null, scopes: via.scopes }),
  };
}

/** The actor behind a session cookie, sliding the session's expiry forward while it is used. */
const actorOfUser = (ctx: Ctx, userId: string) =>
  actorOf(ctx, userId, { via: 'session', sessionId: null, secondFactorAt: null });

export async function actorFromSession(ctx: Ctx, token: string): Promise<Actor | null> {
  const now = ctx.clock.now();
  const session = await repo.findLiveSession(ctx.db, hashSecret(token), now);
  if (!session) return null;
  if (now.getTime() - session.lastSeenAt.getTime() > SESSION_TOUCH_INTERVAL) {
    await repo.touchSession(ctx.db, session.id, now, new Date(now.getTime() + ctx.config.sessionTtlDays * DAY));
  }
  return actorOf(ctx, session.userId, {
    via: 'session',
    sessionId: session.id,
    secondFactorAt: session.secondFactorAt,
  });
}

/** The actor behind an API token, limited to the token's scopes; an expired token is refused. */
export async function actorFromApiToken(ctx: Ctx, token: string): Promise<Actor | null> {
  if (!token.startsWith(API_TOKEN_PREFIX)) return null;
  const row = await repo.findLiveApiToken(ctx.db, hashSecret(token));
  if (!row) return null;
  const now = ctx.clock.now();
  if (row.expiresAt <= now) throw new AppError('api_token_expired');
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > SESSION_TOUCH_INTERVAL) {
    await repo.touchApiToken(ctx.db, row.id, now);
  }
  return actorOf(ctx, row.userId, { via: 'token', scopes: row.scopes as ApiTokenScope[] });
}

// passwords

/** Sends a reset link; the answer is the same whether the e-mail is registered, and whether it was sent. */
export async function requestPasswordReset(ctx: Ctx, email: string, ip: string): Promise<void> {
  if (!(await mayMail(ctx, 'reset_password', email, ip))) return;
  await ctx.db.transaction(async (tx) => {
    const user = await repo.findUserByEmail(tx, email);
    if (!user) return; // same answer either way
    const now = ctx.clock.now();
    const token = newSecret();
    await repo.voidEmailTokens(tx, user.id, 'reset_password', now);
    await repo.insertEmailToken(tx, {
      id: newId(),
      userId: user.id,
      purpose: 'reset_password',
      tokenHash: hashSecret(token),
      createdAt: now,
      expiresAt: new Date(now.getTime() + RESET_PASSWORD_TTL),
    });
    await ctx.email.enqueue(tx, {
      to: user.email,
      locale: user.locale as Locale,
      recipientName: user.displayName,
      template: 'reset_password',
      params: { link: link(ctx, '/reset-password', token), minutes: RESET_PASSWORD_TTL / MINUTE },
    });
  });
}

/** Sets a new password from a reset link; every session is signed out and every API token revoked. Following the link proves the address. */
export async function resetPassword(ctx: Ctx, token: string, password: string): Promise<void> {
  assertAcceptablePassword(password, 'password');
  const passwordHash = await hashPassword(password);
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const userId = await repo.consumeEmailToken(tx, hashSecret(token), 'reset_password', now);
    if (!userId) throw new AppError('token_invalid');
    const user = await repo.findUserById(tx, userId);
    await repo.updateUser(tx, userId, {
      passwordHash,
      emailConfirmedAt: user?.emailConfirmedAt ?? now,
      updatedAt: now,
    });
    const revoked = await repo.revokeSessionsOfUser(tx, userId, now, null);
    const tokensRevoked = await repo.revokeApiTokensOfUser(tx, userId, now);
    await repo.voidSignInChallenges(tx, userId, now);
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
  const user = await repo.findUserById(ctx.db, actor.userId);
  if (!user) throw new AppError('unauthenticated');
  await assertPassword(user.passwordHash, input.currentPassword, 'currentPassword');
  assertAcceptablePassword(input.newPassword, 'newPassword');
  const passwordHash = await hashPassword(input.newPassword);
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    await repo.updateUser(tx, user.id, { passwordHash, updatedAt: now });
    const revoked = await repo.revokeSessionsOfUser(tx, user.id, now, actor.sessionId);
    const tokensRevoked = await repo.revokeApiTokensOfUser(tx, user.id, now);
    await repo.voidSignInChallenges(tx, user.id, now);
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
      params: { link: link(ctx, '/forgot-password') },
    });
  });
}

// profile

export async function updateProfile(
  ctx: Ctx,
  actor: Actor,
  patch: { displayName?: string; locale?: Locale; timeZone?: string },
): Promise<void> {
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    await repo.updateUser(tx, actor.userId, { ...patch, updatedAt: now });
    await recordAudit(tx, ctx.clock, {
      actorUserId: actor.userId,
      action: 'user.profile_updated',
      subjectType: 'user',
      subjectId: actor.userId,
      summary: { fields: Object.keys(patch) },
    });
  });
}

export async function getUser(ctx: Ctx, userId: string) {
  const user = await repo.findUserById(ctx.db, userId);
  if (!user) throw new AppError('user_not_found');
  const grants = await repo.activeRoleGrants(ctx.db, [userId]);
  return { user, grants };
}

// sessions and API tokens

export const listSessions = (ctx: Ctx, actor: Actor) => repo.listLiveSessions(ctx.db, actor.userId, ctx.clock.now());

export async function revokeSession(ctx: Ctx, actor: Actor, sessionId: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const revoked = await repo.revokeSession(tx, actor.userId, sessionId, ctx.clock.now());
    if (!revoked) throw new AppError('session_not_found');
    await recordAudit(tx, ctx.clock, {
      actorUserId: actor.userId,
      action: 'session.revoked',
      subjectType: 'session',
      subjectId: sessionId,
    });
  });
}

/**
 * Creates a personal API token with the given scopes and lifetime, in a signed-in session only: a
 * token cannot make tokens. With two-factor sign-in on, the session must have proved the second
 * factor recently, or the request brings a code.
 */
export async function createApiToken(
  ctx: Ctx,
  actor: Actor,
  input: { name: string; scopes: ApiTokenScope[]; expiresInDays: number; code?: string },
) {
  await assertFreshSecondFactor(ctx, actor, input.code);
  const token = `${API_TOKEN_PREFIX}${newSecret()}`;
  const now = ctx.clock.now();
  const row = {
    id: newId(),
    userId: actor.userId,
    name: input.name,
    prefix: token.slice(0, 10),
    tokenHash: hashSecret(token),
    scopes: input.scopes,
    createdAt: now,
    expiresAt: new Date(now.getTime() + input.expiresInDays * DAY),
    lastUsedAt: null,
    revokedAt: null,
  };
  await ctx.db.transaction(async (tx) => {
    await repo.insertApiToken(tx, row);
    await recordAudit(tx, ctx.clock, {
      actorUserId: actor.userId,
      action: 'api_token.created',
      subjectType: 'api_token',
      subjectId: row.id,
      summary: { name: input.name, scopes: input.scopes, expiresAt: row.expiresAt.toISOString() },
    });
  });
  return { ...row, token };
}

export type ApiTokenRowOut = repo.ApiTokenRow;

export const listApiTokens = (ctx: Ctx, actor: Actor) => repo.listLiveApiTokens(ctx.db, actor.userId);

export async function revokeApiToken(ctx: Ctx, actor: Actor, tokenId: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const revoked = await repo.revokeApiToken(tx, actor.userId, tokenId, ctx.clock.now());
    if (!revoked) throw new AppError('api_token_not_found');
    await recordAudit(tx, ctx.clock, {
      actorUserId: actor.userId,
      action: 'api_token.revoked',
      subjectType: 'api_token',
      subjectId: tokenId,
    });
  });
}

// administration

export async function listUsers(
  ctx: Ctx,
  actor: Actor,
  query: { q?: string; after: { createdAt: Date; id: string } | null; limit: number },
) {
  requireAdmin(actor);
  const rows = await repo.searchUsers(ctx.db, query.q, query.after, query.limit + 1);
  const grants = await repo.activeRoleGrants(
    ctx.db,
    rows.map((r) => r.id),
  );
  return { rows, grants };
}

/** Grants a platform role: an admin in a signed-in session, with a fresh second factor. */
export async function grantRole(
  ctx: Ctx,
  actor: Actor,
  input: { userId: string; role: PlatformRole; jurisdiction: OperatorJurisdiction | null; code?: string },
) {
  requireAdmin(actor);
  await assertFreshSecondFactor(ctx, actor, input.code);
  return ctx.db.transaction(async (tx) => {
    const user = await repo.findUserById(tx, input.userId);
    if (!user) throw new AppError('user_not_found');
    const { grant, created } = await repo.grantRole(tx, {
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
    return grant;
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
    const grant = await repo.revokeRoleGrant(tx, userId, grantId);
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

/** Users by id, for other modules that show who did something (members, invitations). */
export const usersByIds = (db: DbOrTx, ids: string[]) => repo.findUsersByIds(db, ids);
export const userByEmail = (db: DbOrTx, email: string) => repo.findUserByEmail(db, email);

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
    const created = await repo.insertUser(tx, {
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
      await repo.grantRole(tx, {
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

export const hasAnyUser = async (ctx: Ctx) => (await repo.searchUsers(ctx.db, undefined, null, 1)).length > 0;

/** The actor a user would be when signed in, for work done on their behalf (demo data, factories). */
export const actorForUser = (ctx: Ctx, userId: string) => actorOfUser(ctx, userId);

/** The operators of a jurisdiction, for notifying them and assigning their tasks. */
export const operatorsOf = (ctx: Ctx, jurisdiction: OperatorJurisdiction) =>
  repo.usersWithActiveRole(ctx.db, 'operator', jurisdiction);

export { LOGIN_WINDOW, MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_ADDRESS } from './sign-in-throttle.js';
