import { API_TOKEN_SCOPES, type ApiTokenScope, type Locale } from '@innobridge/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppContext } from '../app-context.js';
import { type Actor, SESSION_COOKIE } from '../lib/actor.js';
import { AppError } from '../lib/app-error.js';
import { isLocale, negotiateLocale } from '../lib/i18n.js';
import { runInRequestContext, setRequestSignIn } from '../lib/request-context.js';
import { recordRefusedRequest } from '../modules/audit/index.js';

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    locale: Locale;
  }
  interface FastifyContextConfig {
    /** The area a route belongs to, for API tokens' scopes: a change needs `write:<area>`. */
    tokenArea?: string;
  }
}

/**
 * What an API token may do with a route: reading needs `read`; a change needs the write scope of the
 * route's area. An area without a write scope (the account itself, a module not given one) is for
 * signed-in sessions only, and administration is never done with a token, not even reading.
 */
export function assertTokenMay(actor: Actor, method: string, area: string | undefined) {
  const scopes = actor.scopes ?? [];
  if (area === 'admin') throw new AppError('session_required');
  const needed = UNSAFE_METHODS.has(method) ? `write:${area}` : 'read';
  if (!(API_TOKEN_SCOPES as readonly string[]).includes(needed)) throw new AppError('session_required');
  if (!scopes.includes(needed as ApiTokenScope))
    throw new AppError('token_scope_missing', { params: { scope: needed } });
}

/**
 * Marks the routes a module registers with its area, so that API tokens' scopes apply to every route
 * by default. A route registered outside `inArea` has no area: a token can read it, not change it.
 */
export function tokenAreas(app: FastifyInstance) {
  let current: string | undefined;
  app.addHook('onRoute', (route) => {
    if (current && route.config?.tokenArea === undefined) route.config = { ...route.config, tokenArea: current };
  });
  return (area: string, register: () => void) => {
    current = area;
    try {
      register();
    } finally {
      current = undefined;
    }
  };
}

function originOf(value: string | undefined): string | null {
  if (!value) return null;
  try {
    return new URL(value).origin;
  } catch {
    return null;
  }
}

/**
 * A browser sends Origin (or at least Referer) with every unsafe request; a cross-site form or
 * script cannot forge it. Requests that carry a cookie must come from the platform's own origin.
 */
async function assertSameOrigin(ctx: AppContext, request: FastifyRequest) {
  const allowed = new Set([new URL(ctx.config.publicUrl).origin, `${request.protocol}://${request.headers.host}`]);
  const origin = originOf(request.headers.origin) ?? originOf(request.headers.referer);
  if (!origin || !allowed.has(origin)) {
    await recordRefusedRequest(ctx, {
      reason: 'csrf_failed',
      ip: request.ip,
      method: request.method,
      path: request.url.split('?')[0] ?? '',
      origin: request.headers.origin ?? request.headers.referer ?? null,
    });
    throw new AppError('csrf_failed');
  }
}

/** Who is calling (session cookie or `Authorization: Bearer` API token) and in which language. */
export type ActorResolvers = {
  fromSession(ctx: AppContext, token: string): Promise<Actor | null>;
  fromApiToken(ctx: AppContext, token: string): Promise<Actor | null>;
};

export function registerAuth(app: FastifyInstance, ctx: AppContext, resolve: ActorResolvers) {
  app.decorateRequest('actor', null);
  app.decorateRequest('locale', 'en');

  // Each request in a context of its own, so that what it records can say how its actor signed in.
  app.addHook('onRequest', (request, _reply, done) => runInRequestContext(done, request.ip));
  app.addHook('onRequest', async (request) => {
    const negotiated = negotiateLocale(request.headers['accept-language']);
    request.locale = negotiated ?? 'en';
    if (!request.url.startsWith('/api/')) return;

    const authorization = request.headers.authorization;
    const cookie = request.cookies[SESSION_COOKIE];
    if (authorization?.startsWith('Bearer ')) {
      request.actor = await resolve.fromApiToken(ctx, authorization.slice(7).trim());
      if (!request.actor) throw new AppError('unauthenticated');
      assertTokenMay(request.actor, request.method, request.routeOptions.config?.tokenArea);
    } else {
      // Unsafe requests that carry a cookie (including sign-in, against login CSRF) need our Origin.
      if (
        UNSAFE_METHODS.has(request.method) &&
        (cookie || request.headers.origin || request.headers['sec-fetch-site'])
      ) {
        await assertSameOrigin(ctx, request);
      }
      if (cookie) request.actor = await resolve.fromSession(ctx, cookie);
    }
    if (request.actor) setRequestSignIn({ userId: request.actor.userId, via: request.actor.via });
    if (!negotiated && request.actor && isLocale(request.actor.locale)) request.locale = request.actor.locale;
  });
}
