import { SaveTaxonomyAreaBody, TaxonomyArea, TaxonomyCodeParam, TaxonomyList } from '@innobridge/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../app-context.js';
import { requireActor } from '../../lib/actor.js';
import { errorResponses, publicOperation } from '../../plugins/openapi.js';
import { registerGlossaryRoutes } from './glossary/glossary.routes.js';
import { listTaxonomy, saveArea } from './matching.service.js';

export function registerMatchingRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['taxonomy'];

  r.get('/api/v1/taxonomy', {
    // A public list: visitors' answers are kept for a moment (plugins/public-cache.ts).
    config: { publicCache: true },
    schema: {
      ...publicOperation,
      tags,
      summary: 'The trilingual technology taxonomy (two levels, with synonyms)',
      response: { 200: TaxonomyList, ...errorResponses() },
    },
    handler: async () => ({
      items: (await listTaxonomy(ctx)).map((a) => ({
        code: a.code,
        parent: a.parent,
        label: a.label,
        synonyms: a.synonyms,
      })),
    }),
  });

  r.put('/api/v1/taxonomy/:code', {
    schema: {
      tags,
      summary: 'Add or change an area (admins)',
      params: TaxonomyCodeParam,
      body: SaveTaxonomyAreaBody,
      response: { 200: TaxonomyArea, ...errorResponses(401, 403, 422) },
    },
    handler: async (request) => {
      const row = await saveArea(ctx, requireActor(request), { code: request.params.code, ...request.body });
      return { code: row.code, parent: row.parent, label: row.label, synonyms: row.synonyms };
    },
  });

  registerGlossaryRoutes(app, ctx);
}
