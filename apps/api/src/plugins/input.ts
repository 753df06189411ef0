import type { FastifyInstance } from 'fastify';
import { assertStorableText } from '../lib/text-input.js';

/**
 * The one check of text input at the edge (ADR 0015): before any route validates or handles a
 * request, every string in its path parameters, query and parsed body — object keys included — must
 * be text the database can store. Otherwise the answer is a 422 naming the fields, and nothing runs.
 * Multipart forms are read by their routes, and checked the same way there (lib/uploads.ts).
 */
export function registerInputChecks(app: FastifyInstance) {
  app.addHook('preValidation', async (request) => {
    assertStorableText({ params: request.params, querystring: request.query, body: request.body });
  });
}
