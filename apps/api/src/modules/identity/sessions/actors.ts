import type { ApiTokenScope, Locale } from '@innobridge/contracts';
import type { AppContext } from '../../../app-context.js';
import type { Actor } from '../../../lib/actor.js';
import { AppError } from '../../../lib/app-error.js';
import { DAY, MINUTE } from '../../../lib/clock.js';
import { hashSecret } from '../../../lib/ids.js';
import * as tokenRepo from '../api-tokens/api-tokens.repository.js';
import { API_TOKEN_PREFIX } from '../api-tokens/api-tokens.service.js';
import * as userRepo from '../identity.repository.js';
import { twoFactorRequiredFor } from '../two-factor/two-factor.service.js';
import * as sessionRepo from './sessions.repository.js';

const SESSION_TOUCH_INTERVAL = 5 * MINUTE;

type Ctx = AppContext;

// Who is acting: the actor behind a session cookie or an API token, with the roles that apply to it.

type ActorVia =
  | { via: 'session'; sessionId: string | null; secondFactorAt: Date | null }
  | { via: 'token'; scopes: ApiTokenScope[] };

async function actorOf(ctx: Ctx, userId: string, via: ActorVia): Promise<Actor | null> {
  const user = await userRepo.findUserById(ctx.db, userId);
  if (!user) return null;
  const grants = await userRepo.activeRoleGrants(ctx.db, [userId]);
  // A role that requires two-factor sign-in applies only once the user has turned it on, and never
  // to an API token, which has no second factor.
  const awaitingTwoFactor = !user.twoFactorEnabledAt && twoFactorRequiredFor(grants);
  const withoutSecondFactor = awaitingTwoFactor || via.via === 'token';
  return {
    userId,
    email: user.email,
    displayName: user.displayName,
    locale: user.locale as Locale,
    timeZone: user.timeZone,
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
  const session = await sessionRepo.findLiveSession(ctx.db, hashSecret(token), now);
  if (!session) return null;
  if (now.getTime() - session.lastSeenAt.getTime() > SESSION_TOUCH_INTERVAL) {
    await sessionRepo.touchSession(ctx.db, session.id, now, new Date(now.getTime() + ctx.config.sessionTtlDays * DAY));
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
  const row = await tokenRepo.findLiveApiToken(ctx.db, hashSecret(token));
  if (!row) return null;
  const now = ctx.clock.now();
  if (row.expiresAt <= now) throw new AppError('api_token_expired');
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > SESSION_TOUCH_INTERVAL) {
    await tokenRepo.touchApiToken(ctx.db, row.id, now);
  }
  return actorOf(ctx, row.userId, { via: 'token', scopes: row.scopes as ApiTokenScope[] });
}

/** The actor a user would be when signed in, for work done on their behalf (demo data, factories). */
export const actorForUser = (ctx: Ctx, userId: string) => actorOfUser(ctx, userId);
