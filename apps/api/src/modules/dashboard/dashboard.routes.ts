import { Dashboard } from '@innobridge/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../app-context.js';
import { requireActor } from '../../lib/actor.js';
import { errorResponses } from '../../plugins/openapi.js';
import { readDashboard } from './dashboard.service.js';

export function registerDashboardRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/v1/me/dashboard', {
    schema: {
      tags: ['dashboard'],
      summary: 'What waits for me, my organisations’ status and deadlines, and my queues as an operator',
      response: { 200: Dashboard, ...errorResponses(401) },
    },
    handler: (request) => readDashboard(ctx, requireActor(request)),
  });
}
