import { OperatorJurisdiction, RegistrySettings } from '@innobridge/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../../app-context.js';
import { requireActor } from '../../../lib/actor.js';
import { errorResponses } from '../../../plugins/openapi.js';
import { readSettings, updateSettings } from './settings.service.js';

const tags = ['registry'];

/** The registry rules of each operator jurisdiction. */
export function registerSettingsRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/v1/registry/settings/:jurisdiction', {
    schema: {
      tags,
      summary: 'Registry rules of a jurisdiction',
      params: z.object({ jurisdiction: OperatorJurisdiction }),
      response: { 200: RegistrySettings, ...errorResponses(401, 403) },
    },
    handler: async (request) => readSettings(ctx, requireActor(request), request.params.jurisdiction),
  });

  r.put('/api/v1/registry/settings/:jurisdiction', {
    schema: {
      tags,
      summary: 'Change the registry rules of a jurisdiction (admins)',
      params: z.object({ jurisdiction: OperatorJurisdiction }),
      body: RegistrySettings,
      response: { 200: RegistrySettings, ...errorResponses(401, 403, 422) },
    },
    handler: async (request) => updateSettings(ctx, requireActor(request), request.params.jurisdiction, request.body),
  });
}
