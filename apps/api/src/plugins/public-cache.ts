import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Clock } from '../lib/clock.js';

/**
 * Visitors' answers from the public lists (routes with `config: { publicCache: true }`), kept for a
 * moment and served again to the next visitor who asks the same: under load, most visitors ask what
 * others just asked, and each answer costs the database several statements. Only anonymous GETs are
 * kept and served; a signed-in user always gets a fresh answer. Any change made through this instance
 * (a successful POST, PUT, PATCH or DELETE) drops every kept answer; another instance's change, or a
 * background job's, shows within `ttlMs` (ADR 0019).
 */

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Anonymous answers of this route may be kept and served again for a moment. */
    publicCache?: boolean;
  }
}

type Kept = { at: number; payload: string | Buffer; contentType: string };

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** Enough for every list, filter and page people ask for in a moment; the oldest leave first. */
const MAX_ENTRIES = 2000;

/** Nobody signed in: the auth plugin (registered first) found no session and no token. */
const isVisitor = (request: FastifyRequest) => request.actor === null;

export function registerPublicCache(app: FastifyInstance, options: { ttlMs: number; clock: Clock }) {
  if (options.ttlMs <= 0) return;
  const kept = new Map<string, Kept>();
  // An answer read before a change and sent after it is not kept: each change starts a generation.
  let generation = 0;
  const readIn = new WeakMap<FastifyRequest, number>();
  const keyOf = (request: FastifyRequest) => `${request.locale}\n${request.url}`;
  const cacheable = (request: FastifyRequest) =>
    request.method === 'GET' && request.routeOptions.config?.publicCache === true && isVisitor(request);

  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    if (!cacheable(request)) return;
    readIn.set(request, generation);
    const hit = kept.get(keyOf(request));
    if (!hit) return;
    if (options.clock.now().getTime() - hit.at >= options.ttlMs) {
      kept.delete(keyOf(request));
      return;
    }
    return reply.code(200).header('content-type', hit.contentType).header('x-cache', 'hit').send(hit.payload);
  });

  app.addHook('onSend', async (request, reply, payload) => {
    if (UNSAFE.has(request.method)) {
      if (reply.statusCode < 400) {
        generation += 1;
        kept.clear();
      }
      return payload;
    }
    if (reply.statusCode !== 200 || reply.getHeader('x-cache') || readIn.get(request) !== generation) return payload;
    if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload;
    if (kept.size >= MAX_ENTRIES) kept.delete(kept.keys().next().value as string);
    kept.set(keyOf(request), {
      at: options.clock.now().getTime(),
      payload,
      contentType: String(reply.getHeader('content-type') ?? 'application/json; charset=utf-8'),
    });
    return payload;
  });
}
