import type { ApiTokenScope, Locale, OperatorJurisdiction, PlatformRole } from '@innobridge/contracts';
import { AppError } from './app-error.js';

export const SESSION_COOKIE = 'ib_session';

/** Who is acting: the signed-in user (by session cookie or API token) with their platform roles. */
export type Actor = {
  userId: string;
  email: string;
  displayName: string;
  locale: Locale;
  /** The account's IANA time zone; null when never chosen (times are then told in UTC). */
  timeZone?: string | null;
  roles: { role: PlatformRole; jurisdiction: OperatorJurisdiction | null }[];
  via: 'session' | 'token';
  sessionId: string | null;
  /** A session's last proof of the second factor (sign-in with a code, or a code given since). */
  secondFactorAt?: Date | null;
  /** What an API token may do; the admin role never comes with a token. */
  scopes?: ApiTokenScope[];
  /** Holds a role that requires two-factor sign-in (admin) but has not turned it on: the role is left out of `roles`. */
  awaitingTwoFactor?: boolean;
};

export const isAdmin = (actor: Actor | null): boolean => !!actor?.roles.some((r) => r.role === 'admin');

/** The actor of a request made in a signed-in browser session; API tokens get 403. */
export function requireSession(request: { actor: Actor | null }): Actor {
  const actor = requireActor(request);
  if (actor.via !== 'session') throw new AppError('session_required');
  return actor;
}

/** Refuses anyone but a platform admin; an admin without two-factor sign-in is told to turn it on. */
export function requireAdmin(actor: Actor | null, code: 'admin_required' | 'audit_admin_required' = 'admin_required') {
  if (isAdmin(actor)) return;
  throw new AppError(actor?.awaitingTwoFactor ? 'two_factor_setup_required' : code);
}

export const operatorJurisdictions = (actor: Actor | null): OperatorJurisdiction[] =>
  (actor?.roles ?? []).flatMap((r) => (r.role === 'operator' && r.jurisdiction ? [r.jurisdiction] : []));

export const isOperator = (actor: Actor | null): boolean => operatorJurisdictions(actor).length > 0;

/** The actor of a request that needs one; anonymous callers get 401. */
export function requireActor(request: { actor: Actor | null }): Actor {
  if (!request.actor) throw new AppError('unauthenticated');
  return request.actor;
}
