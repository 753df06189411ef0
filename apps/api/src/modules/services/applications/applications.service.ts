import type {
  ServiceApplicationBody as BodySchema,
  ServiceApplication,
  ServiceApplicationAction,
  ServiceApplicationList,
  ServiceApplicationStep,
  ServiceRatingBody,
} from '@innobridge/contracts';
import type { z } from 'zod';
import type { AppContext } from '../../../app-context.js';
import type { Actor } from '../../../lib/actor.js';
import { AppError } from '../../../lib/app-error.js';
import { newId } from '../../../lib/ids.js';
import { runTransition, type Workflow } from '../../../lib/workflow.js';
import { addWorkingDays, JURISDICTION_UTC_OFFSET_HOURS } from '../../../lib/working-days.js';
import { recordAudit } from '../../audit/index.js';
import { membershipsOf, organizationsByIds } from '../../organizations/index.js';
import { allSettings } from '../../registry/index.js';
import { judgeServices } from '../eligibility/eligibility.service.js';
import { providersOfActor } from '../providers/providers.service.js';
import * as services from '../services.repository.js';
import * as repo from './applications.repository.js';
import { APPLICATION_TRANSITIONS, type ApplicationRole } from './applications.workflow.js';
import { checkAnswers } from './forms.js';

type Ctx = AppContext;
type Row = repo.ApplicationRow;
const OPEN: readonly string[] = ['submitted', 'in_progress', 'information_requested'];

async function isMember(ctx: Ctx, actor: Actor, organizationId: string) {
  return (await membershipsOf(ctx, actor.userId)).some((m) => m.organizationId === organizationId);
}

async function formOf(ctx: Ctx, serviceId: string, version: number) {
  const forms = await services.formsOf(ctx.db, [{ serviceId, version }]);
  return forms.get(`${serviceId}:${version}`)?.definition ?? { fields: [] };
}

/** Refuses answers that do not fit the form they are given to. */
function assertAnswers(issues: ReturnType<typeof checkAnswers>) {
  if (issues.length > 0) throw new AppError('service_answers_invalid', { fields: issues });
}

/** The organisation's eligibility for the service, refused with every rule's reason when it is not. */
async function assertEligible(ctx: Ctx, actor: Actor, service: services.ServiceRow, organizationId: string) {
  const [organization] = await organizationsByIds(ctx, [organizationId]);
  if (!organization) throw new AppError('service_organization_forbidden');
  const judged = (await judgeServices(ctx, actor.locale, organization, [service])).get(service.id);
  if (judged && !judged.eligible) throw new AppError('service_not_eligible', { extra: { rules: judged.rules } });
}

/** The end of the decision's deadline: working days of the provider's jurisdiction, its holidays skipped. */
async function deadlineFrom(ctx: Ctx, service: services.ServiceRow, now: Date): Promise<Date> {
  const jurisdiction = service.jurisdiction === 'CN' ? 'CN' : 'RU';
  const settings = (await allSettings(ctx))[jurisdiction];
  return addWorkingDays(now, service.deadlineDays, {
    utcOffsetHours: JURISDICTION_UTC_OFFSET_HOURS[jurisdiction],
    holidays: new Set(settings.holidays),
  });
}

type Prepared = { service: services.ServiceRow; deadline: Date | null };
type ApplicationWorkflow = {
  ctx: Ctx;
  actor: Actor;
  row: Row;
  action: ServiceApplicationAction;
  role: ApplicationRole;
  prepared: Prepared;
  plan: { patch?: Partial<Row> };
};

async function serviceOf(ctx: Ctx, row: Row) {
  const service = await services.findService(ctx.db, row.serviceId);
  if (!service) throw new AppError('service_application_not_found');
  return service;
}

