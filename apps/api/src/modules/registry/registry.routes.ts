import {
  ApplicationDocument,
  ApproveBody,
  CaseContactBody,
  CaseNoteBody,
  CaseTaskBody,
  CreateApplicationBody,
  DocumentKind,
  Eligibility,
  MessageBody,
  OperatorJurisdiction,
  Organization,
  OrganizationStatus,
  QueueQuery,
  ReasonBody,
  RegistryQuery,
  RegistrySettings,
  StatusApplication,
  StatusHistoryEntry,
} from '@innobridge/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app-context.js';
import { type Actor, isAdmin, operatorJurisdictions, requireActor } from '../../lib/actor.js';
import { AppError } from '../../lib/app-error.js';
import { readMultipart, sendStoredFile } from '../../lib/uploads.js';
import { errorResponses } from '../../plugins/openapi.js';
import { operatorsOf, usersByIds } from '../identity/index.js';
import { membershipsOf, organizationIdsOfType, organizationsByIds } from '../organizations/index.js';
import { publicRegistry, registryExport } from './public-registry/public-registry.service.js';
import * as repo from './registry.repository.js';
import * as registry from './registry.service.js';

const Id = z.object({ id: z.uuid() });
const iso = (d: Date | null | undefined) => d?.toISOString() ?? null;

/** Applications with everything a reader sees: the organisation, documents, messages and names. */
async function describe(ctx: AppContext, actor: Actor, rows: repo.ApplicationRow[], options: { full: boolean }) {
  const ids = rows.map((r) => r.id);
  const [orgs, documents, messages, settings, memberships] = await Promise.all([
    organizationsByIds(
      ctx,
      rows.map((r) => r.organizationId),
    ),
    options.full ? repo.currentDocuments(ctx.db, ids) : Promise.resolve([]),
    options.full ? repo.messagesOf(ctx.db, ids) : Promise.resolve([]),
    registry.allSettings(ctx),
    membershipsOf(ctx, actor.userId),
  ]);
  const own = new Set(memberships.map((m) => m.organizationId));
  const people = await usersByIds(ctx.db, [
    ...new Set([
      ...rows.flatMap((r) => (r.assignedOperatorId ? [r.assignedOperatorId] : [])),
      ...messages.map((m) => m.authorId),
    ]),
  ]);
  const nameOf = (id: string | null) => (id ? (people.find((p) => p.id === id)?.displayName ?? null) : null);
  const now = ctx.clock.now();
  return rows.map((a): z.infer<typeof StatusApplication> => {
    const org = orgs.find((o) => o.id === a.organizationId);
    return {
      id: a.id,
      organizationId: a.organizationId,
      organizationName: org?.name ?? {},
      organizationType: (org?.type ?? 'company') as z.infer<typeof StatusApplication>['organizationType'],
      organizationJurisdiction: org?.jurisdiction ?? 'OTHER',
      organizationCity: org?.city ?? '',
      requestedStatus: a.requestedStatus,
      reviewerJurisdiction: a.reviewerJurisdiction,
      state: a.state,
      submittedAt: iso(a.submittedAt),
      deadlineAt: iso(a.deadlineAt),
      overdue: registry.isOverdue(a, now),
      slaPausedDaysLeft: a.state === 'info_requested' ? a.slaPausedDaysLeft : null,
      assignedOperatorId: a.assignedOperatorId,
      assignedOperatorName: nameOf(a.assignedOperatorId),
      decidedAt: iso(a.decidedAt),
      decisionReason: a.decisionReason,
      checklist: a.checklist as z.infer<typeof StatusApplication>['checklist'],
      requiredDocuments: settings[a.reviewerJurisdiction].requiredDocuments[a.requestedStatus],
      documents: documents.filter((d) => d.applicationId === a.id).map(documentOut),
      messages: messages
        .filter((m) => m.applicationId === a.id)
        .map((m) => ({
          id: m.id,
          kind: m.kind,
          authorName: nameOf(m.authorId) ?? '',
          authorSide: m.authorSide,
          body: m.body,
          createdAt: m.createdAt.toISOString(),
        })),
      ownOrganization: own.has(a.organizationId),
      version: a.version,
      createdAt: a.createdAt.toISOString(),
      updatedAt: a.updatedAt.toISOString(),
    };
  });
}

const documentOut = (d: Omit<repo.DocumentRow, 'removedAt'>) => ({
  id: d.id,
  kind: d.kind as z.infer<typeof DocumentKind>,
  fileName: d.fileName,
  contentType: d.contentType,
  size: d.size,
  sha256: d.sha256,
  uploadedAt: d.uploadedAt.toISOString(),
});

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

