import {
  hasAnyLanguage,
  type Locale,
  type Service,
  type ServiceBodyParsed,
  type ServiceCard,
  type ServiceEligibility,
  type ServicePage,
  type ServicePatch as ServicePatchSchema,
  type ServiceQuery,
} from '@innobridge/contracts';
import type { z } from 'zod';
import type { AppContext } from '../../../app-context.js';
import type { Actor } from '../../../lib/actor.js';
import { AppError } from '../../../lib/app-error.js';
import { newId } from '../../../lib/ids.js';
import { runTransition, type Workflow } from '../../../lib/workflow.js';
import { recordAudit } from '../../audit/index.js';
import { membershipsOf, organizationsByIds } from '../../organizations/index.js';
import { checkDefinition } from '../applications/forms.js';
import { judgeServices } from '../eligibility/eligibility.service.js';
import { actingProvider, providersOfActor } from '../providers/providers.service.js';
import * as repo from '../services.repository.js';
import { describeService, describeServices, languagesOf } from '../services.views.js';
import { SERVICE_TRANSITIONS, type ServiceAction, type ServiceRole } from './catalogue.workflow.js';

type Ctx = AppContext;
type Patch = z.output<typeof ServicePatchSchema>;

function checkForm(form: ServiceBodyParsed['form'] | undefined) {
  if (!form) return;
  const fields = checkDefinition(form);
  if (fields.length > 0) throw new AppError('service_form_invalid', { fields });
}

/** A provider's new service, a draft with the first version of its form; audited. */
export async function createService(ctx: Ctx, actor: Actor, body: ServiceBodyParsed): Promise<Service> {
  const provider = await actingProvider(ctx, actor, body.providerId);
  checkForm(body.form);
  const now = ctx.clock.now();
  const id = newId();
  const row = await ctx.db.transaction(async (tx) => {
    const created = await repo.insertService(tx, {
      id,
      providerId: provider.id,
      category: body.category,
      title: body.title,
      description: body.description,
      languages: languagesOf(body.title, body.description),
      jurisdiction: provider.jurisdiction,
      cost: body.cost,
      costKind: body.cost.kind,
      budget: body.budget,
      budgetAmount: body.budget?.amount ?? null,
      deadlineDays: body.deadlineDays,
      rules: body.rules,
      formVersion: 1,
      state: 'draft',
      createdBy: actor.userId,
      createdAt: now,
      updatedAt: now,
    });
    await repo.insertForm(tx, { serviceId: id, version: 1, definition: body.form, createdAt: now });
    await recordAudit(tx, ctx.clock, {
      actorUserId: actor.userId,
      action: 'service.created',
      subjectType: 'service',
      subjectId: id,
      summary: { providerId: provider.id, category: body.category },
    });
    return created;
  });
  return describeService(ctx, row);
}

/** The service, when the actor acts for its provider. */
async function providersService(ctx: Ctx, actor: Actor, id: string): Promise<repo.ServiceRow> {
  const row = await repo.findService(ctx.db, id);
  if (!row) throw new AppError('service_not_found');
  if (!(await providersOfActor(ctx, actor)).includes(row.providerId)) throw new AppError('service_forbidden');
  return row;
}

/**
 * Changes a service. A new form becomes its next version: applications made with the one before keep
 * it. Audited.
 */
export async function updateService(ctx: Ctx, actor: Actor, id: string, patch: Patch): Promise<Service> {
  const current = await providersService(ctx, actor, id);
  if (current.version !== patch.version) throw new AppError('service_conflict');
  checkForm(patch.form);
  const title = patch.title ?? current.title;
  const description = patch.description ?? current.description;
  if (current.state === 'published' && (!hasAnyLanguage(title) || !hasAnyLanguage(description))) {
    throw new AppError('service_incomplete');
  }
  const now = ctx.clock.now();
  const formVersion = patch.form ? current.formVersion + 1 : current.formVersion;
  const row = await ctx.db.transaction(async (tx) => {
    const written = await repo.updateServiceAt(tx, id, patch.version, {
      category: patch.category,
      title,
      description,
      languages: languagesOf(title, description),
      cost: patch.cost,
      costKind: patch.cost?.kind,
      budget: patch.budget,
      budgetAmount: patch.budget === undefined ? undefined : (patch.budget?.amount ?? null),
      deadlineDays: patch.deadlineDays,
      rules: patch.rules,
      formVersion,
      updatedAt: now,
    });
    if (!written) throw new AppError('service_conflict');
    if (patch.form)
      await repo.insertForm(tx, { serviceId: id, version: formVersion, definition: patch.form, createdAt: now });
    await recordAudit(tx, ctx.clock, {
      actorUserId: actor.userId,
      action: 'service.updated',
      subjectType: 'service',
      subjectId: id,
      summary: { changed: Object.keys(patch).filter((k) => k !== 'version'), formVersion },
    });
    return written;
  });
  return describeService(ctx, row);
}

type ServiceWorkflow = {
  ctx: Ctx;
  actor: Actor;
  row: repo.ServiceRow;
  action: ServiceAction;
  role: ServiceRole;
  prepared: undefined;
  plan: { patch?: Partial<repo.ServiceRow> };
};

