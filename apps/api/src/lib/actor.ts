import type { Locale, OperatorJurisdiction, PlatformRole } from '@innobridge/contracts';
import { AppError } from './app-error.js';

export const SESSION_COOKIE = 'ib_session';

/** Who is acting: the signed-in user (by session cookie or API token) with their platform roles. */
export type Actor = {
  userId: string;
  email: string;
  displayName: string;
  locale: Locale;
  roles: { role: PlatformRole; jurisdiction: OperatorJurisdiction | null }[];
  via: 'session' | 'token';
  sessionId: string | null;
};

export const isAdmin = (actor: Actor | null): boolean => !!actor?.roles.some((r) => r.role === 'admin');

export const operatorJurisdictions = (actor: Actor | null): OperatorJurisdiction[] =>
  (actor?.roles ?? []).flatMap((r) => (r.role === 'operator' && r.jurisdiction ? [r.jurisdiction] : []));

export const isOperator = (actor: Actor | null): boolean => operatorJurisdictions(actor).length > 0;

/** The actor of a request that needs one; anonymous callers get 401. */
export function requireActor(request: { actor: Actor | null }): Actor {
  if (!request.actor) throw new AppError('unauthenticated');
  return request.actor;
}
