import { OpportunityList, RegistryPage, RegistryQuery } from '@innobridge/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../../app-context.js';
import { errorResponses, publicOperation, signInOptional } from '../../../plugins/openapi.js';
import { cardOpportunities, publicRegistry, registryExport } from './public-registry.service.js';

const tags = ['registry'];

/** The public registry and its export, open to visitors. */
export function registerPublicRegistryRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/v1/registry', {
    // A public list: visitors' answers are kept for a moment (plugins/public-cache.ts).
    config: { publicCache: true },
    schema: {
      ...publicOperation,
      tags,
      summary: 'The public registry: participants and partners, searchable in every language',
      querystring: RegistryQuery,
      response: { 200: RegistryPage, ...errorResponses(422) },
    },
    handler: async (request) => publicRegistry(ctx, request.query),
  });

  r.get('/api/v1/registry/organizations/:id/opportunities', {
    // Public for an organisation the registry shows: visitors' answers are kept for a moment.
    config: { publicCache: true },
    schema: {
      ...signInOptional,
      tags,
      summary: "An organisation's published opportunities, as its public card lists them",
      params: z.object({ id: z.uuid() }),
      response: { 200: OpportunityList, ...errorResponses(404, 422) },
    },
    handler: async (request) => cardOpportunities(ctx, request.actor, request.params.id),
  });

  r.get('/api/v1/registry/export', {
    // A public list: visitors' answers are kept for a moment (plugins/public-cache.ts).
    config: { publicCache: true },
    schema: {
      ...publicOperation,
      tags,
      summary: 'The public registry as CSV (UTF-8 with BOM) or JSON, with the same filters',
      querystring: RegistryQuery.omit({ cursor: true, limit: true }).extend({
        format: z.enum(['csv', 'json']).default('csv'),
      }),
      response: { 200: z.string().describe('text/csv or application/json'), ...errorResponses(422) },
    },
    handler: async (request, reply) => {
      const file = await registryExport(ctx, request.query, request.query.format, request.locale);
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .send(file.body as never);
    },
  });
}
