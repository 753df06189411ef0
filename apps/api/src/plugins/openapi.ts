import swagger from '@fastify/swagger';
import { ProblemSchema } from '@innobridge/contracts';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isLocale } from '../lib/i18n.js';
import { localizeDocument, registerDocsUi } from './openapi-docs.js';

/** Error answers a route may give, for its OpenAPI description (every route also may answer 500). */
export function errorResponses(...statuses: number[]) {
  return Object.fromEntries([...statuses, 500].map((s) => [s, ProblemSchema])) as Record<number, typeof ProblemSchema>;
}

/** The OpenAPI 3.1 document at /api/openapi.json and a self-hosted docs UI at /api/docs, in three languages. */
export async function registerOpenApi(app: FastifyInstance) {
  // Operations whose body may be left out (their schema takes no body): the generator marks every
  // body required, so the document is corrected once it is built.
  const optionalBodies: { path: string; method: string }[] = [];
  app.addHook('onRoute', (route) => {
    const body = route.schema?.body;
    if (!(body instanceof z.ZodType) || !body.safeParse(undefined).success) return;
    const path = route.url.replace(/:(\w+)/g, '{$1}');
    for (const method of [route.method].flat()) optionalBodies.push({ path, method: method.toLowerCase() });
  });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Innobridge API',
        version: '1.0.0',
        description:
          'The Moscow–Zhongguancun cooperation platform. Errors are application/problem+json (RFC 9457) with a stable `code` and a message in the language of Accept-Language.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'ib_session' },
          apiToken: { type: 'http', scheme: 'bearer', description: 'A personal API token (ib_…)' },
        },
      },
      security: [{ session: [] }, { apiToken: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: (input) => {
      const document = jsonSchemaTransformObject(input) as {
        paths?: Record<string, Record<string, { requestBody?: { required?: boolean } }>>;
      };
      for (const { path, method } of optionalBodies) {
        const body = document.paths?.[path]?.[method]?.requestBody;
        if (body) body.required = false;
      }
      return document as ReturnType<typeof jsonSchemaTransformObject>;
    },
  });
  await registerDocsUi(app);
  // In English unless a language is asked for with ?lang=: tools that generate clients from the
  // document keep stable section names whatever their machine's language.
  app.get('/api/openapi.json', { schema: { hide: true } }, async (request) => {
    const lang = (request.query as { lang?: unknown }).lang;
    return isLocale(lang) ? localizeDocument(structuredClone(app.swagger()), lang) : app.swagger();
  });
}
