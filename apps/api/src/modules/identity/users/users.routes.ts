import { AdminUserPage, CursorQuery, FreshSecondFactorBody, GrantRoleBody, RoleGrant } from '@innobridge/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../../app-context.js';
import { requireActor } from '../../../lib/actor.js';
import { errorResponses } from '../../../plugins/openapi.js';
import { resetTwoFactor } from '../two-factor/two-factor.service.js';
import * as users from './users.service.js';

const IdParam = z.object({ id: z.uuid() });
/** A DELETE may come without a body: no code given then. */
const OptionalFreshSecondFactor = z.preprocess((body) => body ?? {}, FreshSecondFactorBody);

/** Administration of people: the user list, platform roles, and resetting a lost second factor. */
export function registerUserAdminRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['admin'];
  // Administration is never done with an API token (see ADR 0016).
  const admin = { tokenArea: 'admin' } as const;

  r.get('/api/v1/admin/users', {
    config: admin,
    schema: {
      tags,
      summary: 'Users, newest first, searchable by e-mail or name',
      querystring: CursorQuery.extend({ q: z.string().trim().max(120).optional() }),
      response: { 200: AdminUserPage, ...errorResponses(401, 403, 422) },
    },
    handler: async (request) => users.listUsers(ctx, requireActor(request), request.query),
  });

  r.post('/api/v1/admin/users/:id/roles', {
    config: admin,
    schema: {
      tags,
      summary: 'Grant a platform role (in a signed-in session, with a fresh second factor)',
      params: IdParam,
      body: GrantRoleBody,
      response: { 201: RoleGrant, ...errorResponses(401, 403, 404, 422, 429) },
    },
    handler: async (request, reply) => {
      const grant = await users.grantRole(ctx, requireActor(request), {
        userId: request.params.id,
        role: request.body.role,
        jurisdiction: request.body.jurisdiction ?? null,
        code: request.body.code,
      });
      return reply.code(201).send(grant);
    },
  });

  r.delete('/api/v1/admin/users/:id/two-factor', {
    config: admin,
    schema: {
      tags,
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
      tags,
      summary: 'Revoke a platform role (in a signed-in session, with a fresh second factor)',
      params: IdParam.extend({ grantId: z.uuid() }),
      body: OptionalFreshSecondFactor,
      response: { 204: z.null(), ...errorResponses(401, 403, 404, 422, 429) },
    },
    handler: async (request, reply) => {
      await users.revokeRole(ctx, requireActor(request), {
        userId: request.params.id,
        grantId: request.params.grantId,
        code: request.body?.code,
      });
      return reply.code(204).send(null);
    },
  });
}
