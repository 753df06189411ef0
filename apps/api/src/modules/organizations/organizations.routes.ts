import {
  CreateOrganizationBody,
  CursorQuery,
  Invitation,
  InviteBody,
  MemberRole,
  Organization,
  OrganizationMember,
  Page,
  TokenBody,
  UpdateOrganizationBody,
} from '@innobridge/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app-context.js';
import { requireActor } from '../../lib/actor.js';
import { decodeTimeIdCursor, toPage } from '../../lib/pagination.js';
import { errorResponses } from '../../plugins/openapi.js';
import type { InvitationRow, OrganizationRow } from './organizations.repository.js';
import * as orgs from './organizations.service.js';

export const organizationOut = (o: OrganizationRow): z.infer<typeof Organization> => ({
  id: o.id,
  type: o.type as z.infer<typeof Organization>['type'],
  jurisdiction: o.jurisdiction,
  city: o.city,
  legalId: o.legalId,
  legalIdKind: o.legalIdKind,
  status: o.status as z.infer<typeof Organization>['status'],
  statusSince: o.statusSince?.toISOString() ?? null,
  name: o.name,
  shortDescription: o.shortDescription,
  description: o.description,
  products: o.products,
  website: o.website,
  createdAt: o.createdAt.toISOString(),
  updatedAt: o.updatedAt.toISOString(),
});

const invitationOut = (i: Pick<InvitationRow, 'id' | 'email' | 'role' | 'expiresAt' | 'createdAt'>) => ({
  id: i.id,
  email: i.email,
  role: i.role,
  expiresAt: i.expiresAt.toISOString(),
  createdAt: i.createdAt.toISOString(),
});

const memberOut = (m: {
  userId: string;
  displayName: string;
  email: string;
  role: 'admin' | 'member';
  joinedAt: Date;
}) => ({
  userId: m.userId,
  displayName: m.displayName,
  email: m.email,
  role: m.role,
  joinedAt: m.joinedAt.toISOString(),
});

const OrgParam = z.object({ id: z.uuid() });

