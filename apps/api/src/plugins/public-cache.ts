import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Clock } from '../lib/clock.js';

/**
 * Visitors' answers from the public lists (routes with `config: { publicCache: true }`), kept for a
 * moment and served again to the next visitor who asks the same: under load, most visitors ask what
 * others just asked, and each answer costs the database several statements. Only anonymous GETs are
 * kept and served; a signed-in user always gets a fresh answer. Any change made through this instance
 * (a successful POST, PUT, PATCH or DELETE) drops every kept answer; another instance's change, or a
 * background job's, shows within `ttlMs` (ADR 0019).
 *
 * Visitors who ask the same while its answer is being read wait for that answer instead of reading it
 * again (one flight per question): when an answer expires under load, the database reads it once, not
 * once for each of the fifty visitors who asked meanwhile.
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

/** An answer being read: what the visitors who ask the same meanwhile will be sent, or null to read their own. */
type Flight = { promise: Promise<Kept | null>; land(answer: Kept | null): void };

function newFlight(): Flight {
  let land: (answer: Kept | null) => void = () => {};
  const promise = new Promise<Kept | null>((resolve) => {
    land = resolve;
  });
  return { promise, land };
}

export function registerPublicCache(app: FastifyInstance, options: { ttlMs: number; clock: Clock }) {
  if (options.ttlMs <= 0) return;
  const kept = new Map<string, Kept>();
  // An answer read before a change and sent after it is not kept: each change starts a generation.
  let generation = 0;
  const readIn = new WeakMap<FastifyRequest, number>();
  const inFlight = new Map<string, Flight>();
  const leading = new WeakMap<FastifyRequest, { key: string; flight: Flight }>();
  /** The leader's answer reaches those who waited for it; the question is free again. */
  const land = (request: FastifyRequest, answer: Kept | null) => {
    const led = leading.get(request);
    if (!led) return;
    leading.delete(request);
    if (inFlight.get(led.key) === led.flight) inFlight.delete(led.key);
    led.flight.land(answer);
  };
  const send = (reply: FastifyReply, answer: Kept) =>
    reply.code(200).header('content-type', answer.contentType).header('x-cache', 'hit').send(answer.payload);
  const keyOf = (request: FastifyRequest) => `${request.locale}\n${request.url}`;
  const cacheable = (request: FastifyRequest) =>
    request.method === 'GET' && request.routeOptions.config?.publicCache === true && isVisitor(request);

  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    if (!cacheable(request)) return;
    const key = keyOf(request);
    const hit = kept.get(key);
    if (hit && options.clock.now().getTime() - hit.at < options.ttlMs) return send(reply, hit);
    if (hit) kept.delete(key);
    const flight = inFlight.get(key);
    if (flight) {
      const answer = await flight.promise;
      if (answer) return send(reply, answer);
    }
    readIn.set(request, generation);
    if (!inFlight.has(key)) {
      const led = { key, flight: newFlight() };
      inFlight.set(key, led.flight);
      leading.set(request, led);
    }
  });

  // A leader that fails or is abandoned lets its followers read their own answers.
  app.addHook('onResponse', async (request) => land(request, null));
  app.addHook('onRequestAbort', async (request) => land(request, null));

  app.addHook('onSend', async (request, reply, payload) => {
    if (UNSAFE.has(request.method)) {
      if (reply.statusCode < 400) {
        generation += 1;
        kept.clear();
      }
      return payload;
    }
    const keepable =
      reply.statusCode === 200 &&
      !reply.getHeader('x-cache') &&
      readIn.get(request) === generation &&
      (typeof payload === 'string' || Buffer.isBuffer(payload));
    if (!keepable) {
      land(request, null);
      return payload;
    }
    const answer: Kept = {
      at: options.clock.now().getTime(),
      payload: payload as string | Buffer,
      contentType: String(reply.getHeader('content-type') ?? 'application/json; charset=utf-8'),
    };
    if (kept.size >= MAX_ENTRIES) kept.delete(kept.keys().next().value as string);
    kept.set(keyOf(request), answer);
    land(request, answer);
    return payload;
  });
}
