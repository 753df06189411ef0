import { Translation, TranslationRequest, TranslationSettings } from '@innobridge/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../app-context.js';
import { requireActor } from '../../lib/actor.js';
import { errorResponses, publicOperation } from '../../plugins/openapi.js';
import { providerFor } from './translation.providers.js';
import * as translation from './translation.service.js';

export type TranslationModuleDeps = Pick<translation.TranslationDeps, 'readText'>;

/**
 * Machine translation of what people wrote, through the service the operator configured (ADR 0023).
 * Without one the settings say so and a translation request answers `translation_not_configured`.
 */
export function registerTranslationRoutes(app: FastifyInstance, ctx: AppContext, deps: TranslationModuleDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['translation'];
  const full: translation.TranslationDeps = {
    ...deps,
    provider: providerFor(ctx.config.translation),
    logFailure: (error) => app.log.warn({ err: error }, 'the translation service gave no translation'),
  };

  r.get('/api/v1/translations/settings', {
    schema: {
      ...publicOperation,
      tags,
      summary: 'Whether this platform offers machine translation',
      response: { 200: TranslationSettings, ...errorResponses() },
    },
    handler: async () => translation.translationSettings(full),
  });

  r.post('/api/v1/translations', {
    schema: {
      tags,
      summary: 'A machine translation of a text the reader may see, named by reference (cached)',
      body: TranslationRequest,
      response: { 200: Translation, ...errorResponses(401, 404, 422, 429, 503) },
    },
    handler: async (request) => translation.translate(ctx, full, requireActor(request), request.body),
  });
}