export function registerOrganizationRoutes(
  app: FastifyInstance,
  ctx: AppContext,
  deps: { guardVerifiedFacts: orgs.VerifiedFactsGuard },
) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['organizations'];

  r.get('/api/v1/organizations', {
    schema: {
      tags,
      summary: 'Organisations, newest first (for visitors: the participants and partners the public registry shows)',
      querystring: CursorQuery,
      response: { 200: Page(Organization), ...errorResponses(422) },
    },
    handler: async (request) => {
      const after = decodeTimeIdCursor(request.query.cursor);
      const rows = await orgs.listOrganizations(ctx, request.actor, after, request.query.limit + 1);
      const page = toPage(rows, request.query.limit, (o) => [o.createdAt.toISOString(), o.id]);
      return { items: page.items.map(organizationOut), nextCursor: page.nextCursor };
    },
  });

  r.post('/api/v1/organizations', {
    schema: {
      tags,
      summary: 'Create an organisation; the creator becomes its admin',
      body: CreateOrganizationBody,
      response: { 201: Organization, ...errorResponses(401, 403, 409, 422) },
    },
    handler: async (request, reply) => {
      const row = await orgs.createOrganization(ctx, requireActor(request), request.body, request.locale);
      return reply.code(201).send(organizationOut(row));
    },
  });

  r.get('/api/v1/organizations/:id', {
    // A public card: visitors' answers are kept for a moment (plugins/public-cache.ts).
    config: { publicCache: true },
    schema: {
      tags,
      summary: "An organisation's card (for visitors: only a participant's or a partner's)",
      params: OrgParam,
      response: { 200: Organization, ...errorResponses(404, 422) },
    },
    handler: async (request) => organizationOut(await orgs.readOrganization(ctx, request.actor, request.params.id)),
  });

  r.patch('/api/v1/organizations/:id', {
    schema: {
      tags,
      summary:
        "Edit an organisation's profile (its admins). Changing its jurisdiction, legal identifier or city, which its operator verified, returns a status to none (with `acknowledgeStatusLoss`); refused during an application, a suspension or an exclusion",
      params: OrgParam,
      body: UpdateOrganizationBody,
      response: { 200: Organization, ...errorResponses(401, 403, 404, 409, 422) },
    },
    handler: async (request) =>
      organizationOut(
        await orgs.updateOrganization(
          ctx,
          requireActor(request),
          request.params.id,
          request.body,
          request.locale,
          deps.guardVerifiedFacts,
        ),
      ),
  });

  r.get('/api/v1/organizations/:id/members', {
    schema: {
      tags,
      summary: "The organisation's members (for its members, operators and admins)",
      params: OrgParam,
      response: { 200: z.object({ items: z.array(OrganizationMember) }), ...errorResponses(401, 403, 404) },
    },
    handler: async (request) => ({
      items: (await orgs.listMembers(ctx, requireActor(request), request.params.id)).map(memberOut),
    }),
  });

  r.patch('/api/v1/organizations/:id/members/:userId', {
    schema: {
      tags,
      summary: "Change a member's role (its admins)",
      params: OrgParam.extend({ userId: z.uuid() }),
      body: z.object({ role: MemberRole }),
      response: { 200: z.object({ userId: z.string(), role: MemberRole }), ...errorResponses(401, 403, 404, 409, 422) },
    },
    handler: async (request) => {
      const row = await orgs.changeMemberRole(
        ctx,
        requireActor(request),
        request.params.id,
        request.params.userId,
        request.body.role,
      );
      return { userId: row.userId, role: row.role };
    },
  });

  r.delete('/api/v1/organizations/:id/members/:userId', {
    schema: {
      tags,
      summary: 'Remove a member (its admins), or leave (the member themself)',
      params: OrgParam.extend({ userId: z.uuid() }),
      response: { 204: z.null(), ...errorResponses(401, 403, 404, 409) },
    },
    handler: async (request, reply) => {
      await orgs.removeMember(ctx, requireActor(request), request.params.id, request.params.userId);
      return reply.code(204).send(null);
    },
  });

  r.get('/api/v1/organizations/:id/invitations', {
    schema: {
      tags,
      summary: 'Pending invitations (its admins)',
      params: OrgParam,
      response: { 200: z.object({ items: z.array(Invitation) }), ...errorResponses(401, 403, 404) },
    },
    handler: async (request) => ({
      items: (await orgs.listInvitations(ctx, requireActor(request), request.params.id)).map(invitationOut),
    }),
  });

  r.post('/api/v1/organizations/:id/invitations', {
    schema: {
      tags,
      summary: 'Invite a person by e-mail (its admins)',
      params: OrgParam,
      body: InviteBody,
      response: { 201: Invitation, ...errorResponses(401, 403, 404, 409, 422) },
    },
    handler: async (request, reply) => {
      const row = await orgs.invite(ctx, requireActor(request), request.params.id, request.body, request.locale);
      return reply.code(201).send(invitationOut(row));
    },
  });

  r.delete('/api/v1/organizations/:id/invitations/:invitationId', {
    schema: {
      tags,
      summary: 'Withdraw an invitation (its admins)',
      params: OrgParam.extend({ invitationId: z.uuid() }),
      response: { 204: z.null(), ...errorResponses(401, 403, 404) },
    },
    handler: async (request, reply) => {
      await orgs.revokeInvitation(ctx, requireActor(request), request.params.id, request.params.invitationId);
      return reply.code(204).send(null);
    },
  });

  r.post('/api/v1/invitations/accept', {
    schema: {
      tags,
      summary: 'Accept an invitation with the token from its link',
      body: TokenBody,
      response: {
        200: z.object({ organizationId: z.string(), role: MemberRole }),
        ...errorResponses(401, 403, 404, 409, 410, 422),
      },
    },
    handler: async (request) => orgs.acceptInvitation(ctx, requireActor(request), request.body.token),
  });
}
