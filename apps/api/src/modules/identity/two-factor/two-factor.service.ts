import type { Locale, Me, RecoveryCodes, TwoFactorSetup } from '@innobridge/contracts';
import type { AppContext } from '../../../app-context.js';
import type { DbOrTx } from '../../../db/client.js';
import { type Actor, requireAdmin } from '../../../lib/actor.js';
import { AppError } from '../../../lib/app-error.js';
import { MINUTE } from '../../../lib/clock.js';
import { hashSecret, newId } from '../../../lib/ids.js';
import { recordAudit } from '../../audit/index.js';
import { revokeApiTokensOfUser } from '../api-tokens/api-tokens.repository.js';
import * as users from '../identity.repository.js';
import { assertPassword } from '../passwords.js';
import { markSecondFactor, revokeSessionsOfUser } from '../sessions/sessions.repository.js';
import { recordFailedCheck, type SecondFactorCheck } from '../sign-in-audit.js';
import { asAccountAttempt } from '../sign-in-throttle.js';
import {
  looksLikeTotpCode,
  newRecoveryCodes,
  newTotpSecret,
  normalizeCode,
  normalizeRecoveryCode,
  totpStepOf,
  totpUri,
} from './two-factor.js';
import * as repo from './two-factor.repository.js';

// Two-factor sign-in with an authenticator app (TOTP) and single-use recovery codes. Operators and
// board members may turn it on; admins must: until they do, their admin role does not apply.

type Ctx = AppContext;
type UserRow = users.UserRow;

const codeInvalid = () =>
  new AppError('two_factor_code_invalid', { fields: [{ path: 'code', code: 'two_factor_code_invalid' }] });

async function currentUser(ctx: Ctx, actor: Actor): Promise<UserRow> {
  const user = await users.findUserById(ctx.db, actor.userId);
  if (!user) throw new AppError('unauthenticated');
  return user;
}

/**
 * Runs a check of the user's password or code under the same lockout as signing in: a wrong one
 * counts as a failed sign-in, so that a signed-in session cannot guess codes faster than sign-in can.
 */
const throttled = <T>(ctx: Ctx, user: UserRow, what: SecondFactorCheck, check: () => Promise<T>): Promise<T> =>
  asAccountAttempt(ctx, user.email, check, (failures, reason) =>
    recordFailedCheck(ctx, failures, { userId: user.id, check: what, reason }),
  );

/** How long a session's proof of the second factor stays fresh enough for sensitive changes. */
export const SECOND_FACTOR_FRESH_FOR = 15 * MINUTE;

/**
 * Sensitive changes (making an API token, granting a role) are made in a signed-in session only, and,
 * for a user with two-factor sign-in, with a fresh second factor: a code in the same request, or a
 * code proved by this session in the last minutes (at sign-in or by an earlier request). A code given
 * is checked under the sign-in lockout and makes the session fresh again.
 */
export async function assertFreshSecondFactor(ctx: Ctx, actor: Actor, code: string | undefined): Promise<void> {
  const sessionId = actor.via === 'session' ? actor.sessionId : null;
  if (!sessionId) throw new AppError('session_required');
  const user = await currentUser(ctx, actor);
  if (!user.twoFactorEnabledAt) return;
  const now = ctx.clock.now();
  if (code === undefined) {
    const provedAt = actor.secondFactorAt?.getTime();
    if (provedAt !== undefined && now.getTime() - provedAt < SECOND_FACTOR_FRESH_FOR) return;
    throw new AppError('second_factor_required', {
      fields: [{ path: 'code', code: 'second_factor_required' }],
    });
  }
  await throttled(ctx, user, 'fresh_second_factor', () =>
    ctx.db.transaction(async (tx) => {
      if (!(await acceptSecondFactor(tx, user, code, now))) throw codeInvalid();
      await markSecondFactor(tx, sessionId, now);
    }),
  );
}

/** Whether an account's roles oblige it to use two-factor sign-in (admins do). */
export const twoFactorRequiredFor = (roles: { role: string }[]) => roles.some((r) => r.role === 'admin');

/**
 * Accepts an authenticator code (once: its time step is recorded) or an unused recovery code (used
 * up) as the second factor of a user who has two-factor sign-in on, inside the caller's transaction.
 */
