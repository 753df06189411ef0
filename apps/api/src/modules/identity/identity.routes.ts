import {
  AdminUser,
  ApiTokenInfo,
  ChangePasswordBody,
  CreateApiTokenBody,
  CreatedApiToken,
  CursorQuery,
  EmailBody,
  FreshSecondFactorBody,
  GrantRoleBody,
  LoginBody,
  Me,
  type Membership,
  Page,
  PasswordResetBody,
  RoleGrant,
  SessionInfo,
  SignInChallenge,
  SignInCodeBody,
  SignupBody,
  TokenBody,
  UpdateMeBody,
} from '@innobridge/contracts';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app-context.js';
import { requireActor, requireSession, SESSION_COOKIE } from '../../lib/actor.js';
import { decodeTimeIdCursor, toPage } from '../../lib/pagination.js';
import { errorResponses } from '../../plugins/openapi.js';
import type { RoleGrantRow } from './identity.repository.js';
import * as identity from './identity.service.js';
import { registerTwoFactorRoutes } from './two-factor.routes.js';
import { resetTwoFactor, twoFactorState } from './two-factor.service.js';

type MembershipOut = z.infer<typeof Membership>;
export type IdentityRouteDeps = { membershipsOf(userId: string): Promise<MembershipOut[]> };

const grantOut = (g: RoleGrantRow) => ({
  id: g.id,
  role: g.role,
  jurisdiction: g.jurisdiction,
  grantedAt: g.grantedAt.toISOString(),
});

const IdParam = z.object({ id: z.uuid() });
/** A DELETE may come without a body: no code given then. */
const OptionalFreshSecondFactor = z.preprocess((body) => body ?? {}, FreshSecondFactorBody);
const Accepted = z.object({ status: z.string() });