const WORKFLOW: Workflow<ApplicationWorkflow> = {
  table: APPLICATION_TRANSITIONS,
  subjectType: 'service_application',
  find: repo.findApplication,
  compareAndSet: repo.compareAndSet,
  mayAct: {
    applicant: async (ctx, actor, row) => {
      if (!(await isMember(ctx, actor, row.organizationId))) throw new AppError('service_application_forbidden');
    },
    provider: async (ctx, actor, row) => {
      const service = await serviceOf(ctx, row);
      if (!(await providersOfActor(ctx, actor)).includes(service.providerId)) {
        throw new AppError('service_application_forbidden');
      }
    },
  },
  errors: {
    notFound: () => new AppError('service_application_not_found'),
    stateConflict: () => new AppError('service_application_conflict'),
    changed: () => new AppError('service_application_conflict'),
  },
  prepare: async (ctx, step) => {
    const service = await serviceOf(ctx, step.before);
    if (step.action === 'submit') {
      const form = await formOf(ctx, service.id, step.before.formVersion);
      assertAnswers(checkAnswers(form, step.before.answers));
      await assertEligible(ctx, step.actor, service, step.before.organizationId);
    }
    return { service, deadline: step.action === 'submit' ? await deadlineFrom(ctx, service, ctx.clock.now()) : null };
  },
  stamp: (step) => ({ updatedAt: step.now }),
  audit: {
    record: recordAudit,
    entry: (done) => ({ action: `service_application.${done.action}`, summary: { state: done.row.state } }),
  },
};

/** A member's application for a published service, for their organisation: a draft, or submitted at once. */
export async function createApplication(
  ctx: Ctx,
  actor: Actor,
  serviceId: string,
  body: z.output<typeof BodySchema>,
): Promise<ServiceApplication> {
  const service = await services.findService(ctx.db, serviceId);
  const provider = service ? await services.findProvider(ctx.db, service.providerId) : null;
  if (!service || service.state !== 'published' || provider?.state !== 'approved')
    throw new AppError('service_not_found');
  if (!(await isMember(ctx, actor, body.organizationId))) throw new AppError('service_organization_forbidden');
  const form = await formOf(ctx, serviceId, service.formVersion);
  assertAnswers(checkAnswers(form, body.answers, false));
  if (body.submit) {
    assertAnswers(checkAnswers(form, body.answers));
    await assertEligible(ctx, actor, service, body.organizationId);
  }
  const now = ctx.clock.now();
  const row = await ctx.db.transaction(async (tx) => {
    const created = await repo.insertApplication(tx, {
      id: newId(),
      serviceId,
      organizationId: body.organizationId,
      applicantId: actor.userId,
      formVersion: service.formVersion,
      answers: body.answers,
      state: 'draft',
      createdAt: now,
      updatedAt: now,
    });
    await recordAudit(tx, ctx.clock, {
      actorUserId: actor.userId,
      action: 'service_application.created',
      subjectType: 'service_application',
      subjectId: created.id,
      summary: { serviceId },
    });
    return created;
  });
  if (!body.submit) return describe(ctx, row);
  return step(ctx, actor, row.id, 'submit', { version: row.version });
}

/** One step of an application's workflow, with what the step needs; audited. */
export async function step(
  ctx: Ctx,
  actor: Actor,
  id: string,
  action: ServiceApplicationAction,
  body: ServiceApplicationStep,
): Promise<ServiceApplication> {
  const row = await runTransition(WORKFLOW, ctx, {
    actor,
    id,
    action,
    plan: async (tx, s) => {
      if (s.before.version !== body.version) throw new AppError('service_application_conflict');
      const { service, deadline } = s.prepared;
      switch (action) {
        case 'submit':
          return { patch: { submittedAt: s.now, deadlineAt: deadline } };
        case 'request_information':
        case 'reject':
          if (!body.message) throw new AppError('service_step_incomplete');
          return { patch: { message: body.message, ...(action === 'reject' ? { decidedAt: s.now } : {}) } };
        case 'answer': {
          const answers = { ...s.before.answers, ...body.answers };
          const form = (await services.formsOf(tx, [{ serviceId: service.id, version: s.before.formVersion }])).get(
            `${service.id}:${s.before.formVersion}`,
          );
          assertAnswers(checkAnswers(form?.definition ?? { fields: [] }, answers));
          return { patch: { answers, message: null } };
        }
        case 'approve': {
          if (service.budgetAmount === null) return { patch: { decidedAt: s.now } };
          if (!body.amount) throw new AppError('service_step_incomplete');
          if (!(await repo.reserve(tx, service.id, body.amount))) throw new AppError('service_budget_exceeded');
          return { patch: { decidedAt: s.now, amount: body.amount } };
        }
        case 'deliver':
          return { patch: { deliveredAt: s.now } };
        default:
          return {};
      }
    },
  });
  return describe(ctx, row);
}

