import { LoginBody, Me, SessionList, SignInCodeBody, SignInResult } from '@innobridge/contracts';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../../app-context.js';
import { requireActor, SESSION_COOKIE } from '../../../lib/actor.js';
import { errorResponses, publicOperation, signInOptional } from '../../../plugins/openapi.js';
import type { IdentityDeps } from '../accounts/accounts.service.js';
import * as sessions from './sessions.service.js';

const tags = ['identity'];
const IdParam = z.object({ id: z.uuid() });

/** Signing in (password, then a code when two-factor sign-in is on) and out; sets and clears the cookie. */
export function registerSignInRoutes(app: FastifyInstance, ctx: AppContext, deps: IdentityDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  const setSessionCookie = (reply: FastifyReply, { token, expiresAt }: sessions.SignedIn['session']) =>
    reply.setCookie(SESSION_COOKIE, token, {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: ctx.config.secureCookies,
      expires: expiresAt,
    });

  r.post('/api/v1/auth/login', {
    schema: {
      ...publicOperation,
      tags,
      summary: 'Sign in; sets the session cookie, or asks for a code when two-factor sign-in is on',
      body: LoginBody,
      response: { 200: SignInResult, ...errorResponses(401, 403, 422, 429) },
    },
    handler: async (request, reply) => {
      const result = await sessions.signIn(ctx, deps, {
        ...request.body,
        ip: request.ip,
        userAgent: request.headers['user-agent'] ?? null,
      });
      if ('challenge' in result) return result.challenge;
      setSessionCookie(reply, result.session);
      return result.me;
    },
  });

  r.post('/api/v1/auth/login/two-factor', {
    schema: {
      ...publicOperation,
      tags,
      summary: 'Second step of signing in: a code from the authenticator app or a recovery code',
      body: SignInCodeBody,
      response: { 200: Me, ...errorResponses(401, 422, 429) },
    },
    handler: async (request, reply) => {
      const result = await sessions.signInWithCode(ctx, deps, {
        ...request.body,
        ip: request.ip,
        userAgent: request.headers['user-agent'] ?? null,
      });
      setSessionCookie(reply, result.session);
      return result.me;
    },
  });

  r.post('/api/v1/auth/logout', {
    schema: {
      ...signInOptional,
      tags,
      summary: 'Sign out of this session',
      response: { 204: z.null(), ...errorResponses(403) },
    },
    handler: async (request, reply) => {
      if (request.actor) await sessions.logout(ctx, request.actor);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.code(204).send(null);
    },
  });
}

/** The signed-in user's sessions: listed, and revoked one by one. */
export function registerSessionRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/v1/me/sessions', {
    schema: {
      tags,
      summary: 'My active sessions',
      response: { 200: SessionList, ...errorResponses(401) },
    },
    handler: async (request) => sessions.listSessions(ctx, requireActor(request)),
  });

  r.delete('/api/v1/me/sessions/:id', {
    schema: {
      tags,
      summary: 'Revoke one of my sessions',
      params: IdParam,
      response: { 204: z.null(), ...errorResponses(401, 404) },
    },
    handler: async (request, reply) => {
      await sessions.revokeSession(ctx, requireActor(request), request.params.id);
      return reply.code(204).send(null);
    },
  });
}
