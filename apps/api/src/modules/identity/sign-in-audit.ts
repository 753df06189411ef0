import type { AppContext } from '../../app-context.js';
import { requestAddress } from '../../lib/request-context.js';
import { recordEvent } from '../audit/index.js';
import { MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_ADDRESS } from './sign-in-throttle.js';

type Count = { count: number };

/**
 * Records a failed sign-in, and the lockout it causes when it is the one that reaches a limit. Only
 * counted failures are recorded: attempts refused while locked are not, so that nobody can flood the
 * log from one address faster than the address limit allows.
 */
export async function recordFailedSignIn(
  ctx: AppContext,
  [account, address]: Count[],
  input: { userId: string | null; ip: string; reason: 'password' | 'second_factor' },
): Promise<void> {
  // Whoever failed is not known to be the account's owner: the entry has no actor, the account is its subject.
  const subject = input.userId
    ? { subjectType: 'user', subjectId: input.userId }
    : { subjectType: 'address', subjectId: input.ip };
  await recordEvent(ctx, {
    actorUserId: null,
    via: null,
    action: 'sign_in.failed',
    ...subject,
    summary: { ip: input.ip, reason: input.reason, ...(input.userId ? {} : { account: 'unknown' }) },
  });
  if (input.userId && account?.count === MAX_FAILURES_PER_ACCOUNT) {
    await recordEvent(ctx, {
      actorUserId: null,
      via: null,
      action: 'sign_in.account_locked',
      subjectType: 'user',
      subjectId: input.userId,
      summary: { ip: input.ip, failures: account.count },
    });
  }
  if (address?.count === MAX_FAILURES_PER_ADDRESS) {
    await recordEvent(ctx, {
      actorUserId: null,
      via: null,
      action: 'sign_in.address_locked',
      subjectType: 'address',
      subjectId: input.ip,
      summary: { failures: address.count },
    });
  }
}

/** Where a signed-in user's password or code was checked outside signing in. */
export type SecondFactorCheck =
  | 'two_factor_setup'
  | 'two_factor_enable'
  | 'two_factor_disable'
  | 'recovery_codes'
  | 'fresh_second_factor';

/**
 * Records a wrong password or code given in the two-factor settings (or for a fresh second factor),
 * and the account's lockout when it is the failure that reaches the limit: these checks share the
 * sign-in's count, so a guess here is recorded like a failed sign-in. The session's user is the actor;
 * only counted failures are recorded, so the log cannot be flooded faster than the lockout allows.
 */
export async function recordFailedCheck(
  ctx: AppContext,
  failures: number,
  input: { userId: string; check: SecondFactorCheck; reason: 'password' | 'second_factor' },
): Promise<void> {
  const ip = requestAddress();
  await recordEvent(ctx, {
    actorUserId: input.userId,
    action: 'two_factor.check_failed',
    subjectType: 'user',
    subjectId: input.userId,
    summary: { ip, check: input.check, reason: input.reason },
  });
  if (failures === MAX_FAILURES_PER_ACCOUNT) {
    await recordEvent(ctx, {
      actorUserId: null,
      via: null,
      action: 'sign_in.account_locked',
      subjectType: 'user',
      subjectId: input.userId,
      summary: { ip, failures },
    });
  }
}
