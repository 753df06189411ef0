import { ProviderDecisionBody, ServiceProvider, ServiceProviderList } from '@innobridge/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../../app-context.js';
import { requireActor } from '../../../lib/actor.js';
import { errorResponses, publicOperation } from '../../../plugins/openapi.js';
import * as providers from './providers.service.js';

/** Who provides services: the operators, and the partner organisations an operator approved. */
export function registerProviderRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['services'];

  r.get('/api/v1/service-providers', {
    schema: {
      ...publicOperation,
      tags,
      summary: 'Service providers: the two operators and the approved partner organisations',
      response: { 200: ServiceProviderList, ...errorResponses() },
    },
    handler: () => providers.listProviders(ctx),
  });

  r.post('/api/v1/service-providers', {
    schema: {
      tags,
      summary: 'Approve a partner organisation as a service provider (operators)',
      body: ProviderDecisionBody,
      response: { 200: ServiceProvider, ...errorResponses(401, 403, 404, 409) },
    },
    handler: (request) => providers.approveProvider(ctx, requireActor(request), request.body.organizationId),
  });

  r.post('/api/v1/service-providers/:id/revoke', {
    schema: {
      tags,
      summary: "Revoke a partner organisation's role of service provider (operators)",
      params: z.object({ id: z.string().min(1).max(60) }),
      response: { 200: ServiceProvider, ...errorResponses(401, 403, 404, 409) },
    },
    handler: (request) => providers.revokeProvider(ctx, requireActor(request), request.params.id),
  });
}
