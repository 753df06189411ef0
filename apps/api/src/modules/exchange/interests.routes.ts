import {
  DeclineBody,
  ExpressionOfInterest,
  InterestBody,
  InterestBox,
  type OpportunityType,
  OutcomeBody,
} from '@innobridge/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app-context.js';
import { requireActor } from '../../lib/actor.js';
import { errorResponses } from '../../plugins/openapi.js';
import { organizationsByIds } from '../organizations/index.js';
import { conversationsByInterests } from './conversations.repository.js';
import { contactLookup, organizationRefs } from './exchange.refs.js';
import { findOpportunities } from './exchange.repository.js';
import type { InterestRow } from './interests.repository.js';
import * as interests from './interests.service.js';

const Id = z.object({ id: z.uuid() });
type Out = z.infer<typeof ExpressionOfInterest>;

/**
 * Interests as their sides see them. Contacts are filled in only for accepted ones: before that no
 * response carries a person's name or e-mail.
 */
export async function describeInterests(ctx: AppContext, rows: InterestRow[]): Promise<Out[]> {
  const orgIds = [...new Set(rows.flatMap((r) => [r.fromOrganizationId, r.toOrganizationId]))];
  const [orgs, opportunities, conversations] = await Promise.all([
    organizationsByIds(ctx, orgIds),
    findOpportunities(ctx.db, [...new Set(rows.map((r) => r.opportunityId))]),
    conversationsByInterests(
      ctx.db,
      rows.filter((r) => r.state === 'accepted').map((r) => r.id),
    ),
  ]);
  const contact = await contactLookup(
    ctx,
    rows.filter((r) => r.state === 'accepted'),
  );
  const orgRef = organizationRefs(orgs);
  return rows.map((r) => {
    const opportunity = opportunities.find((o) => o.id === r.opportunityId);
    return {
      id: r.id,
      opportunity: {
        id: r.opportunityId,
        type: (opportunity?.type ?? 'technology_offer') as OpportunityType,
        title: opportunity?.title ?? {},
      },
      from: orgRef(r.fromOrganizationId),
      to: orgRef(r.toOrganizationId),
      message: r.message,
      state: r.state,
      declineReason: r.declineReason as Out['declineReason'],
      declineText: r.declineText,
      outcome: r.outcome,
      outcomeRecordedAt: r.outcomeRecordedAt?.toISOString() ?? null,
      conversationId: conversations.find((c) => c.interestId === r.id)?.id ?? null,
      contacts:
        r.state === 'accepted'
          ? [...contact(r.fromOrganizationId, r.createdBy), ...contact(r.toOrganizationId, r.decidedBy)]
          : null,
      createdAt: r.createdAt.toISOString(),
      decidedAt: r.decidedAt?.toISOString() ?? null,
    };
  });
}

export function registerInterestRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['exchange'];
  const one = async (row: InterestRow) => (await describeInterests(ctx, [row]))[0] as Out;
  const List = z.object({ items: z.array(ExpressionOfInterest) });

  r.post('/api/v1/opportunities/:id/interests', {
    schema: {
      tags,
      summary: 'Express interest in a published opportunity (sending it again returns the first one, 200)',
      params: Id,
      body: InterestBody,
      response: { 200: ExpressionOfInterest, 201: ExpressionOfInterest, ...errorResponses(401, 403, 404, 409, 422) },
    },
    handler: async (request, reply) => {
      const { row, created } = await interests.expressInterest(
        ctx,
        requireActor(request),
        request.params.id,
        request.body,
      );
      return reply.code(created ? 201 : 200).send(await one(row));
    },
  });

  r.get('/api/v1/opportunities/:id/interests', {
    schema: {
      tags,
      summary: "On an opportunity: what its owner received, or what the reader's organisations sent",
      params: Id,
      response: { 200: List, ...errorResponses(401, 404) },
    },
    handler: async (request) => ({
      items: await describeInterests(
        ctx,
        await interests.interestsOnOpportunity(ctx, requireActor(request), request.params.id),
      ),
    }),
  });

  r.get('/api/v1/organizations/:id/interests', {
    schema: {
      tags,
      summary: "An organisation's inbox (received) or outbox (sent) of expressions of interest",
      params: Id,
      querystring: InterestBox,
      response: { 200: List, ...errorResponses(401, 403, 404, 422) },
    },
    handler: async (request) => ({
      items: await describeInterests(
        ctx,
        await interests.interestsOfOrganization(
          ctx,
          requireActor(request),
          request.params.id,
          request.query.box,
          request.query.state,
        ),
      ),
    }),
  });

  r.get('/api/v1/interests/:id', {
    schema: {
      tags,
      summary: 'An expression of interest (its two sides only)',
      params: Id,
      response: { 200: ExpressionOfInterest, ...errorResponses(401, 404) },
    },
    handler: async (request) => one(await interests.getInterest(ctx, requireActor(request), request.params.id)),
  });

  r.post('/api/v1/interests/:id/accept', {
    schema: {
      tags,
      summary: "Accept: opens a conversation and shows both sides' contacts",
      params: Id,
      response: { 200: ExpressionOfInterest, ...errorResponses(401, 403, 404, 409) },
    },
    handler: async (request) => one(await interests.acceptInterest(ctx, requireActor(request), request.params.id)),
  });

  r.post('/api/v1/interests/:id/decline', {
    schema: {
      tags,
      summary: 'Decline with a reason the sender reads',
      params: Id,
      body: DeclineBody,
      response: { 200: ExpressionOfInterest, ...errorResponses(401, 403, 404, 409, 422) },
    },
    handler: async (request) =>
      one(await interests.declineInterest(ctx, requireActor(request), request.params.id, request.body)),
  });

  r.post('/api/v1/interests/:id/outcome', {
    schema: {
      tags,
      summary: 'Record the outcome of an accepted interest (either side)',
      params: Id,
      body: OutcomeBody,
      response: { 200: ExpressionOfInterest, ...errorResponses(401, 404, 409, 422) },
    },
    handler: async (request) =>
      one(await interests.recordOutcome(ctx, requireActor(request), request.params.id, request.body.outcome)),
  });
}