export function registerIdentityRoutes(app: FastifyInstance, ctx: AppContext, deps: IdentityRouteDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['identity'];

  async function meOf(userId: string) {
    const { user, grants } = await identity.getUser(ctx, userId);
    return {
      id: user.id,
      email: user.email,
      displayName: user.displayName,
      locale: user.locale as z.infer<typeof Me>['locale'],
      timeZone: user.timeZone,
      emailConfirmed: !!user.emailConfirmedAt,
      roles: grants.map(grantOut),
      twoFactor: await twoFactorState(ctx, user, grants),
      memberships: await deps.membershipsOf(user.id),
    };
  }

  const setSessionCookie = (reply: FastifyReply, token: string, expiresAt: Date) =>
    reply.setCookie(SESSION_COOKIE, token, {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: ctx.config.secureCookies,
      expires: expiresAt,
    });

  r.post('/api/v1/auth/signup', {
    schema: {
      tags,
      summary: 'Sign up; a confirmation link is sent by e-mail',
      body: SignupBody,
      response: { 202: Accepted, ...errorResponses(422, 429) },
    },
    handler: async (request, reply) => {
      await identity.signup(ctx, { ...request.body, locale: request.body.locale ?? request.locale });
      return reply.code(202).send({ status: 'confirmation_sent' });
    },
  });

  r.post('/api/v1/auth/confirm-email', {
    schema: {
      tags,
      summary: 'Confirm an e-mail address with the token from the link',
      body: TokenBody,
      response: { 200: z.object({ confirmed: z.boolean() }), ...errorResponses(400, 422) },
    },
    handler: async (request) => {
      await identity.confirmEmail(ctx, request.body.token);
      return { confirmed: true };
    },
  });

  r.post('/api/v1/auth/resend-confirmation', {
    schema: {
      tags,
      summary: 'Send the confirmation link again',
      body: EmailBody,
      response: { 202: Accepted, ...errorResponses(422, 429) },
    },
    handler: async (request, reply) => {
      await identity.resendConfirmation(ctx, request.body.email, request.ip);
      return reply.code(202).send({ status: 'sent_if_registered' });
    },
  });

  r.post('/api/v1/auth/login', {
    schema: {
      tags,
      summary: 'Sign in; sets the session cookie, or asks for a code when two-factor sign-in is on',
      body: LoginBody,
      response: { 200: z.union([Me, SignInChallenge]), ...errorResponses(401, 403, 422, 429) },
    },
    handler: async (request, reply) => {
      const result = await identity.login(ctx, {
        ...request.body,
        ip: request.ip,
        userAgent: request.headers['user-agent'] ?? null,
      });
      if (!('sessionToken' in result)) {
        return {
          twoFactorRequired: true as const,
          challengeToken: result.challengeToken,
          expiresAt: result.expiresAt.toISOString(),
        };
      }
      setSessionCookie(reply, result.sessionToken, result.expiresAt);
      return meOf(result.userId);
    },
  });

  r.post('/api/v1/auth/login/two-factor', {
    schema: {
      tags,
      summary: 'Second step of signing in: a code from the authenticator app or a recovery code',
      body: SignInCodeBody,
      response: { 200: Me, ...errorResponses(401, 422, 429) },
    },
    handler: async (request, reply) => {
      const result = await identity.completeSignIn(ctx, {
        ...request.body,
        ip: request.ip,
        userAgent: request.headers['user-agent'] ?? null,
      });
      setSessionCookie(reply, result.sessionToken, result.expiresAt);
      return meOf(result.userId);
    },
  });

  r.post('/api/v1/auth/logout', {
    schema: { tags, summary: 'Sign out of this session', response: { 204: z.null(), ...errorResponses(403) } },
    handler: async (request, reply) => {
      if (request.actor) await identity.logout(ctx, request.actor);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.code(204).send(null);
    },
  });

  r.post('/api/v1/auth/password-reset/request', {
    schema: {
      tags,
      summary: 'Send a password reset link (at most three an hour to one e-mail)',
      body: EmailBody,
      response: { 202: Accepted, ...errorResponses(422, 429) },
    },
    handler: async (request, reply) => {
      await identity.requestPasswordReset(ctx, request.body.email, request.ip);
      return reply.code(202).send({ status: 'sent_if_registered' });
    },
  });

  r.post('/api/v1/auth/password-reset/confirm', {
    schema: {
      tags,
      summary: 'Set a new password with the token from the link',
      body: PasswordResetBody,
      response: { 204: z.null(), ...errorResponses(400, 422) },
    },
    handler: async (request, reply) => {
      await identity.resetPassword(ctx, request.body.token, request.body.password);
      return reply.code(204).send(null);
    },
  });

  r.get('/api/v1/me', {
    schema: { tags, summary: 'The signed-in user', response: { 200: Me, ...errorResponses(401) } },
    handler: async (request) => meOf(requireActor(request).userId),
  });

  r.patch('/api/v1/me', {
    schema: {
      tags,
      summary: 'Update name, language or time zone',
      body: UpdateMeBody,
      response: { 200: Me, ...errorResponses(401, 422) },
    },
    handler: async (request) => {
      const actor = requireActor(request);
      await identity.updateProfile(ctx, actor, request.body);
      return meOf(actor.userId);
    },
  });

  r.post('/api/v1/me/password', {
    schema: {
      tags,
      summary: 'Change the password; other sessions are signed out',
      body: ChangePasswordBody,
      response: { 204: z.null(), ...errorResponses(401, 422) },
    },
    handler: async (request, reply) => {
      await identity.changePassword(ctx, requireActor(request), request.body);
      return reply.code(204).send(null);
    },
  });

  registerTwoFactorRoutes(app, ctx);

  r.get('/api/v1/me/sessions', {
    schema: {
      tags,
      summary: 'My active sessions',
      response: { 200: z.object({ items: z.array(SessionInfo) }), ...errorResponses(401) },
    },
    handler: async (request) => {
      const actor = requireActor(request);
      const rows = await identity.listSessions(ctx, actor);
      return {
        items: rows.map((s) => ({
          id: s.id,
          createdAt: s.createdAt.toISOString(),
          lastSeenAt: s.lastSeenAt.toISOString(),
          expiresAt: s.expiresAt.toISOString(),
          userAgent: s.userAgent,
          ip: s.ip,
          current: s.id === actor.sessionId,
        })),
      };
    },
  });

  r.delete('/api/v1/me/sessions/:id', {
    schema: {
      tags,
      summary: 'Revoke one of my sessions',
      params: IdParam,
      response: { 204: z.null(), ...errorResponses(401, 404) },
    },
    handler: async (request, reply) => {
      await identity.revokeSession(ctx, requireActor(request), request.params.id);
      return reply.code(204).send(null);
    },
  });

  const tokenOut = (t: identity.ApiTokenRowOut) => ({
    id: t.id,
    name: t.name,
    prefix: t.prefix,
    scopes: t.scopes as z.infer<typeof ApiTokenInfo>['scopes'],
    createdAt: t.createdAt.toISOString(),
    expiresAt: t.expiresAt.toISOString(),
    lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
  });

  r.get('/api/v1/me/api-tokens', {
    schema: {
      tags,
      summary: 'My personal API tokens',
      response: { 200: z.object({ items: z.array(ApiTokenInfo) }), ...errorResponses(401) },
    },
    handler: async (request) => ({ items: (await identity.listApiTokens(ctx, requireActor(request))).map(tokenOut) }),
  });

  r.post('/api/v1/me/api-tokens', {
    schema: {
      tags,
      summary:
        'Create a personal API token with scopes and an expiry (the secret is shown once); in a signed-in session, with a fresh second factor when two-factor sign-in is on',
      body: CreateApiTokenBody,
      response: { 201: CreatedApiToken, ...errorResponses(401, 403, 422, 429) },
    },
    handler: async (request, reply) => {
      const created = await identity.createApiToken(ctx, requireSession(request), request.body);
      return reply.code(201).send({ ...tokenOut(created), token: created.token });
    },
  });

  r.delete('/api/v1/me/api-tokens/:id', {
    schema: {
      tags,
      summary: 'Revoke a personal API token',
      params: IdParam,
      response: { 204: z.null(), ...errorResponses(401, 404) },
    },
    handler: async (request, reply) => {
      await identity.revokeApiToken(ctx, requireActor(request), request.params.id);
      return reply.code(204).send(null);
    },
  });

  const adminTags = ['admin'];
  // Administration is never done with an API token (see ADR 0016).
  const admin = { tokenArea: 'admin' } as const;

  r.get('/api/v1/admin/users', {
    config: admin,
    schema: {
      tags: adminTags,
      summary: 'Users, newest first, searchable by e-mail or name',
      querystring: CursorQuery.extend({ q: z.string().trim().max(120).optional() }),
      response: { 200: Page(AdminUser), ...errorResponses(401, 403, 422) },
    },
    handler: async (request) => {
      const after = decodeTimeIdCursor(request.query.cursor);
      const { rows, grants } = await identity.listUsers(ctx, requireActor(request), {
        q: request.query.q,
        after,
        limit: request.query.limit,
      });
      const page = toPage(rows, request.query.limit, (u) => [u.createdAt.toISOString(), u.id]);
      return {
        nextCursor: page.nextCursor,
        items: page.items.map((u) => ({
          id: u.id,
          email: u.email,
          displayName: u.displayName,
          emailConfirmed: !!u.emailConfirmedAt,
          twoFactorEnabled: !!u.twoFactorEnabledAt,
          createdAt: u.createdAt.toISOString(),
          roles: grants.filter((g) => g.userId === u.id).map(grantOut),
        })),
      };
    },
  });

  r.post('/api/v1/admin/users/:id/roles', {
    config: admin,
    schema: {
      tags: adminTags,
      summary: 'Grant a platform role (in a signed-in session, with a fresh second factor)',
      params: IdParam,
      body: GrantRoleBody,
      response: { 201: RoleGrant, ...errorResponses(401, 403, 404, 422, 429) },
    },
    handler: async (request, reply) => {
      const grant = await identity.grantRole(ctx, requireActor(request), {
        userId: request.params.id,
        role: request.body.role,
        jurisdiction: request.body.jurisdiction ?? null,
        code: request.body.code,
      });
      return reply.code(201).send(grantOut(grant));
    },
  });

  r.delete('/api/v1/admin/users/:id/two-factor', {
    config: admin,
    schema: {
      tags: adminTags,
      summary:
        "Turn a user's two-factor sign-in off, for someone who lost the app and the recovery codes (in a signed-in session, with a fresh second factor)",
      params: IdParam,
      body: OptionalFreshSecondFactor,
      response: { 204: z.null(), ...errorResponses(401, 403, 404, 409, 422, 429) },
    },
    handler: async (request, reply) => {
      await resetTwoFactor(ctx, requireActor(request), request.params.id, request.body?.code);
      return reply.code(204).send(null);
    },
  });

  r.delete('/api/v1/admin/users/:id/roles/:grantId', {
    config: admin,
    schema: {
      tags: adminTags,
      summary: 'Revoke a platform role (in a signed-in session, with a fresh second factor)',
      params: IdParam.extend({ grantId: z.uuid() }),
      body: OptionalFreshSecondFactor,
      response: { 204: z.null(), ...errorResponses(401, 403, 404, 422, 429) },
    },
    handler: async (request, reply) => {
      await identity.revokeRole(ctx, requireActor(request), {
        userId: request.params.id,
        grantId: request.params.grantId,
        code: request.body?.code,
      });
      return reply.code(204).send(null);
    },
  });
}
