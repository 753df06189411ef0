import type { AppContext } from '../../app-context.js';
import { AppError } from '../../lib/app-error.js';
import { MINUTE } from '../../lib/clock.js';

// Failed attempts at an account's password or second factor are counted per account and per address;
// past the limit the account (or the address) is locked for the rest of the window. Signing in and the
// account's own two-factor settings share the count, so that guesses cannot move from one to the other.

export const LOGIN_WINDOW = 15 * MINUTE;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_ADDRESS = 20;

export type ThrottleKeys = { account: string; address: string };

export const throttleKeys = (email: string, ip: string): ThrottleKeys => ({
  account: `login:account:${email}`,
  address: `login:address:${ip}`,
});

/** Refuses while the account or the address is locked out after too many failures. */
export async function assertNotLockedOut(ctx: AppContext, keys: ThrottleKeys): Promise<void> {
  const [account, address] = await Promise.all([ctx.counters.peek(keys.account), ctx.counters.peek(keys.address)]);
  const lockedFor = (ttlMs: number) => ({ retryAfter: Math.max(1, Math.ceil(ttlMs / 1000)) });
  if (account.count >= MAX_FAILURES_PER_ACCOUNT) {
    const params = lockedFor(account.ttlMs);
    throw new AppError('account_locked', { params, headers: { 'retry-after': String(params.retryAfter) } });
  }
  if (address.count >= MAX_FAILURES_PER_ADDRESS) {
    const params = lockedFor(address.ttlMs);
    throw new AppError('rate_limited', { params, headers: { 'retry-after': String(params.retryAfter) } });
  }
}

export const countFailure = (ctx: AppContext, keys: ThrottleKeys) =>
  Promise.all([ctx.counters.increment(keys.account, LOGIN_WINDOW), ctx.counters.increment(keys.address, LOGIN_WINDOW)]);

export const forgetFailures = (ctx: AppContext, keys: ThrottleKeys) => ctx.counters.reset(keys.account);
