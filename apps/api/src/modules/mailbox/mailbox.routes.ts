import { MailboxListQuery, MailboxMessage, MailboxMessageParams, MailboxPage } from '@innobridge/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../app-context.js';
import { errorResponses } from '../../plugins/openapi.js';
import { getMailboxMessage, listMailbox } from './mailbox.service.js';

/**
 * The development mailbox: the mail this instance wrote to files, for anyone who can reach it. Its
 * routes exist only while the configuration has it on (config.devMailbox: no SMTP, and not in
 * production unless DEV_MAILBOX=true); otherwise /api/dev/mailbox answers 404 like any unknown path.
 */
export function registerMailboxRoutes(app: FastifyInstance, ctx: AppContext) {
  if (!ctx.config.devMailbox) return;
  if (ctx.config.env === 'production') {
    app.log.warn('DEV_MAILBOX=true: anyone who can reach this instance reads the mail it writes to files');
  }
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['dev'];
  // Messages carry sign-in links: no cache keeps them.
  const noStore = { 'cache-control': 'no-store' };

  r.get('/api/dev/mailbox', {
    schema: {
      tags,
      summary: 'Development mailbox: the mail written to files, newest first (only without SMTP, never in production)',
      security: [],
      querystring: MailboxListQuery,
      response: { 200: MailboxPage, ...errorResponses(422) },
    },
    handler: async (request, reply) => {
      reply.headers(noStore);
      return listMailbox(ctx, request.query);
    },
  });

  r.get('/api/dev/mailbox/:id', {
    schema: {
      tags,
      summary: 'Development mailbox: one message, decoded, with its links',
      security: [],
      params: MailboxMessageParams,
      response: { 200: MailboxMessage, ...errorResponses(404, 422) },
    },
    handler: async (request, reply) => {
      reply.headers(noStore);
      return getMailboxMessage(ctx, request.params.id);
    },
  });
}
