import {
  ApplicationDocument,
  ApplicationQueue,
  ApproveBody,
  CreateApplicationBody,
  CurrentStatus,
  DocumentKind,
  MessageBody,
  OrganizationRegistry,
  QueueQuery,
  ReasonBody,
  StatusApplication,
} from '@innobridge/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../../app-context.js';
import { type Actor, requireActor } from '../../../lib/actor.js';
import { AppError } from '../../../lib/app-error.js';
import { readMultipart, sendStoredFile } from '../../../lib/uploads.js';
import { errorResponses } from '../../../plugins/openapi.js';
import * as applications from './applications.service.js';
import * as documents from './documents.service.js';
import { applicationQueue } from './queue.service.js';
import * as review from './review.service.js';
import { changeStatus } from './status.service.js';

const Id = z.object({ id: z.uuid() });
const tags = ['registry'];

/** A multipart upload of a document: a `kind` field, then the `file`. */
async function readUpload(request: FastifyRequest) {
  const { fields, file } = await readMultipart(request);
  const kind = DocumentKind.safeParse(fields.kind);
  if (!kind.success) {
    throw new AppError('validation_failed', {
      fields: [{ path: 'kind', code: fields.kind ? 'invalid_option' : 'required' }],
    });
  }
  return { kind: kind.data, ...file };
}

/** Status applications: their reading, documents, workflow steps, the operators' queue and status actions. */
export function registerApplicationRoutes(app: FastifyInstance, ctx: AppContext) {
  registerReading(app, ctx);
  registerDocuments(app, ctx);
  registerSteps(app, ctx);
  registerQueueAndStatus(app, ctx);
}

function registerReading(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/v1/organizations/:id/registry', {
    schema: {
      tags,
      summary: "The organisation's cluster status, history, eligibility and applications",
      params: Id,
      response: { 200: OrganizationRegistry, ...errorResponses(401, 403, 404) },
    },
    handler: async (request) => applications.organizationRegistry(ctx, requireActor(request), request.params.id),
  });

  r.post('/api/v1/organizations/:id/applications', {
    schema: {
      tags,
      summary: 'Start a status application (a draft; its admins)',
      params: Id,
      body: CreateApplicationBody,
      response: { 201: StatusApplication, ...errorResponses(401, 403, 404, 409, 422) },
    },
    handler: async (request, reply) =>
      reply
        .code(201)
        .send(await applications.createApplication(ctx, requireActor(request), request.params.id, request.body)),
  });

  r.get('/api/v1/applications/:id', {
    schema: {
      tags,
      summary: 'A status application',
      params: Id,
      response: { 200: StatusApplication, ...errorResponses(401, 403, 404) },
    },
    handler: async (request) => applications.getApplication(ctx, requireActor(request), request.params.id),
  });
}

function registerDocuments(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post('/api/v1/applications/:id/documents', {
    schema: {
      tags,
      summary:
        'Upload a document (multipart: `kind`, then `file`; PDF, PNG or JPEG up to 10 MB); replaces one of the same kind',
      params: Id,
      consumes: ['multipart/form-data'],
      response: { 201: ApplicationDocument, ...errorResponses(401, 403, 404, 409, 413, 422) },
    },
    handler: async (request, reply) => {
      const actor = requireActor(request);
      const document = await documents.uploadDocumentFrom(ctx, actor, request.params.id, () => readUpload(request));
      return reply.code(201).send(document);
    },
  });

  r.get('/api/v1/applications/:id/documents/:documentId', {
    schema: {
      tags,
      summary: 'A document, for preview or download',
      params: Id.extend({ documentId: z.uuid() }),
      response: { 200: z.string().describe('The file, with its content type'), ...errorResponses(401, 403, 404) },
    },
    handler: async (request, reply) => {
      const { document, content } = await documents.readDocument(
        ctx,
        requireActor(request),
        request.params.id,
        request.params.documentId,
      );
      return sendStoredFile(reply, document, content);
    },
  });

  r.delete('/api/v1/applications/:id/documents/:documentId', {
    schema: {
      tags,
      summary: 'Remove a document (draft or info requested)',
      params: Id.extend({ documentId: z.uuid() }),
      response: { 204: z.null(), ...errorResponses(401, 403, 404, 409) },
    },
    handler: async (request, reply) => {
      await documents.removeDocument(ctx, requireActor(request), request.params.id, request.params.documentId);
      return reply.code(204).send(null);
    },
  });
}

function registerSteps(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const action = (
    path: string,
    summary: string,
    run: (actor: Actor, id: string, body: never) => Promise<z.infer<typeof StatusApplication>>,
    body?: z.ZodType,
  ) =>
    r.post(`/api/v1/applications/:id/${path}`, {
      schema: {
        tags,
        summary,
        params: Id,
        ...(body ? { body } : {}),
        response: { 200: StatusApplication, ...errorResponses(401, 403, 404, 409, 422) },
      },
      handler: async (request) => run(requireActor(request), request.params.id, request.body as never),
    });

  action('submit', 'Submit the application to the operator (its admins)', (a, id) =>
    review.submitApplication(ctx, a, id),
  );
  action('withdraw', 'Withdraw the application (its admins)', (a, id) => review.withdrawApplication(ctx, a, id));
  action(
    'answer',
    'Answer the operator’s request for information (its admins)',
    (a, id, b: z.infer<typeof MessageBody>) => review.answerInformationRequest(ctx, a, id, b.message),
    MessageBody,
  );
  action('take', 'Take the application for review (operators of its jurisdiction)', (a, id) =>
    review.takeApplication(ctx, a, id),
  );
  action(
    'request-info',
    'Ask the applicant for information; the service-level clock pauses',
    (a, id, b: z.infer<typeof MessageBody>) => review.requestInformation(ctx, a, id, b.message),
    MessageBody,
  );
  action(
    'approve',
    'Approve, with the criteria checklist confirmed and a reason',
    (a, id, b: z.infer<typeof ApproveBody>) => review.approveApplication(ctx, a, id, b),
    ApproveBody,
  );
  action(
    'reject',
    'Reject, with a reason the applicant reads',
    (a, id, b: z.infer<typeof ReasonBody>) => review.rejectApplication(ctx, a, id, b.reason),
    ReasonBody,
  );
}

function registerQueueAndStatus(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/v1/registry/applications', {
    schema: {
      tags,
      summary: "The operators' queue, by deadline, with counts",
      querystring: QueueQuery,
      response: { 200: ApplicationQueue, ...errorResponses(401, 403, 422) },
    },
    handler: async (request) => applicationQueue(ctx, requireActor(request), request.query),
  });

  for (const statusAction of ['suspend', 'exclude', 'reinstate'] as const) {
    r.post(`/api/v1/organizations/:id/status/${statusAction}`, {
      schema: {
        tags,
        summary: `${statusAction[0]?.toUpperCase()}${statusAction.slice(1)} the organisation (operators of its jurisdiction), with a reason`,
        params: Id,
        body: ReasonBody,
        response: { 200: CurrentStatus, ...errorResponses(401, 403, 404, 409, 422) },
      },
      handler: async (request) =>
        changeStatus(ctx, requireActor(request), request.params.id, statusAction, request.body.reason),
    });
  }
}
