import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { ProblemSchema } from '@innobridge/contracts';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';

/** Error answers a route may give, for its OpenAPI description (every route also may answer 500). */
export function errorResponses(...statuses: number[]) {
  return Object.fromEntries([...statuses, 500].map((s) => [s, ProblemSchema])) as Record<number, typeof ProblemSchema>;
}

/** The OpenAPI 3.1 document at /api/openapi.json and a self-hosted docs UI at /api/docs. */
export async function registerOpenApi(app: FastifyInstance) {
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
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}