export async function acceptSecondFactor(
  tx: DbOrTx,
  user: UserRow,
  typed: string,
  now: Date,
): Promise<'totp' | 'recovery_code' | null> {
  const code = normalizeCode(typed);
  if (!user.twoFactorSecret) return null;
  if (looksLikeTotpCode(code)) {
    const step = totpStepOf(user.twoFactorSecret, code, now);
    return step !== null && (await repo.advanceTwoFactorStep(tx, user.id, step)) ? 'totp' : null;
  }
  return (await repo.consumeRecoveryCode(tx, user.id, hashSecret(normalizeRecoveryCode(code)), now))
    ? 'recovery_code'
    : null;
}

/** Every change to a user's second factor is told to them by e-mail, in case it was not them. */
function noticeOf(
  ctx: Ctx,
  tx: DbOrTx,
  user: UserRow,
  template: 'two_factor_enabled' | 'two_factor_disabled' | 'two_factor_reset' | 'recovery_codes_replaced',
) {
  return ctx.email.enqueue(tx, {
    to: user.email,
    locale: user.locale as Locale,
    recipientName: user.displayName,
    template,
    params: { link: `${ctx.config.publicUrl}/account` },
  });
}

async function storeNewRecoveryCodes(tx: DbOrTx, userId: string, now: Date): Promise<string[]> {
  const codes = newRecoveryCodes();
  const rows = codes.map((code) => ({ id: newId(), codeHash: hashSecret(normalizeRecoveryCode(code)) }));
  await repo.replaceRecoveryCodes(tx, userId, rows, now);
  return codes;
}

/** Starts turning two-factor sign-in on: a new secret for the authenticator app, after the password. */
export async function startTwoFactorSetup(
  ctx: Ctx,
  actor: Actor,
  input: { password: string },
): Promise<TwoFactorSetup> {
  const user = await currentUser(ctx, actor);
  await throttled(ctx, user, 'two_factor_setup', () => assertPassword(user.passwordHash, input.password, 'password'));
  if (user.twoFactorEnabledAt) throw new AppError('two_factor_already_enabled');
  const secret = newTotpSecret();
  if (!(await repo.setPendingTwoFactorSecret(ctx.db, user.id, secret, ctx.clock.now()))) {
    throw new AppError('two_factor_already_enabled');
  }
  return { secret, otpauthUri: totpUri(secret, user.email) };
}

/**
 * Turns two-factor sign-in on once a code from the app proves it holds the secret. The user's other
 * sessions and API tokens, made without a second factor, are revoked (an admin's role would otherwise
 * come to them); the recovery codes are returned once.
 */
export async function enableTwoFactor(ctx: Ctx, actor: Actor, input: { code: string }): Promise<RecoveryCodes> {
  const user = await currentUser(ctx, actor);
  if (user.twoFactorEnabledAt) throw new AppError('two_factor_already_enabled');
  const pending = user.twoFactorPendingSecret;
  if (!pending) throw new AppError('two_factor_setup_not_started');
  const now = ctx.clock.now();
  const step = await throttled(ctx, user, 'two_factor_enable', async () => {
    const proved = totpStepOf(pending, normalizeCode(input.code), now);
    if (proved === null) throw codeInvalid();
    return proved;
  });
  return ctx.db.transaction(async (tx) => {
    // Compare-and-set on the pending secret: a setup restarted meanwhile makes this code stale.
    if (!(await repo.enableTwoFactor(tx, user.id, pending, step, now)))
      throw new AppError('two_factor_setup_not_started');
    const codes = await storeNewRecoveryCodes(tx, user.id, now);
    const revoked = await revokeSessionsOfUser(tx, user.id, now, actor.sessionId);
    const tokensRevoked = await revokeApiTokensOfUser(tx, user.id, now);
    // The code just given proves the second factor for this session too.
    if (actor.sessionId) await markSecondFactor(tx, actor.sessionId, now);
    await recordAudit(tx, ctx.clock, {
      actorUserId: user.id,
      action: 'user.two_factor_enabled',
      subjectType: 'user',
      subjectId: user.id,
      summary: { sessionsRevoked: revoked, apiTokensRevoked: tokensRevoked },
    });
    await noticeOf(ctx, tx, user, 'two_factor_enabled');
    return { recoveryCodes: codes };
  });
}

