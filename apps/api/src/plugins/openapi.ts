import swagger from '@fastify/swagger';
import { ProblemSchema } from '@innobridge/contracts';
import { resources } from '@innobridge/i18n';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isLocale } from '../lib/i18n.js';
import { localizeDocument, registerDocsUi } from './openapi-docs.js';

/** Error answers a route may give, for its OpenAPI description (every route also may answer 500). */
export function errorResponses(...statuses: number[]) {
  return Object.fromEntries([...statuses, 500].map((s) => [s, ProblemSchema])) as Record<number, typeof ProblemSchema>;
}

/**
 * Who may call an operation, for its OpenAPI description. The document's default is a session or an
 * API token; a route open to everyone spreads `publicOperation` into its schema, one that answers
 * everyone but says more to a signed-in caller spreads `signInOptional`.
 */
export const publicOperation = { security: [] as Record<string, string[]>[] };
export const signInOptional = { security: [{}, { session: [] }, { apiToken: [] }] as Record<string, string[]>[] };

// The English document's words are the documentation's English messages: one text, also translated.
const { description: DESCRIPTION, session: SESSION, apiToken: API_TOKEN } = resources.en.apidocs;

type Document = {
  paths?: Record<string, Record<string, { requestBody?: { required?: boolean } }>>;
  components?: { schemas?: Record<string, unknown> };
};

/**
 * The generator adds an input twin (`XInput`) for every named schema, whether or not an operation
 * takes it: keep only the named schemas the operations reach, directly or through other schemas.
 */
function dropUnreachableSchemas(document: Document) {
  const schemas = document.components?.schemas;
  if (!schemas) return;
  const refsIn = (value: unknown) =>
    [...JSON.stringify(value).matchAll(/"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1] as string);
  const reached = new Set<string>();
  const pending = refsIn(document.paths);
  while (pending.length > 0) {
    const name = pending.pop() as string;
    if (reached.has(name)) continue;
    reached.add(name);
    pending.push(...refsIn(schemas[name]));
  }
  for (const name of Object.keys(schemas)) if (!reached.has(name)) delete schemas[name];
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
        description: DESCRIPTION,
      },
      components: {
        securitySchemes: {
          session: {
            type: 'apiKey',
            in: 'cookie',
            name: 'ib_session',
            description: SESSION,
          },
          apiToken: { type: 'http', scheme: 'bearer', description: API_TOKEN },
        },
      },
      security: [{ session: [] }, { apiToken: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: (input) => {
      const document = jsonSchemaTransformObject(input) as Document;
      for (const { path, method } of optionalBodies) {
        const body = document.paths?.[path]?.[method]?.requestBody;
        if (body) body.required = false;
      }
      dropUnreachableSchemas(document);
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
