import { AuditPage, AuditVerification, CursorQuery } from '@innobridge/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../app-context.js';
import { requireActor, requireAdmin } from '../../lib/actor.js';
import { AppError } from '../../lib/app-error.js';
import { decodeCursor } from '../../lib/pagination.js';
import { errorResponses } from '../../plugins/openapi.js';
import { listAudit, verifyAudit } from './audit.service.js';

export function registerAuditRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['admin'];
  const assertAdmin = (request: Parameters<typeof requireActor>[0]) => {
    requireAdmin(requireActor(request), 'audit_admin_required');
  };

  r.get('/api/v1/admin/audit', {
    schema: {
      tags,
      summary: 'The audit log, newest first',
      querystring: CursorQuery,
      response: { 200: AuditPage, ...errorResponses(401, 403, 422) },
    },
    handler: async (request) => {
      assertAdmin(request);
      const key = decodeCursor(request.query.cursor, 1);
      const beforeSeq = key ? Number(key[0]) : null;
      if (beforeSeq !== null && !Number.isSafeInteger(beforeSeq)) {
        throw new AppError('validation_failed', { fields: [{ path: 'cursor', code: 'invalid' }] });
      }
      const page = await listAudit(ctx.db, beforeSeq, request.query.limit);
      return {
        nextCursor: page.nextCursor,
        items: page.items.map((e) => ({ ...e, at: e.at.toISOString(), prevHash: undefined, hash: undefined })),
      };
    },
  });

  r.get('/api/v1/admin/audit/verify', {
    schema: {
      tags,
      summary: 'Verify the chain against its key and anchors, and name what is broken',
      response: { 200: AuditVerification, ...errorResponses(401, 403) },
    },
    handler: async (request) => {
      assertAdmin(request);
      return verifyAudit(ctx);
    },
  });
}