async function readable(ctx: Ctx, actor: Actor, id: string): Promise<{ row: Row; provider: boolean }> {
  const row = await repo.findApplication(ctx.db, id);
  if (!row) throw new AppError('service_application_not_found');
  if (await isMember(ctx, actor, row.organizationId)) return { row, provider: false };
  const service = await serviceOf(ctx, row);
  if ((await providersOfActor(ctx, actor)).includes(service.providerId)) return { row, provider: true };
  throw new AppError('service_application_not_found');
}

export async function readApplication(ctx: Ctx, actor: Actor, id: string): Promise<ServiceApplication> {
  return describe(ctx, (await readable(ctx, actor, id)).row);
}

/** The provider's queue of a service: deadlines first, overdue ones flagged, and what is left of its budget. */
export async function queue(ctx: Ctx, actor: Actor, serviceId: string): Promise<ServiceApplicationList> {
  const service = await services.findService(ctx.db, serviceId);
  if (!service) throw new AppError('service_not_found');
  if (!(await providersOfActor(ctx, actor)).includes(service.providerId)) throw new AppError('service_forbidden');
  const rows = (await repo.applicationsOfService(ctx.db, serviceId)).filter((r) => r.state !== 'draft');
  return {
    items: await describeMany(ctx, rows),
    budgetLeft: service.budgetAmount === null ? null : service.budgetAmount - service.reserved,
  };
}

/** The applicant rates a delivered service once, 1 to 5 with a comment. */
export async function rate(ctx: Ctx, actor: Actor, id: string, body: ServiceRatingBody): Promise<ServiceApplication> {
  const { row, provider } = await readable(ctx, actor, id);
  if (provider && !(await isMember(ctx, actor, row.organizationId)))
    throw new AppError('service_application_forbidden');
  if (row.state !== 'delivered' && row.state !== 'closed') throw new AppError('service_rating_refused');
  const inserted = await ctx.db.transaction(async (tx) => {
    const ok = await repo.insertRating(tx, {
      applicationId: row.id,
      serviceId: row.serviceId,
      score: body.score,
      comment: body.comment ?? null,
      createdAt: ctx.clock.now(),
    });
    if (ok) {
      await recordAudit(tx, ctx.clock, {
        actorUserId: actor.userId,
        action: 'service_application.rated',
        subjectType: 'service_application',
        subjectId: row.id,
        summary: { score: body.score },
      });
    }
    return ok;
  });
  if (!inserted) throw new AppError('service_rating_refused');
  return describe(ctx, row);
}

async function describeMany(ctx: Ctx, rows: Row[]): Promise<ServiceApplication[]> {
  const [forms, ratings] = await Promise.all([
    services.formsOf(
      ctx.db,
      rows.map((r) => ({ serviceId: r.serviceId, version: r.formVersion })),
    ),
    repo.ratingsOfApplications(
      ctx.db,
      rows.map((r) => r.id),
    ),
  ]);
  const now = ctx.clock.now();
  return rows.map((r) => {
    const rating = ratings.get(r.id);
    return {
      id: r.id,
      serviceId: r.serviceId,
      organizationId: r.organizationId,
      state: r.state as ServiceApplication['state'],
      form: { version: r.formVersion, fields: forms.get(`${r.serviceId}:${r.formVersion}`)?.definition.fields ?? [] },
      answers: r.answers,
      message: r.message,
      amount: r.amount,
      deadlineAt: r.deadlineAt?.toISOString() ?? null,
      overdue: !!r.deadlineAt && OPEN.includes(r.state) && r.deadlineAt < now,
      rating: rating ? { score: rating.score, comment: rating.comment } : null,
      version: r.version,
      submittedAt: r.submittedAt?.toISOString() ?? null,
      updatedAt: r.updatedAt.toISOString(),
    };
  });
}

async function describe(ctx: Ctx, row: Row): Promise<ServiceApplication> {
  const [one] = await describeMany(ctx, [row]);
  return one as ServiceApplication;
}
