import type { AppContext } from '../../app-context.js';
import { AppError } from '../../lib/app-error.js';
import { DAY, MINUTE } from '../../lib/clock.js';

// Attempts at an account's password or second factor are limited per account and per address (see
// ADR 0016). Each attempt is counted before the secret is checked, and the count the store returns
// decides: requests sent at once get different counts, so no more than the limit are ever checked.
// An attempt that turns out not to be a failure is given back. Signing in and the account's own
// two-factor settings share the account's count, so that guesses cannot move from one to the other.

export const LOGIN_WINDOW = 15 * MINUTE;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_ADDRESS = 20;
/** How long a successful sign-in from an address keeps that account welcome there when the address is throttled. */
export const KNOWN_ADDRESS_TTL = 30 * DAY;

const accountKey = (email: string) => `login:account:${email}`;
const addressKey = (ip: string) => `login:address:${ip}`;
const knownKey = (email: string, ip: string) => `login:known:${ip}:${email}`;

const retryAfter = (ttlMs: number) => Math.max(1, Math.ceil(ttlMs / 1000));
const refusal = (code: 'account_locked' | 'rate_limited', ttlMs: number) => {
  const params = { retryAfter: retryAfter(ttlMs) };
  return new AppError(code, { params, headers: { 'retry-after': String(params.retryAfter) } });
};

/** One attempt at an account's secret, taken before the secret is checked. */
export type Attempt = {
  /** The account's attempts in the window, this one included. */
  count: number;
  /** The secret was right (or the attempt was not a guess): the attempt does not count. */
  giveBack(): Promise<void>;
  /** Signed in: the account's failures are forgotten. */
  forget(): Promise<void>;
};

/** Takes one of the account's attempts in the window; refuses when the limit is used up. */
export async function takeAccountAttempt(ctx: AppContext, email: string): Promise<Attempt> {
  const key = accountKey(email);
  const { count, ttlMs } = await ctx.counters.increment(key, LOGIN_WINDOW);
  if (count > MAX_FAILURES_PER_ACCOUNT) throw refusal('account_locked', ttlMs);
  return { count, giveBack: () => ctx.counters.decrement(key), forget: () => ctx.counters.reset(key) };
}

/**
 * Runs a check of the account's secret as one attempt: a wrong password or code counts (and is told
 * to `failed` with the account's count, for the audit log), anything else is given back.
 */
export async function asAccountAttempt<T>(
  ctx: AppContext,
  email: string,
  check: () => Promise<T>,
  failed?: (count: number, reason: 'password' | 'second_factor') => Promise<void>,
): Promise<T> {
  const attempt = await takeAccountAttempt(ctx, email);
  try {
    const result = await check();
    await attempt.giveBack();
    return result;
  } catch (error) {
    const wrong =
      error instanceof AppError && (error.code === 'wrong_password' || error.code === 'two_factor_code_invalid');
    if (!wrong) await attempt.giveBack();
    else await failed?.(attempt.count, error.code === 'wrong_password' ? 'password' : 'second_factor');
    throw error;
  }
}

/**
 * An attempt from an address: `failed` counts it against the address when the password was wrong, and
 * says the address's failures in the window.
 */
export type AddressAttempt = { failed(): Promise<number>; succeeded(): Promise<void>; release(): Promise<void> };

/**
 * The address's share of a sign-in. Only wrong passwords count against an address. Past its limit,
 * an address may still sign in to the accounts that signed in from it before (the colleagues behind
 * one company proxy), at the account's own limit; any other account is refused without checking the
 * password, which is what stops one address trying a password on many accounts.
 */
export async function takeAddressAttempt(ctx: AppContext, email: string, ip: string): Promise<AddressAttempt> {
  const key = addressKey(ip);
  const known = (await ctx.counters.peek(knownKey(email, ip))).count > 0;
  const remember = async () => {
    await ctx.counters.reset(knownKey(email, ip));
    await ctx.counters.increment(knownKey(email, ip), KNOWN_ADDRESS_TTL);
  };
  if (known) {
    return {
      failed: async () => (await ctx.counters.increment(key, LOGIN_WINDOW)).count,
      succeeded: remember,
      release: async () => {},
    };
  }
  // Unknown here: the attempt takes a place under the address's limit first, and gives it back
  // unless the password turns out wrong.
  const { count, ttlMs } = await ctx.counters.increment(key, LOGIN_WINDOW);
  if (count > MAX_FAILURES_PER_ADDRESS) throw refusal('rate_limited', ttlMs);
  const giveBack = () => ctx.counters.decrement(key);
  return {
    failed: async () => count,
    succeeded: async () => {
      await giveBack();
      await remember();
    },
    release: giveBack,
  };
}

// E-mails sent on request (a password reset link, the confirmation link again) are limited per
// address of the mail and per address of the request, so that nobody's inbox can be flooded.

export const MAIL_WINDOW = 60 * MINUTE;
export const MAX_MAILS_PER_RECIPIENT = 3;
export const MAX_MAIL_REQUESTS_PER_ADDRESS = 20;

/**
 * Whether a mail of this kind may go to this e-mail now. Past the recipient's limit the answer is
 * false and the caller answers as if sent (known and unknown e-mails alike, so nothing is revealed);
 * past the address's limit the request is refused, whatever the e-mail.
 */
export async function mayMail(
  ctx: AppContext,
  kind: 'reset_password' | 'confirm_email',
  email: string,
  ip: string,
): Promise<boolean> {
  const address = await ctx.counters.increment(`mail:${kind}:address:${ip}`, MAIL_WINDOW);
  if (address.count > MAX_MAIL_REQUESTS_PER_ADDRESS) throw refusal('rate_limited', address.ttlMs);
  return mayMailTo(ctx, kind, email);
}

/** Whether a mail of this kind may go to this e-mail now: at most MAX_MAILS_PER_RECIPIENT a window. */
export async function mayMailTo(
  ctx: AppContext,
  kind: 'reset_password' | 'confirm_email' | 'account_exists',
  email: string,
): Promise<boolean> {
  const recipient = await ctx.counters.increment(`mail:${kind}:to:${email}`, MAIL_WINDOW);
  return recipient.count <= MAX_MAILS_PER_RECIPIENT;
}
