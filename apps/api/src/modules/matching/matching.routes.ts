import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app-context.js';
import { requireActor } from '../../lib/actor.js';
import { errorResponses } from '../../plugins/openapi.js';
import { listTaxonomy, saveArea } from './matching.service.js';

const Terms = z.object({
  ru: z.string().trim().min(1).max(200),
  zh: z.string().trim().min(1).max(200),
  en: z.string().trim().min(1).max(200),
});
const Synonyms = z.object({
  ru: z.array(z.string().trim().min(1).max(200)).max(30),
  zh: z.array(z.string().trim().min(1).max(200)).max(30),
  en: z.array(z.string().trim().min(1).max(200)).max(30),
});
const Area = z
  .object({ code: z.string(), parent: z.string().nullable(), label: Terms, synonyms: Synonyms })
  .meta({ id: 'TaxonomyArea' });

export function registerMatchingRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['taxonomy'];

  r.get('/api/v1/taxonomy', {
    // A public list: visitors' answers are kept for a moment (plugins/public-cache.ts).
    config: { publicCache: true },
    schema: {
      tags,
      summary: 'The trilingual technology taxonomy (two levels, with synonyms)',
      response: { 200: z.object({ items: z.array(Area) }), ...errorResponses() },
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
      params: z.object({ code: z.string().regex(/^[a-z0-9-]+(\.[a-z0-9-]+)?$/) }),
      body: z.object({ parent: z.string().nullable(), label: Terms, synonyms: Synonyms }),
      response: { 200: Area, ...errorResponses(401, 403, 422) },
    },
    handler: async (request) => {
      const row = await saveArea(ctx, requireActor(request), { code: request.params.code, ...request.body });
      return { code: row.code, parent: row.parent, label: row.label, synonyms: row.synonyms };
    },
  });
}
