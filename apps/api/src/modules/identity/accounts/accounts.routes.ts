import {
  Accepted,
  ChangePasswordBody,
  EmailBody,
  EmailConfirmed,
  Me,
  PasswordResetBody,
  SignupBody,
  TokenBody,
  UpdateMeBody,
} from '@innobridge/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../../app-context.js';
import { requireActor } from '../../../lib/actor.js';
import { errorResponses, publicOperation } from '../../../plugins/openapi.js';
import * as accounts from './accounts.service.js';

const tags = ['identity'];

/** Signing up and confirming the e-mail address. */
export function registerSignUpRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post('/api/v1/auth/signup', {
    schema: {
      ...publicOperation,
      tags,
      summary: 'Sign up; a confirmation link is sent by e-mail',
      body: SignupBody,
      response: { 202: Accepted, ...errorResponses(422, 429) },
    },
    handler: async (request, reply) => {
      await accounts.signup(ctx, { ...request.body, locale: request.body.locale ?? request.locale });
      return reply.code(202).send({ status: 'confirmation_sent' });
    },
  });

  r.post('/api/v1/auth/confirm-email', {
    schema: {
      ...publicOperation,
      tags,
      summary: 'Confirm an e-mail address with the token from the link',
      body: TokenBody,
      response: { 200: EmailConfirmed, ...errorResponses(400, 422) },
    },
    handler: async (request) => {
      await accounts.confirmEmail(ctx, request.body.token);
      return { confirmed: true };
    },
  });

  r.post('/api/v1/auth/resend-confirmation', {
    schema: {
      ...publicOperation,
      tags,
      summary: 'Send the confirmation link again',
      body: EmailBody,
      response: { 202: Accepted, ...errorResponses(422, 429) },
    },
    handler: async (request, reply) => {
      await accounts.resendConfirmation(ctx, request.body.email, request.ip);
      return reply.code(202).send({ status: 'sent_if_registered' });
    },
  });
}

/** A forgotten password: a link by e-mail, then a new password. */
export function registerPasswordResetRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post('/api/v1/auth/password-reset/request', {
    schema: {
      ...publicOperation,
      tags,
      summary: 'Send a password reset link (at most three an hour to one e-mail)',
      body: EmailBody,
      response: { 202: Accepted, ...errorResponses(422, 429) },
    },
    handler: async (request, reply) => {
      await accounts.requestPasswordReset(ctx, request.body.email, request.ip);
      return reply.code(202).send({ status: 'sent_if_registered' });
    },
  });

  r.post('/api/v1/auth/password-reset/confirm', {
    schema: {
      ...publicOperation,
      tags,
      summary: 'Set a new password with the token from the link',
      body: PasswordResetBody,
      response: { 204: z.null(), ...errorResponses(400, 422) },
    },
    handler: async (request, reply) => {
      await accounts.resetPassword(ctx, request.body.token, request.body.password);
      return reply.code(204).send(null);
    },
  });
}

/** The signed-in user's own profile and password. */
export function registerProfileRoutes(app: FastifyInstance, ctx: AppContext, deps: accounts.IdentityDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/v1/me', {
    schema: { tags, summary: 'The signed-in user', response: { 200: Me, ...errorResponses(401) } },
    handler: async (request) => accounts.currentMe(ctx, deps, requireActor(request).userId),
  });

  r.patch('/api/v1/me', {
    schema: {
      tags,
      summary: 'Update name, language or time zone',
      body: UpdateMeBody,
      response: { 200: Me, ...errorResponses(401, 422) },
    },
    handler: async (request) => accounts.updateProfile(ctx, deps, requireActor(request), request.body),
  });

  r.post('/api/v1/me/password', {
    schema: {
      tags,
      summary: 'Change the password; other sessions are signed out',
      body: ChangePasswordBody,
      response: { 204: z.null(), ...errorResponses(401, 422) },
    },
    handler: async (request, reply) => {
      await accounts.changePassword(ctx, requireActor(request), request.body);
      return reply.code(204).send(null);
    },
  });
}