export function registerRegistryRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['registry'];
  const one = async (actor: Actor, row: repo.ApplicationRow) =>
    (await describe(ctx, actor, [row], { full: true }))[0] as z.infer<typeof StatusApplication>;

  r.get('/api/v1/organizations/:id/registry', {
    schema: {
      tags,
      summary: "The organisation's cluster status, history, eligibility and applications",
      params: Id,
      response: {
        200: z.object({
          status: OrganizationStatus,
          statusSince: z.string().nullable(),
          eligibility: Eligibility,
          applications: z.array(StatusApplication),
          history: z.array(StatusHistoryEntry),
        }),
        ...errorResponses(401, 403, 404),
      },
    },
    handler: async (request) => {
      const actor = requireActor(request);
      const view = await registry.organizationRegistry(ctx, actor, request.params.id);
      const actors = await usersByIds(
        ctx.db,
        view.history.flatMap((h) => (h.actorId ? [h.actorId] : [])),
      );
      return {
        status: view.org.status as z.infer<typeof OrganizationStatus>,
        statusSince: iso(view.org.statusSince),
        eligibility: { ...view.eligibility, reapplyAfter: iso(view.eligibility.reapplyAfter) },
        applications: await describe(ctx, actor, view.applications, { full: true }),
        history: view.history.map((h) => ({
          id: h.id,
          fromStatus: h.fromStatus as z.infer<typeof OrganizationStatus>,
          toStatus: h.toStatus as z.infer<typeof OrganizationStatus>,
          reason: h.reason,
          actorName: actors.find((a) => a.id === h.actorId)?.displayName ?? null,
          applicationId: h.applicationId,
          cause: h.cause,
          at: h.at.toISOString(),
        })),
      };
    },
  });

  r.post('/api/v1/organizations/:id/applications', {
    schema: {
      tags,
      summary: 'Start a status application (a draft; its admins)',
      params: Id,
      body: CreateApplicationBody,
      response: { 201: StatusApplication, ...errorResponses(401, 403, 404, 409, 422) },
    },
    handler: async (request, reply) => {
      const actor = requireActor(request);
      const row = await registry.createApplication(ctx, actor, request.params.id, request.body);
      return reply.code(201).send(await one(actor, row));
    },
  });

  r.get('/api/v1/applications/:id', {
    schema: {
      tags,
      summary: 'A status application',
      params: Id,
      response: { 200: StatusApplication, ...errorResponses(401, 403, 404) },
    },
    handler: async (request) => {
      const actor = requireActor(request);
      return one(actor, await registry.getApplication(ctx, actor, request.params.id));
    },
  });

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
      // Authorise before reading the body, so a stranger's upload is not even buffered.
      const application = await registry.loadApplication(ctx, request.params.id);
      await registry.getApplication(ctx, actor, application.id);
      const upload = await readUpload(request);
      const row = await registry.uploadDocument(ctx, actor, application.id, upload);
      return reply.code(201).send(documentOut(row));
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
      const { document, content } = await registry.readDocument(
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
      await registry.removeDocument(ctx, requireActor(request), request.params.id, request.params.documentId);
      return reply.code(204).send(null);
    },
  });

  const action = (
    path: string,
    summary: string,
    run: (actor: Actor, id: string, body: never) => Promise<repo.ApplicationRow>,
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
      handler: async (request) => {
        const actor = requireActor(request);
        return one(actor, await run(actor, request.params.id, request.body as never));
      },
    });

  action('submit', 'Submit the application to the operator (its admins)', (a, id) =>
    registry.submitApplication(ctx, a, id),
  );
  action('withdraw', 'Withdraw the application (its admins)', (a, id) => registry.withdrawApplication(ctx, a, id));
  action(
    'answer',
    'Answer the operator’s request for information (its admins)',
    (a, id, b: z.infer<typeof MessageBody>) => registry.answerInformationRequest(ctx, a, id, b.message),
    MessageBody,
  );
  action('take', 'Take the application for review (operators of its jurisdiction)', (a, id) =>
    registry.takeApplication(ctx, a, id),
  );
  action(
    'request-info',
    'Ask the applicant for information; the service-level clock pauses',
    (a, id, b: z.infer<typeof MessageBody>) => registry.requestInformation(ctx, a, id, b.message),
    MessageBody,
  );
  action(
    'approve',
    'Approve, with the criteria checklist confirmed and a reason',
    (a, id, b: z.infer<typeof ApproveBody>) => registry.approveApplication(ctx, a, id, b),
    ApproveBody,
  );
  action(
    'reject',
    'Reject, with a reason the applicant reads',
    (a, id, b: z.infer<typeof ReasonBody>) => registry.rejectApplication(ctx, a, id, b.reason),
    ReasonBody,
  );

  r.get('/api/v1/registry/applications', {
    schema: {
      tags,
      summary: "The operators' queue, by deadline, with counts",
      querystring: QueueQuery,
      response: {
        200: z.object({
          items: z.array(StatusApplication),
          counts: z.object({ byState: z.record(z.string(), z.number().int()), overdue: z.number().int() }),
        }),
        ...errorResponses(401, 403, 422),
      },
    },
    handler: async (request) => {
      const q = request.query;
      const actor = requireActor(request);
      const { rows, counts } = await registry.operatorQueue(ctx, actor, {
        state: q.state,
        requestedStatus: q.requestedStatus,
        organizationIds: q.type ? await organizationIdsOfType(ctx, q.type) : undefined,
        overdue: q.overdue === 'true',
        assignedToMe: q.assignedToMe === 'true',
        jurisdiction: q.jurisdiction,
      });
      return {
        items: await describe(ctx, actor, rows, { full: false }),
        counts: {
          byState: Object.fromEntries(counts.byState.map((c) => [c.state, Number(c.n)])),
          overdue: counts.overdue,
        },
      };
    },
  });

  for (const statusAction of ['suspend', 'exclude', 'reinstate'] as const) {
    r.post(`/api/v1/organizations/:id/status/${statusAction}`, {
      schema: {
        tags,
        summary: `${statusAction[0]?.toUpperCase()}${statusAction.slice(1)} the organisation (operators of its jurisdiction), with a reason`,
        params: Id,
        body: ReasonBody,
        response: {
          200: z.object({ status: OrganizationStatus, statusSince: z.string().nullable() }),
          ...errorResponses(401, 403, 404, 409, 422),
        },
      },
      handler: async (request) => {
        const org = await registry.changeStatusDirectly(
          ctx,
          requireActor(request),
          request.params.id,
          statusAction,
          request.body.reason,
        );
        return { status: org.status as z.infer<typeof OrganizationStatus>, statusSince: iso(org.statusSince) };
      },
    });
  }

  // case management

  const CaseFile = z.object({
    notes: z.array(z.object({ id: z.string(), body: z.string(), authorName: z.string(), createdAt: z.string() })),
    tasks: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        dueDate: z.string(),
        ownerId: z.string(),
        ownerName: z.string(),
        doneAt: z.string().nullable(),
        createdAt: z.string(),
        overdue: z.boolean(),
      }),
    ),
    contacts: z.array(
      z.object({
        id: z.string(),
        channel: z.string(),
        summary: z.string(),
        contactedAt: z.string(),
        authorName: z.string(),
        createdAt: z.string(),
      }),
    ),
  });

  r.get('/api/v1/organizations/:id/case', {
    schema: {
      tags: ['case'],
      summary: "The operator's private case file on an organisation",
      params: Id,
      response: { 200: CaseFile, ...errorResponses(401, 403, 404) },
    },
    handler: async (request) => {
      const file = await registry.caseFile(ctx, requireActor(request), request.params.id);
      const people = await usersByIds(ctx.db, [
        ...new Set([
          ...file.notes.map((n) => n.authorId),
          ...file.tasks.map((t) => t.ownerId),
          ...file.contacts.map((c) => c.authorId),
        ]),
      ]);
      const nameOf = (id: string) => people.find((p) => p.id === id)?.displayName ?? '';
      const today = ctx.clock.now().toISOString().slice(0, 10);
      return {
        notes: file.notes.map((n) => ({
          id: n.id,
          body: n.body,
          authorName: nameOf(n.authorId),
          createdAt: n.createdAt.toISOString(),
        })),
        tasks: file.tasks.map((t) => ({
          id: t.id,
          title: t.title,
          dueDate: t.dueDate,
          ownerId: t.ownerId,
          ownerName: nameOf(t.ownerId),
          doneAt: iso(t.doneAt),
          createdAt: t.createdAt.toISOString(),
          overdue: !t.doneAt && t.dueDate < today,
        })),
        contacts: file.contacts.map((c) => ({
          id: c.id,
          channel: c.channel,
          summary: c.summary,
          contactedAt: c.contactedAt.toISOString(),
          authorName: nameOf(c.authorId),
          createdAt: c.createdAt.toISOString(),
        })),
      };
    },
  });

  const created = z.object({ id: z.string() }).passthrough();
  r.post('/api/v1/organizations/:id/case/notes', {
    schema: {
      tags: ['case'],
      summary: 'Add a private note',
      params: Id,
      body: CaseNoteBody,
      response: { 201: created, ...errorResponses(401, 403, 404, 422) },
    },
    handler: async (request, reply) => {
      const row = await registry.addCaseNote(ctx, requireActor(request), request.params.id, request.body.body);
      return reply.code(201).send({ ...row, createdAt: row.createdAt.toISOString() });
    },
  });
  r.post('/api/v1/organizations/:id/case/tasks', {
    schema: {
      tags: ['case'],
      summary: 'Add a follow-up task',
      params: Id,
      body: CaseTaskBody,
      response: { 201: created, ...errorResponses(401, 403, 404, 422) },
    },
    handler: async (request, reply) => {
      const row = await registry.addCaseTask(ctx, requireActor(request), request.params.id, request.body);
      return reply.code(201).send({ ...row, createdAt: row.createdAt.toISOString() });
    },
  });
  r.post('/api/v1/organizations/:id/case/tasks/:taskId/done', {
    schema: {
      tags: ['case'],
      summary: 'Mark a task done',
      params: Id.extend({ taskId: z.uuid() }),
      response: { 200: created, ...errorResponses(401, 403, 404) },
    },
    handler: async (request) => {
      const row = await registry.completeCaseTask(ctx, requireActor(request), request.params.id, request.params.taskId);
      return { ...row, createdAt: row.createdAt.toISOString(), doneAt: iso(row.doneAt) };
    },
  });
  r.post('/api/v1/organizations/:id/case/contacts', {
    schema: {
      tags: ['case'],
      summary: 'Log a contact',
      params: Id,
      body: CaseContactBody,
      response: { 201: created, ...errorResponses(401, 403, 404, 422) },
    },
    handler: async (request, reply) => {
      const row = await registry.addCaseContact(ctx, requireActor(request), request.params.id, request.body);
      return reply
        .code(201)
        .send({ ...row, contactedAt: row.contactedAt.toISOString(), createdAt: row.createdAt.toISOString() });
    },
  });

  r.get('/api/v1/me/operators', {
    schema: {
      tags: ['case'],
      summary: 'Operators of a jurisdiction (for operators and admins), to assign tasks',
      querystring: z.object({ jurisdiction: OperatorJurisdiction }),
      response: {
        200: z.object({ items: z.array(z.object({ id: z.string(), displayName: z.string() })) }),
        ...errorResponses(401, 403, 422),
      },
    },
    handler: async (request) => {
      const actor = requireActor(request);
      if (!isAdmin(actor) && operatorJurisdictions(actor).length === 0) throw new AppError('operator_required');
      const users = await operatorsOf(ctx, request.query.jurisdiction);
      return { items: users.map((u) => ({ id: u.id, displayName: u.displayName })) };
    },
  });

  // settings

  r.get('/api/v1/registry/settings/:jurisdiction', {
    schema: {
      tags,
      summary: 'Registry rules of a jurisdiction',
      params: z.object({ jurisdiction: OperatorJurisdiction }),
      response: { 200: RegistrySettings, ...errorResponses(401, 403) },
    },
    handler: async (request) => {
      const actor = requireActor(request);
      if (!isAdmin(actor) && operatorJurisdictions(actor).length === 0) throw new AppError('operator_required');
      return (await registry.allSettings(ctx))[request.params.jurisdiction];
    },
  });

  r.put('/api/v1/registry/settings/:jurisdiction', {
    schema: {
      tags,
      summary: 'Change the registry rules of a jurisdiction (admins)',
      params: z.object({ jurisdiction: OperatorJurisdiction }),
      body: RegistrySettings,
      response: { 200: RegistrySettings, ...errorResponses(401, 403, 422) },
    },
    handler: async (request) =>
      registry.updateSettings(ctx, requireActor(request), request.params.jurisdiction, request.body),
  });

  // the public registry

  r.get('/api/v1/registry', {
    // A public list: visitors' answers are kept for a moment (plugins/public-cache.ts).
    config: { publicCache: true },
    schema: {
      tags,
      summary: 'The public registry: participants and partners, searchable in every language',
      querystring: RegistryQuery,
      response: {
        200: z.object({
          items: z.array(Organization),
          nextCursor: z.string().nullable(),
          total: z.number().int(),
          counts: z.object({
            byStatus: z.record(z.string(), z.number().int()),
            byJurisdiction: z.record(z.string(), z.number().int()),
          }),
        }),
        ...errorResponses(422),
      },
    },
    handler: async (request) => publicRegistry(ctx, request.query),
  });

  r.get('/api/v1/registry/export', {
    // A public list: visitors' answers are kept for a moment (plugins/public-cache.ts).
    config: { publicCache: true },
    schema: {
      tags,
      summary: 'The public registry as CSV (UTF-8 with BOM) or JSON, with the same filters',
      querystring: RegistryQuery.omit({ cursor: true, limit: true }).extend({
        format: z.enum(['csv', 'json']).default('csv'),
      }),
      response: { 200: z.string().describe('text/csv or application/json'), ...errorResponses(422) },
    },
    handler: async (request, reply) => {
      const file = await registryExport(ctx, request.query, request.query.format, request.locale);
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .send(file.body as never);
    },
  });
}
