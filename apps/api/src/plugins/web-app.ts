import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { AppError } from '../lib/app-error.js';

// The web app may load nothing from another origin; the browser enforces it with this policy.
const CONTENT_SECURITY_POLICY =
  "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

/** Hashed by the build: a new version has a new name, so a browser may keep each for a year unasked. */
const HASHED_ASSETS = '/assets/';
const A_YEAR = { maxAge: '365d', immutable: true };

/**
 * Serves the built web app, with every non-API path falling back to its index (client-side routes).
 * Files go out brotli- or gzip-compressed when the build wrote those forms beside them and the browser
 * takes them; the hashed assets are kept by the browser for a year, the index is asked for each time.
 */
export async function registerWebApp(app: FastifyInstance, webDist: string) {
  if (!fs.existsSync(path.join(webDist, 'index.html'))) return;
  await app.register(fastifyStatic, { root: webDist, serve: false, preCompressed: true });
  app.addHook('onSend', async (request, reply, payload) => {
    if (!request.url.startsWith('/api/')) {
      reply.header('content-security-policy', CONTENT_SECURITY_POLICY);
      reply.header('x-content-type-options', 'nosniff');
      reply.header('referrer-policy', 'same-origin');
    }
    return payload;
  });
  const serveIndex = async (_request: unknown, reply: FastifyReply) => {
    reply.header('cache-control', 'no-cache');
    return reply.sendFile('index.html', { cacheControl: false });
  };
  // The web app's pages are not operations of the API: its document leaves them out.
  const page = { schema: { hide: true } };
  app.get('/', page, serveIndex);
  app.get('/*', page, async (request, reply) => {
    if (request.url.startsWith('/api/')) throw new AppError('not_found');
    const file = fileOf(webDist, request.url);
    if (file && fs.existsSync(file) && fs.statSync(file).isFile()) {
      const hashed = request.url.startsWith(HASHED_ASSETS);
      if (!hashed) reply.header('cache-control', 'no-cache');
      return reply.sendFile(path.relative(webDist, file), hashed ? A_YEAR : { cacheControl: false });
    }
    return serveIndex(request, reply);
  });
}

/** The built file a path names, or null when it names none (outside the build, or not decodable). */
function fileOf(webDist: string, url: string): string | null {
  try {
    const file = path.join(webDist, path.normalize(decodeURIComponent(url.split('?')[0] ?? '')));
    return file.startsWith(webDist) ? file : null;
  } catch {
    return null;
  }
}