/** Turns two-factor sign-in off, with the password and a code; not for an admin, who must keep it. */
export async function disableTwoFactor(ctx: Ctx, actor: Actor, input: { password: string; code: string }) {
  const user = await currentUser(ctx, actor);
  if (!user.twoFactorEnabledAt) throw new AppError('two_factor_not_enabled');
  const grants = await users.activeRoleGrants(ctx.db, [user.id]);
  if (twoFactorRequiredFor(grants)) throw new AppError('two_factor_required_for_role');
  const now = ctx.clock.now();
  await throttled(ctx, user, 'two_factor_disable', () => assertPassword(user.passwordHash, input.password, 'password'));
  await throttled(ctx, user, 'two_factor_disable', () =>
    ctx.db.transaction(async (tx) => {
      if (!(await acceptSecondFactor(tx, user, input.code, now))) throw codeInvalid();
      await repo.disableTwoFactor(tx, user.id, now);
      await recordAudit(tx, ctx.clock, {
        actorUserId: user.id,
        action: 'user.two_factor_disabled',
        subjectType: 'user',
        subjectId: user.id,
      });
      await noticeOf(ctx, tx, user, 'two_factor_disabled');
    }),
  );
}

/**
 * An admin turns a user's two-factor sign-in off (with a fresh second factor of their own), for someone who lost both the app and the recovery
 * codes; the person then signs in with the password and can turn it on again. Whatever was signed in
 * with the lost factor — every session and API token of the person — stops working.
 */
export async function resetTwoFactor(ctx: Ctx, actor: Actor, userId: string, code?: string): Promise<void> {
  requireAdmin(actor);
  // An admin's own is theirs to keep: admins must use it.
  if (userId === actor.userId) throw new AppError('two_factor_required_for_role');
  // As for granting a role: in a signed-in session, with a fresh second factor.
  await assertFreshSecondFactor(ctx, actor, code);
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const user = await users.findUserById(tx, userId);
    if (!user) throw new AppError('user_not_found');
    if (!user.twoFactorEnabledAt) throw new AppError('two_factor_not_enabled');
    await repo.disableTwoFactor(tx, user.id, now);
    const sessionsRevoked = await revokeSessionsOfUser(tx, user.id, now, null);
    const apiTokensRevoked = await revokeApiTokensOfUser(tx, user.id, now);
    await recordAudit(tx, ctx.clock, {
      actorUserId: actor.userId,
      action: 'user.two_factor_reset',
      subjectType: 'user',
      subjectId: user.id,
      summary: { sessionsRevoked, apiTokensRevoked },
    });
    await noticeOf(ctx, tx, user, 'two_factor_reset');
  });
}

/** A new set of recovery codes (the old ones stop working), after a code from the app. */
export async function regenerateRecoveryCodes(ctx: Ctx, actor: Actor, input: { code: string }): Promise<RecoveryCodes> {
  const user = await currentUser(ctx, actor);
  if (!user.twoFactorEnabledAt) throw new AppError('two_factor_not_enabled');
  const now = ctx.clock.now();
  return throttled(ctx, user, 'recovery_codes', () =>
    ctx.db.transaction(async (tx) => {
      // Only the app's code: a recovery code cannot be spent on replacing itself.
      if (!looksLikeTotpCode(normalizeCode(input.code)) || !(await acceptSecondFactor(tx, user, input.code, now))) {
        throw codeInvalid();
      }
      const codes = await storeNewRecoveryCodes(tx, user.id, now);
      await recordAudit(tx, ctx.clock, {
        actorUserId: user.id,
        action: 'user.recovery_codes_regenerated',
        subjectType: 'user',
        subjectId: user.id,
      });
      await noticeOf(ctx, tx, user, 'recovery_codes_replaced');
      return { recoveryCodes: codes };
    }),
  );
}

/** What the account page shows: whether it is on, whether a role waits for it, the recovery codes left. */
export async function twoFactorState(ctx: Ctx, user: UserRow, grants: { role: string }[]): Promise<Me['twoFactor']> {
  const enabled = !!user.twoFactorEnabledAt;
  return {
    enabled,
    required: !enabled && twoFactorRequiredFor(grants),
    recoveryCodesLeft: enabled ? await repo.countUnusedRecoveryCodes(ctx.db, user.id) : 0,
  };
}
