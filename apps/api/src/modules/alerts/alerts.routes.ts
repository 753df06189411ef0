import {
  AlertUnsubscribe,
  SavedSearch,
  SavedSearchBody,
  SavedSearchList,
  SavedSearchPatch,
  WebhookBody,
  WebhookCreated,
} from '@innobridge/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app-context.js';
import { type Actor, requireActor } from '../../lib/actor.js';
import { errorResponses, publicOperation } from '../../plugins/openapi.js';
import * as alerts from './alerts.service.js';

const Id = z.object({ id: z.uuid() });
const Token = z.object({ token: z.string().min(1).max(100) });

/** Saved searches of the exchange, their e-mail alerts, Atom feeds and webhooks. */
export function registerAlertRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['alerts'];

  r.get('/api/v1/me/saved-searches', {
    schema: { tags, summary: 'My saved searches', response: { 200: SavedSearchList, ...errorResponses(401) } },
    handler: (request) => alerts.listSavedSearches(ctx, requireActor(request)),
  });

  r.post('/api/v1/me/saved-searches', {
    schema: {
      tags,
      summary: 'Save a search of the exchange, with its alerts',
      body: SavedSearchBody,
      response: { 201: SavedSearch, ...errorResponses(401, 409, 422) },
    },
    handler: async (request, reply) => {
      reply.code(201);
      return alerts.createSavedSearch(ctx, requireActor(request), request.body);
    },
  });

  /** The schema of a route on one of my saved searches, named by its id. */
  const onOne = <T extends object>(summary: string, rest: T) => ({ tags, summary, params: Id, ...rest });
  /** A route on one of my saved searches that answers it as it now is. */
  const answeringIt = (
    summary: string,
    statuses: number[],
    act: (ctx: AppContext, actor: Actor, id: string) => Promise<SavedSearch>,
  ) => ({
    schema: onOne(summary, { response: { 200: SavedSearch, ...errorResponses(401, 404, ...statuses) } }),
    handler: (request: { actor: Actor | null; params: { id: string } }) =>
      act(ctx, requireActor(request), request.params.id),
  });

  r.get('/api/v1/me/saved-searches/:id', answeringIt('One of my saved searches', [], alerts.readSavedSearch));

  r.patch('/api/v1/me/saved-searches/:id', {
    schema: onOne('Rename a saved search, change its query or how often it alerts', {
      body: SavedSearchPatch,
      response: { 200: SavedSearch, ...errorResponses(401, 404, 409, 422) },
    }),
    handler: (request) => alerts.updateSavedSearch(ctx, requireActor(request), request.params.id, request.body),
  });

  r.delete('/api/v1/me/saved-searches/:id', {
    schema: onOne('Delete a saved search', { response: { 204: z.null(), ...errorResponses(401, 404) } }),
    handler: async (request, reply) => {
      await alerts.deleteSavedSearch(ctx, requireActor(request), request.params.id);
      return reply.code(204).send(null);
    },
  });

  r.post(
    '/api/v1/me/saved-searches/:id/feed-token',
    answeringIt("Give a saved search's feed a new secret address; the old one stops working", [409], alerts.rotateFeed),
  );

  r.put('/api/v1/me/saved-searches/:id/webhook', {
    schema: onOne('Set the webhook of a saved search; its signing secret is shown once', {
      body: WebhookBody,
      response: { 200: WebhookCreated, ...errorResponses(401, 404, 409, 422) },
    }),
    handler: (request) => alerts.setWebhook(ctx, requireActor(request), request.params.id, request.body),
  });

  r.delete(
    '/api/v1/me/saved-searches/:id/webhook',
    answeringIt('Remove the webhook of a saved search', [409], alerts.removeWebhook),
  );

  r.get('/api/v1/feeds/saved-searches/:token', {
    schema: {
      ...publicOperation,
      tags,
      summary: "A saved search's newest results as an Atom feed, at its secret address",
      params: Token,
      response: { 200: z.string(), ...errorResponses(404) },
    },
    handler: async (request, reply) => {
      const xml = await alerts.readFeed(ctx, request.params.token);
      return reply
        .type('application/atom+xml; charset=utf-8')
        .header('cache-control', 'private, max-age=300')
        .header('x-robots-tag', 'noindex')
        .send(xml);
    },
  });

  // The unsubscribe link of the alerts' mails: no sign-in, the token is the key. A mail client's
  // one-click POST (RFC 8058) sends a form body, read here as text and not needed.
  app.register(async (scope) => {
    scope.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_request, body, done) =>
      done(null, body),
    );
    const r = scope.withTypeProvider<ZodTypeProvider>();
    r.get('/api/v1/alerts/unsubscribe/:token', {
      schema: {
        ...publicOperation,
        tags,
        summary: 'Which saved search an unsubscribe link turns the alerts of off',
        params: Token,
        response: { 200: AlertUnsubscribe, ...errorResponses(404) },
      },
      handler: (request) => alerts.unsubscribeInfo(ctx, request.params.token),
    });
    r.post('/api/v1/alerts/unsubscribe/:token', {
      schema: {
        ...publicOperation,
        tags,
        summary: "Turn a saved search's e-mail alerts off from the link in its mails (one click, no sign-in)",
        params: Token,
        response: { 200: AlertUnsubscribe, ...errorResponses(404) },
      },
      handler: (request) => alerts.unsubscribe(ctx, request.params.token),
    });
  });
}
