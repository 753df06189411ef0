import {
  CreateGlossaryConceptBody,
  GlossaryConcept,
  GlossaryConceptPage,
  GlossaryConceptParam,
  GlossaryQuery,
  GlossaryVersionBody,
  TryGlossaryBody,
  TryGlossaryResult,
  UpdateGlossaryConceptBody,
} from '@innobridge/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../../app-context.js';
import { requireActor } from '../../../lib/actor.js';
import { errorResponses } from '../../../plugins/openapi.js';
import * as glossary from './glossary.service.js';

/** The technical glossary the matcher reads, kept by the cluster's operators (ADR 0024). */
export function registerGlossaryRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['glossary'];

  r.get('/api/v1/glossary/concepts', {
    schema: {
      tags,
      summary: 'Concepts of the technical glossary, by a term in any language and by area (operators)',
      querystring: GlossaryQuery,
      response: { 200: GlossaryConceptPage, ...errorResponses(401, 403, 422) },
    },
    handler: async (request) => glossary.listConcepts(ctx, requireActor(request), request.query),
  });

  r.post('/api/v1/glossary/concepts', {
    schema: {
      tags,
      summary: 'Add a concept to the glossary (operators)',
      body: CreateGlossaryConceptBody,
      response: { 201: GlossaryConcept, ...errorResponses(401, 403, 409, 422) },
    },
    handler: async (request, reply) => {
      reply.code(201);
      return glossary.createConcept(ctx, requireActor(request), request.body);
    },
  });

  r.get('/api/v1/glossary/concepts/:id', {
    schema: {
      tags,
      summary: 'One concept of the glossary (operators)',
      params: GlossaryConceptParam,
      response: { 200: GlossaryConcept, ...errorResponses(401, 403, 404) },
    },
    handler: async (request) => glossary.getConcept(ctx, requireActor(request), request.params.id),
  });

  r.patch('/api/v1/glossary/concepts/:id', {
    schema: {
      tags,
      summary: "Change a concept's area or terms, as of the version read (operators)",
      params: GlossaryConceptParam,
      body: UpdateGlossaryConceptBody,
      response: { 200: GlossaryConcept, ...errorResponses(401, 403, 404, 409, 422) },
    },
    handler: async (request) => glossary.updateConcept(ctx, requireActor(request), request.params.id, request.body),
  });

  r.post('/api/v1/glossary/concepts/:id/retire', {
    schema: {
      tags,
      summary: 'Retire a concept: the matcher no longer reads it (operators)',
      params: GlossaryConceptParam,
      body: GlossaryVersionBody,
      response: { 200: GlossaryConcept, ...errorResponses(401, 403, 404, 409) },
    },
    handler: async (request) =>
      glossary.retireConcept(ctx, requireActor(request), request.params.id, request.body.version),
  });

  r.post('/api/v1/glossary/concepts/:id/restore', {
    schema: {
      tags,
      summary: 'Bring a retired concept back (operators)',
      params: GlossaryConceptParam,
      body: GlossaryVersionBody,
      response: { 200: GlossaryConcept, ...errorResponses(401, 403, 404, 409, 422) },
    },
    handler: async (request) =>
      glossary.restoreConcept(ctx, requireActor(request), request.params.id, request.body.version),
  });

  r.post('/api/v1/glossary/try', {
    schema: {
      tags,
      summary: 'The concepts the matcher finds in a text now, and the words that named them (operators)',
      body: TryGlossaryBody,
      response: { 200: TryGlossaryResult, ...errorResponses(401, 403, 422) },
    },
    handler: async (request) => glossary.tryText(ctx, requireActor(request), request.body.text),
  });
}
