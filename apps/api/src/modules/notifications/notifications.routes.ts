import { CursorQuery, MarkNotificationsReadBody, NotificationsPage } from '@innobridge/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app-context.js';
import { requireActor } from '../../lib/actor.js';
import { decodeTimeIdCursor, toPage } from '../../lib/pagination.js';
import { errorResponses } from '../../plugins/openapi.js';
import { registerNotificationSettingsRoutes } from './notification-settings.routes.js';
import { listForUser, markRead, unreadCount } from './notifications.service.js';

export function registerNotificationRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['notifications'];

  r.get('/api/v1/me/notifications', {
    schema: {
      tags,
      summary: 'My notifications, newest first, in my language',
      querystring: CursorQuery,
      response: { 200: NotificationsPage, ...errorResponses(401, 422) },
    },
    handler: async (request) => {
      const actor = requireActor(request);
      const after = decodeTimeIdCursor(request.query.cursor);
      const rows = await listForUser(
        ctx.db,
        actor.userId,
        { locale: request.locale, timeZone: actor.timeZone ?? null },
        after,
        request.query.limit + 1,
      );
      const page = toPage(rows, request.query.limit, (n) => [n.row.createdAt.toISOString(), n.row.id]);
      return {
        nextCursor: page.nextCursor,
        unread: await unreadCount(ctx.db, actor.userId),
        items: page.items.map(({ row, title, body }) => ({
          id: row.id,
          kind: row.kind,
          title,
          body,
          link: row.link,
          createdAt: row.createdAt.toISOString(),
          readAt: row.readAt?.toISOString() ?? null,
        })),
      };
    },
  });

  r.post('/api/v1/me/notifications/read', {
    schema: {
      tags,
      summary: 'Mark notifications read (all when no ids are given)',
      body: MarkNotificationsReadBody,
      response: { 204: z.null(), ...errorResponses(401, 422) },
    },
    handler: async (request, reply) => {
      const actor = requireActor(request);
      await markRead(ctx.db, actor.userId, request.body?.ids ?? null, ctx.clock.now());
      return reply.code(204).send(null);
    },
  });

  registerNotificationSettingsRoutes(app, ctx);
}