const SERVICE_WORKFLOW: Workflow<ServiceWorkflow> = {
  table: SERVICE_TRANSITIONS,
  subjectType: 'service',
  find: async (handle, id) => (await repo.findService(handle, id)) ?? undefined,
  compareAndSet: async (tx, seen, changes) =>
    (await repo.updateServiceAt(tx, seen.id, seen.version, changes)) ?? undefined,
  mayAct: {
    provider: async (ctx, actor, row) => {
      await actingProvider(ctx, actor, row.providerId).catch((e) => {
        throw e instanceof AppError && e.code === 'service_provider_forbidden' ? new AppError('service_forbidden') : e;
      });
    },
  },
  errors: {
    notFound: () => new AppError('service_not_found'),
    stateConflict: () => new AppError('service_conflict'),
    changed: () => new AppError('service_conflict'),
  },
  stamp: (step) => ({
    updatedAt: step.now,
    ...(step.action === 'publish' && !step.before.publishedAt ? { publishedAt: step.now } : {}),
  }),
  audit: {
    record: recordAudit,
    entry: (done) => ({ action: `service.${done.action === 'publish' ? 'published' : 'withdrawn'}`, summary: {} }),
  },
};

/** Publishes a service (its texts complete), or withdraws it from the catalogue; audited. */
export async function moveService(
  ctx: Ctx,
  actor: Actor,
  id: string,
  action: ServiceAction,
  version: number,
): Promise<Service> {
  const row = await runTransition(SERVICE_WORKFLOW, ctx, {
    actor,
    id,
    action,
    plan: (_tx, step) => {
      if (step.before.version !== version) throw new AppError('service_conflict');
      if (action === 'publish' && (!hasAnyLanguage(step.before.title) || !hasAnyLanguage(step.before.description))) {
        throw new AppError('service_incomplete');
      }
      return {};
    },
  });
  return describeService(ctx, row);
}

/** A service as the reader may see it: published to everyone, otherwise only to its provider's people. */
export async function readService(ctx: Ctx, actor: Actor | null, id: string): Promise<Service> {
  const row = await repo.findService(ctx.db, id);
  if (!row) throw new AppError('service_not_found');
  const service = await describeService(ctx, row);
  const inCatalogue = row.state === 'published' && service.provider.state === 'approved';
  if (!inCatalogue && !(await providersOfActor(ctx, actor)).includes(row.providerId)) {
    throw new AppError('service_not_found');
  }
  return service;
}

/** The services of the providers the actor acts for, in every state. */
export async function myServices(ctx: Ctx, actor: Actor): Promise<{ items: Service[] }> {
  const providers = await providersOfActor(ctx, actor);
  return { items: await describeServices(ctx, await repo.servicesOfProviders(ctx.db, providers)) };
}

const encodeCursor = (row: repo.ServiceRow) =>
  Buffer.from(`${row.publishedAt?.toISOString()}|${row.id}`).toString('base64url');

function decodeCursor(cursor: string | undefined): repo.CatalogueFilter['after'] {
  if (!cursor) return undefined;
  const [at, id] = Buffer.from(cursor, 'base64url').toString().split('|');
  const publishedAt = new Date(at ?? '');
  if (!id || Number.isNaN(publishedAt.getTime()))
    throw new AppError('validation_failed', { fields: [{ path: 'cursor', code: 'invalid' }] });
  return { publishedAt, id };
}

/** ServiceEligibility for services in the reader's language, for one of the reader's organisations. */
async function judgeFor(ctx: Ctx, actor: Actor | null, organizationId: string | undefined) {
  if (!organizationId) return null;
  if (!actor) throw new AppError('unauthenticated');
  const member = (await membershipsOf(ctx, actor.userId)).some((m) => m.organizationId === organizationId);
  if (!member) throw new AppError('service_organization_forbidden');
  const [organization] = await organizationsByIds(ctx, [organizationId]);
  if (!organization) throw new AppError('service_organization_forbidden');
  return (locale: Locale, rows: repo.ServiceRow[]) => judgeServices(ctx, locale, organization, rows);
}

/**
 * The catalogue: published services of approved providers, searched and filtered; with one of the
 * reader's organisations, each judged for it with the reason of every rule, and with `eligible` only
 * what it is eligible for.
 */
export async function browseCatalogue(
  ctx: Ctx,
  actor: Actor | null,
  locale: Locale,
  query: ServiceQuery,
): Promise<ServicePage> {
  const judge = await judgeFor(ctx, actor, query.organization);
  const filter: repo.CatalogueFilter = {
    q: query.q,
    categories: query.category?.split(','),
    providerId: query.provider,
    jurisdiction: query.jurisdiction,
    language: query.language,
    costKind: query.cost,
    after: decodeCursor(query.cursor),
  };
  const onlyEligible = !!judge && query.eligible === '1';
  const picked: { row: repo.ServiceRow; eligibility: ServiceEligibility | null }[] = [];
  let more = false;
  // Reads pages until the page is full: with `eligible` some rows are left out after they are judged.
  for (;;) {
    const rows = await repo.catalogue(ctx.db, filter, query.limit + 1);
    const page = rows.slice(0, query.limit);
    const judged = judge ? await judge(locale, page) : new Map<string, ServiceEligibility>();
    for (const row of page) {
      if (picked.length >= query.limit) {
        more = true;
        break;
      }
      const eligibility = judged.get(row.id) ?? null;
      if (onlyEligible && !eligibility?.eligible) continue;
      picked.push({ row, eligibility });
    }
    const last = page.at(-1);
    if (more || rows.length <= query.limit || !last) break;
    if (picked.length >= query.limit) {
      more = true;
      break;
    }
    filter.after = { publishedAt: last.publishedAt as Date, id: last.id };
  }
  const described = await describeServices(
    ctx,
    picked.map((p) => p.row),
  );
  const items: ServiceCard[] = described.map((s, i) => ({ ...s, eligibility: picked[i]?.eligibility ?? null }));
  const lastPicked = picked.at(-1);
  return { items, nextCursor: more && lastPicked ? encodeCursor(lastPicked.row) : null };
}
