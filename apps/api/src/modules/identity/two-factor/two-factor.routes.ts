import {
  RecoveryCodes,
  TwoFactorCodeBody,
  TwoFactorDisableBody,
  TwoFactorSetup,
  TwoFactorSetupBody,
} from '@innobridge/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../../app-context.js';
import { requireSession } from '../../../lib/actor.js';
import { errorResponses } from '../../../plugins/openapi.js';
import * as twoFactor from './two-factor.service.js';

/**
 * Turning two-factor sign-in on and off, and replacing the recovery codes, for the signed-in user: in a
 * session only, never with an API token (a token must not change how its owner signs in).
 */
export function registerTwoFactorRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['identity'];

  r.post('/api/v1/me/two-factor/setup', {
    schema: {
      tags,
      summary: 'Start turning two-factor sign-in on: a new secret for the authenticator app',
      body: TwoFactorSetupBody,
      response: { 200: TwoFactorSetup, ...errorResponses(401, 403, 409, 422, 429) },
    },
    handler: async (request) => twoFactor.startTwoFactorSetup(ctx, requireSession(request), request.body),
  });

  r.post('/api/v1/me/two-factor/enable', {
    schema: {
      tags,
      summary: 'Turn two-factor sign-in on with a code from the app; returns the recovery codes, once',
      body: TwoFactorCodeBody,
      response: { 200: RecoveryCodes, ...errorResponses(401, 403, 409, 422, 429) },
    },
    handler: async (request) => twoFactor.enableTwoFactor(ctx, requireSession(request), request.body),
  });

  r.post('/api/v1/me/two-factor/disable', {
    schema: {
      tags,
      summary: 'Turn two-factor sign-in off (not for admins, who must use it)',
      body: TwoFactorDisableBody,
      response: { 204: z.null(), ...errorResponses(401, 403, 409, 422, 429) },
    },
    handler: async (request, reply) => {
      await twoFactor.disableTwoFactor(ctx, requireSession(request), request.body);
      return reply.code(204).send(null);
    },
  });

  r.post('/api/v1/me/two-factor/recovery-codes', {
    schema: {
      tags,
      summary: 'Replace the recovery codes (the old ones stop working); returns the new ones, once',
      body: TwoFactorCodeBody,
      response: { 200: RecoveryCodes, ...errorResponses(401, 403, 409, 422, 429) },
    },
    handler: async (request) => twoFactor.regenerateRecoveryCodes(ctx, requireSession(request), request.body),
  });
}
