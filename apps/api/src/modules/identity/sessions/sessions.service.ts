import type { Me, SessionInfo, SignInChallenge } from '@innobridge/contracts';
import type { AppContext } from '../../../app-context.js';
import type { Actor } from '../../../lib/actor.js';
import { AppError } from '../../../lib/app-error.js';
import { DAY, MINUTE } from '../../../lib/clock.js';
import { hashSecret, newId, newSecret } from '../../../lib/ids.js';
import { recordAudit } from '../../audit/index.js';
import { currentMe, type IdentityDeps } from '../accounts/accounts.service.js';
import * as userRepo from '../identity.repository.js';
import { dummyPasswordHash, verifyPassword } from '../passwords.js';
import { recordFailedSignIn } from '../sign-in-audit.js';
import { type Attempt, takeAccountAttempt, takeAddressAttempt } from '../sign-in-throttle.js';
import { acceptSecondFactor } from '../two-factor/two-factor.service.js';
import * as sessionRepo from './sessions.repository.js';
import { sessionViews } from './sessions.views.js';

// Signing in (with a password, then a code when two-factor sign-in is on) and out, and one's sessions.

type Ctx = AppContext;

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
  const user = await userRepo.findUserByEmail(ctx.db, input.email);
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
  await sessionRepo.deleteSpentSignInChallenges(ctx.db, userId, now);
  await sessionRepo.insertSignInChallenge(ctx.db, {
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
  const challenge = await sessionRepo.takeSignInChallengeAnswer(
    ctx.db,
    hashSecret(input.challengeToken),
    now,
    MAX_ANSWERS_PER_CHALLENGE,
  );
  const user = challenge && (await userRepo.findUserById(ctx.db, challenge.userId));
  if (!challenge || !user) throw new AppError('sign_in_challenge_invalid');
  const attempt = await takeAccountAttempt(ctx, user.email);

  let secondFactor: 'totp' | 'recovery_code' | null;
  try {
    secondFactor = await ctx.db.transaction(async (tx) => {
      const accepted = await acceptSecondFactor(tx, user, input.code, now);
      // A challenge answers once: a second request with the same (right) code loses here.
      if (accepted && !(await sessionRepo.consumeSignInChallenge(tx, challenge.id, now))) {
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
    await sessionRepo.insertSession(tx, {
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

// sessions and API tokens

/** The user's live sessions, the one making the request marked. */
export async function listSessions(ctx: Ctx, actor: Actor): Promise<{ items: SessionInfo[] }> {
  return {
    items: sessionViews(await sessionRepo.listLiveSessions(ctx.db, actor.userId, ctx.clock.now()), actor.sessionId),
  };
}

export async function revokeSession(ctx: Ctx, actor: Actor, sessionId: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const revoked = await sessionRepo.revokeSession(tx, actor.userId, sessionId, ctx.clock.now());
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

/** A session opened: the cookie to set, and the profile to answer with. */
export type SignedIn = { session: { token: string; expiresAt: Date }; me: Me };

async function signedIn(ctx: Ctx, deps: IdentityDeps, result: LoginResult): Promise<SignedIn> {
  return {
    session: { token: result.sessionToken, expiresAt: result.expiresAt },
    me: await currentMe(ctx, deps, result.userId),
  };
}

/** Signing in with a password: a session, or the challenge for a code when two-factor sign-in is on. */
export async function signIn(
  ctx: Ctx,
  deps: IdentityDeps,
  input: { email: string; password: string; ip: string; userAgent: string | null },
): Promise<SignedIn | { challenge: SignInChallenge }> {
  const result = await login(ctx, input);
  if (!('sessionToken' in result)) {
    return {
      challenge: {
        twoFactorRequired: true as const,
        challengeToken: result.challengeToken,
        expiresAt: result.expiresAt.toISOString(),
      },
    };
  }
  return signedIn(ctx, deps, result);
}

/** The second step of signing in: the code answers the challenge and opens the session. */
export async function signInWithCode(
  ctx: Ctx,
  deps: IdentityDeps,
  input: { challengeToken: string; code: string; ip: string; userAgent: string | null },
): Promise<SignedIn> {
  return signedIn(ctx, deps, await completeSignIn(ctx, input));
}
