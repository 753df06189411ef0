import {
  NotificationSettings,
  NotificationSettingsUpdate,
  UnsubscribeBody,
  UnsubscribePreview,
  UnsubscribeQuery,
  UnsubscribeResult,
} from '@innobridge/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../app-context.js';
import { requireActor } from '../../lib/actor.js';
import { AppError } from '../../lib/app-error.js';
import { errorResponses, publicOperation } from '../../plugins/openapi.js';
import { previewUnsubscribe, readSettings, unsubscribe, updateSettings } from './notification-settings.service.js';

export function registerNotificationSettingsRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['notifications'];

  r.get('/api/v1/me/notification-settings', {
    schema: {
      tags,
      summary: 'Which kinds of e-mail I receive',
      response: { 200: NotificationSettings, ...errorResponses(401) },
    },
    handler: async (request) => readSettings(ctx, requireActor(request)),
  });

  r.put('/api/v1/me/notification-settings', {
    schema: {
      tags,
      summary: 'Turn kinds of e-mail on or off',
      body: NotificationSettingsUpdate,
      response: { 200: NotificationSettings, ...errorResponses(401, 403, 422) },
    },
    handler: async (request) => updateSettings(ctx, requireActor(request), request.body.items),
  });

  r.get('/api/v1/unsubscribe', {
    schema: {
      ...publicOperation,
      tags,
      summary: 'What an unsubscribe link would turn off',
      querystring: UnsubscribeQuery,
      response: { 200: UnsubscribePreview, ...errorResponses(400, 422) },
    },
    handler: async (request) => previewUnsubscribe(ctx, request.query.token),
  });

  r.post('/api/v1/unsubscribe', {
    schema: {
      ...publicOperation,
      tags,
      summary: 'Turn a kind of e-mail off with the token of its unsubscribe link',
      body: UnsubscribeBody,
      response: { 200: UnsubscribeResult, ...errorResponses(400, 422) },
    },
    handler: async (request) => unsubscribe(ctx, request.body.token, 'page'),
  });

  // RFC 8058: a mail program posts `List-Unsubscribe=One-Click` as a form to the address of the
  // List-Unsubscribe header — the page's own address, whose GET only shows the page.
  app.register(async (scope) => {
    scope.addContentTypeParser(
      'application/x-www-form-urlencoded',
      { parseAs: 'string', bodyLimit: 1024 },
      (_request, body, done) => done(null, Object.fromEntries(new URLSearchParams(body as string))),
    );
    scope.withTypeProvider<ZodTypeProvider>().post('/unsubscribe', {
      schema: {
        // The address is the web page's; the API document lists POST /api/v1/unsubscribe, which does the same.
        hide: true,
        ...publicOperation,
        tags,
        summary: 'One-click unsubscribe from a mail program (RFC 8058)',
        querystring: UnsubscribeQuery,
        response: { 200: UnsubscribeResult, ...errorResponses(400, 422) },
      },
      handler: async (request) => {
        const body = request.body as Record<string, string> | undefined;
        if (body?.['List-Unsubscribe'] !== 'One-Click') throw new AppError('unsubscribe_one_click_required');
        return unsubscribe(ctx, request.query.token, 'one_click');
      },
    });
  });
}
