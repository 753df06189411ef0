import { ApiTokenList, CreateApiTokenBody, CreatedApiToken } from '@innobridge/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../../app-context.js';
import { requireActor, requireSession } from '../../../lib/actor.js';
import { errorResponses } from '../../../plugins/openapi.js';
import * as apiTokens from './api-tokens.service.js';

const tags = ['identity'];
const IdParam = z.object({ id: z.uuid() });

/** The signed-in user's personal API tokens. */
export function registerApiTokenRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/v1/me/api-tokens', {
    schema: {
      tags,
      summary: 'My personal API tokens',
      response: { 200: ApiTokenList, ...errorResponses(401) },
    },
    handler: async (request) => apiTokens.listApiTokens(ctx, requireActor(request)),
  });

  r.post('/api/v1/me/api-tokens', {
    schema: {
      tags,
      summary:
        'Create a personal API token with scopes and an expiry (the secret is shown once); in a signed-in session, with a fresh second factor when two-factor sign-in is on',
      body: CreateApiTokenBody,
      response: { 201: CreatedApiToken, ...errorResponses(401, 403, 422, 429) },
    },
    handler: async (request, reply) =>
      reply.code(201).send(await apiTokens.createApiToken(ctx, requireSession(request), request.body)),
  });

  r.delete('/api/v1/me/api-tokens/:id', {
    schema: {
      tags,
      summary: 'Revoke a personal API token',
      params: IdParam,
      response: { 204: z.null(), ...errorResponses(401, 404) },
    },
    handler: async (request, reply) => {
      await apiTokens.revokeApiToken(ctx, requireActor(request), request.params.id);
      return reply.code(204).send(null);
    },
  });
}
