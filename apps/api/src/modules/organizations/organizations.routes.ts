import {
  AcceptedInvitation,
  ChangeMemberRoleBody,
  CreateOrganizationBody,
  CursorQuery,
  Invitation,
  InvitationList,
  InviteBody,
  MemberRoleChange,
  Organization,
  OrganizationMemberList,
  Page,
  TokenBody,
  UpdateOrganizationBody,
} from '@innobridge/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app-context.js';
import { requireActor } from '../../lib/actor.js';
import { errorResponses, signInOptional } from '../../plugins/openapi.js';
import * as members from './members.service.js';
import * as orgs from './organizations.service.js';

const OrgParam = z.object({ id: z.uuid() });
const tags = ['organizations'];

/**
 * What the registry decides and the organisations' routes apply (ADR 0020): the guard on the facts its
 * operator verified, and the statuses a visitor sees.
 */
export type OrganizationRouteDeps = {
  guardVerifiedFacts: orgs.VerifiedFactsGuard;
  publicStatuses: orgs.PublicStatuses;
};

export function registerOrganizationRoutes(app: FastifyInstance, ctx: AppContext, deps: OrganizationRouteDeps) {
  registerCards(app, ctx, deps);
  registerMembers(app, ctx);
  registerInvitations(app, ctx);
}

/** Organisations: the list, creation, the card and its edit. */
function registerCards(app: FastifyInstance, ctx: AppContext, deps: OrganizationRouteDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/v1/organizations', {
    schema: {
      ...signInOptional,
      tags,
      summary: 'Organisations, newest first (for visitors: the participants and partners the public registry shows)',
      querystring: CursorQuery,
      response: { 200: Page(Organization), ...errorResponses(422) },
    },
    handler: async (request) => orgs.listOrganizations(ctx, request.actor, request.query, deps.publicStatuses),
  });

  r.post('/api/v1/organizations', {
    schema: {
      tags,
      summary: 'Create an organisation; the creator becomes its admin',
      body: CreateOrganizationBody,
      response: { 201: Organization, ...errorResponses(401, 403, 409, 422) },
    },
    handler: async (request, reply) =>
      reply
        .code(201)
        .send(
          await orgs.createOrganization(ctx, requireActor(request), request.body, request.locale, deps.publicStatuses),
        ),
  });

  r.get('/api/v1/organizations/:id', {
    // A public card: visitors' answers are kept for a moment (plugins/public-cache.ts).
    config: { publicCache: true },
    schema: {
      ...signInOptional,
      tags,
      summary: "An organisation's card (for visitors: only a participant's or a partner's)",
      params: OrgParam,
      response: { 200: Organization, ...errorResponses(404, 422) },
    },
    handler: async (request) => orgs.readOrganization(ctx, request.actor, request.params.id, deps.publicStatuses),
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
      orgs.updateOrganization(ctx, requireActor(request), request.params.id, request.body, request.locale, deps),
  });
}

/** An organisation's members. */
function registerMembers(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/v1/organizations/:id/members', {
    schema: {
      tags,
      summary: "The organisation's members (for its members, operators and admins)",
      params: OrgParam,
      response: { 200: OrganizationMemberList, ...errorResponses(401, 403, 404) },
    },
    handler: async (request) => members.listMembers(ctx, requireActor(request), request.params.id),
  });

  r.patch('/api/v1/organizations/:id/members/:userId', {
    schema: {
      tags,
      summary: "Change a member's role (its admins)",
      params: OrgParam.extend({ userId: z.uuid() }),
      body: ChangeMemberRoleBody,
      response: { 200: MemberRoleChange, ...errorResponses(401, 403, 404, 409, 422) },
    },
    handler: async (request) =>
      members.changeMemberRole(ctx, requireActor(request), request.params.id, request.params.userId, request.body.role),
  });

  r.delete('/api/v1/organizations/:id/members/:userId', {
    schema: {
      tags,
      summary: 'Remove a member (its admins), or leave (the member themself)',
      params: OrgParam.extend({ userId: z.uuid() }),
      response: { 204: z.null(), ...errorResponses(401, 403, 404, 409) },
    },
    handler: async (request, reply) => {
      await members.removeMember(ctx, requireActor(request), request.params.id, request.params.userId);
      return reply.code(204).send(null);
    },
  });
}

/** Invitations to join an organisation. */
function registerInvitations(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/v1/organizations/:id/invitations', {
    schema: {
      tags,
      summary: 'Pending invitations (its admins)',
      params: OrgParam,
      response: { 200: InvitationList, ...errorResponses(401, 403, 404) },
    },
    handler: async (request) => members.listInvitations(ctx, requireActor(request), request.params.id),
  });

  r.post('/api/v1/organizations/:id/invitations', {
    schema: {
      tags,
      summary: 'Invite a person by e-mail (its admins)',
      params: OrgParam,
      body: InviteBody,
      response: { 201: Invitation, ...errorResponses(401, 403, 404, 409, 422) },
    },
    handler: async (request, reply) =>
      reply
        .code(201)
        .send(await members.invite(ctx, requireActor(request), request.params.id, request.body, request.locale)),
  });

  r.delete('/api/v1/organizations/:id/invitations/:invitationId', {
    schema: {
      tags,
      summary: 'Withdraw an invitation (its admins)',
      params: OrgParam.extend({ invitationId: z.uuid() }),
      response: { 204: z.null(), ...errorResponses(401, 403, 404) },
    },
    handler: async (request, reply) => {
      await members.revokeInvitation(ctx, requireActor(request), request.params.id, request.params.invitationId);
      return reply.code(204).send(null);
    },
  });

  r.post('/api/v1/invitations/accept', {
    schema: {
      tags,
      summary: 'Accept an invitation with the token from its link',
      body: TokenBody,
      response: { 200: AcceptedInvitation, ...errorResponses(401, 403, 404, 409, 410, 422) },
    },
    handler: async (request) => members.acceptInvitation(ctx, requireActor(request), request.body.token),
  });
}
