import {
  hasAnyLanguage,
  isSanctioned,
  type Locale,
  type OpportunityBody,
  type OpportunityState,
  type OrganizationStatus,
  type UpdateOpportunityBody,
} from '@innobridge/contracts';
import type { z } from 'zod';
import type { AppContext } from '../../app-context.js';
import type { DbOrTx } from '../../db/client.js';
import { type Actor, isAdmin, operatorJurisdictions } from '../../lib/actor.js';
import { AppError } from '../../lib/app-error.js';
import { DAY } from '../../lib/clock.js';
import { newId } from '../../lib/ids.js';
import { segmentFieldsForIndex } from '../../lib/text.js';
import { runTransition, type Workflow } from '../../lib/workflow.js';
import { recordAudit } from '../audit/index.js';
import { usersByIds } from '../identity/index.js';
import { unknownAreas } from '../matching/index.js';
import { notify, type Recipient } from '../notifications/index.js';
import { getOrganization, memberRole, membershipsOf, organizationAdminIds } from '../organizations/index.js';
import * as repo from './exchange.repository.js';
import {
  EDITABLE_STATES,
  EXPIRY_REMINDER_DAYS,
  OPPORTUNITY_TRANSITIONS,
  type OpportunityAction,
  type OpportunityRole,
  PUBLICATION_MONTHS,
} from './exchange.workflow.js';

type Ctx = AppContext;

const stateLabel = (state: string) => ({ key: `opportunityState.${state}`, ns: 'common' as const });

const addMonths = (date: Date, months: number) => {
  const d = new Date(date);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d;
};

/** A line per field, in the order `search_vector` weighs them (migration 0011). */
function chineseSearchText(o: Pick<repo.OpportunityRow, 'title' | 'summary' | 'description'>) {
  return segmentFieldsForIndex([o.title, o.summary, o.description].map((t) => t?.zh ?? ''));
}

const UPGRADE_BATCH = 200;

/**
 * Segments again the Chinese text of opportunities saved before it was kept a field a line (one line,
 * which the index reads as the title). A row saved meanwhile keeps what its save wrote.
 */
export async function upgradeChineseSearchText(ctx: Ctx): Promise<void> {
  for (;;) {
    const rows = await repo.rowsWithOneLineChineseText(ctx.db, UPGRADE_BATCH);
    for (const row of rows) await repo.replaceChineseSearchText(ctx.db, row.id, row.searchZh, chineseSearchText(row));
    if (rows.length < UPGRADE_BATCH) return;
  }
}

export async function assertMember(ctx: Ctx, actor: Actor, organizationId: string) {
  if (!(await memberRole(ctx, organizationId, actor.userId))) throw new AppError('organization_forbidden');
}

/** A suspended or excluded organisation acts in nothing another organisation sees (ADR 0014). */
export function assertNotSanctioned(org: { status: string }) {
  if (isSanctioned(org.status)) {
    throw new AppError('organization_sanctioned', {
      params: { status: { key: `status.${org.status}`, ns: 'common' } },
    });
  }
}

/** Withholds the organisation's opportunities while it is suspended or excluded, inside the status change. */
export const withholdOpportunities = (tx: DbOrTx, organizationId: string, status: string) =>
  repo.setWithheld(tx, organizationId, isSanctioned(status));

/** Operators moderate their own jurisdiction's organisations; organisations from elsewhere, either side. */
function assertModerator(actor: Actor, jurisdiction: string) {
  if (isAdmin(actor)) return;
  const own = operatorJurisdictions(actor);
  if (own.length === 0) throw new AppError('operator_required');
  if (jurisdiction !== 'OTHER' && !own.includes(jurisdiction as 'RU'))
    throw new AppError('operator_other_jurisdiction');
}

async function assertAreas(ctx: Ctx, areas: string[] | undefined) {
  const unknown = await unknownAreas(ctx, areas ?? []);
  if (unknown.length > 0) {
    throw new AppError('validation_failed', {
      fields: unknown.map((code) => ({ path: `areas.${(areas ?? []).indexOf(code)}`, code: 'invalid_option' })),
    });
  }
}

function assertTexts(body: Partial<Pick<OpportunityBody, 'title' | 'summary'>>, partial: boolean) {
  const fields = [];
  if ((!partial || body.title) && !hasAnyLanguage(body.title)) fields.push({ path: 'title', code: 'required' });
  if ((!partial || body.summary) && !hasAnyLanguage(body.summary)) fields.push({ path: 'summary', code: 'required' });
  if (fields.length > 0) throw new AppError('validation_failed', { fields });
}

function amountColumns(amount: OpportunityBody['amount']) {
  if (amount && amount.min !== undefined && amount.max !== undefined && amount.min > amount.max) {
    throw new AppError('validation_failed', { fields: [{ path: 'amount.max', code: 'invalid' }] });
  }
  return { amountMin: amount?.min ?? null, amountMax: amount?.max ?? null, currency: amount?.currency ?? null };
}

/** A list chosen in a form, each value once: a value counts once in the search's facets. */
const once = <T>(values: T[]): T[] => [...new Set(values)];

export async function createOpportunity(ctx: Ctx, actor: Actor, body: OpportunityBody) {
  const org = await getOrganization(ctx, body.organizationId);
  await assertMember(ctx, actor, org.id);
  assertTexts(body, false);
  await assertAreas(ctx, body.areas);
  const now = ctx.clock.now();
  const row = {
    id: newId(),
    organizationId: org.id,
    jurisdiction: org.jurisdiction,
    type: body.type,
    state: 'draft' as const,
    title: body.title,
    summary: body.summary,
    description: body.description ?? {},
    offer: body.offer ?? {},
    areas: once(body.areas),
    trl: body.trl ?? null,
    ipStatus: body.ipStatus ?? null,
    cooperationForms: once(body.cooperationForms),
    targetCountries: once(body.targetCountries),
    deadline: body.deadline ?? null,
    ...amountColumns(body.amount),
    withheld: isSanctioned(org.status),
    searchZh: chineseSearchText({ title: body.title, summary: body.summary, description: body.description ?? {} }),
    createdBy: actor.userId,
    createdAt: now,
    updatedAt: now,
  };
  await ctx.db.transaction(async (tx) => {
    await repo.insertOpportunity(tx, row);
    await recordAudit(tx, ctx.clock, {
      actorUserId: actor.userId,
      action: 'opportunity.created',
      subjectType: 'opportunity',
      subjectId: row.id,
      summary: { organizationId: org.id, type: row.type },
    });
  });
  return (await repo.findOpportunity(ctx.db, row.id)) as repo.OpportunityRow;
}

export async function loadOpportunity(ctx: Ctx, id: string) {
  const row = await repo.findOpportunity(ctx.db, id);
  if (!row) throw new AppError('opportunity_not_found');
  return row;
}

/**
 * A published opportunity is public; any other only for its organisation's members, operators and
 * admins. The description is for signed-in members of an organisation, not for visitors.
 */
export async function readOpportunity(ctx: Ctx, actor: Actor | null, id: string) {
  const row = await loadOpportunity(ctx, id);
  const isOwner = !!actor && !!(await memberRole(ctx, row.organizationId, actor.userId));
  const isStaff = !!actor && (isAdmin(actor) || operatorJurisdictions(actor).length > 0);
  // A draft is its organisation's own until submitted; operators see what was put before them.
  // Withheld: the owner is suspended or excluded (ADR 0014).
  const staffSees = isAdmin(actor) || (isStaff && row.state !== 'draft');
  if ((row.state !== 'published' || row.withheld) && !isOwner && !staffSees) {
    throw new AppError('opportunity_not_found');
  }
  const isMemberOfAny = !!actor && (isStaff || (await membershipsOf(ctx, actor.userId)).length > 0);
  return { row, showDescription: isOwner || isMemberOfAny };
}

export async function updateOpportunity(
  ctx: Ctx,
  actor: Actor,
  id: string,
  patch: z.infer<typeof UpdateOpportunityBody>,
) {
  const current = await loadOpportunity(ctx, id);
  await assertMember(ctx, actor, current.organizationId);
  if (!EDITABLE_STATES.includes(current.state)) {
    throw new AppError('opportunity_state_conflict', { params: { state: stateLabel(current.state) } });
  }
  assertTexts(patch, true);
  if (patch.areas) await assertAreas(ctx, patch.areas);
  const merged = { ...current, ...patch };
  const changes = {
    ...patch,
    ...(patch.areas ? { areas: once(patch.areas) } : {}),
    ...(patch.cooperationForms ? { cooperationForms: once(patch.cooperationForms) } : {}),
    ...(patch.targetCountries ? { targetCountries: once(patch.targetCountries) } : {}),
    ...(patch.amount !== undefined ? amountColumns(patch.amount) : {}),
    amount: undefined,
    searchZh: chineseSearchText({
      title: merged.title,
      summary: merged.summary,
      description: merged.description ?? {},
    }),
    updatedAt: ctx.clock.now(),
  };
  return ctx.db.transaction(async (tx) => {
    const row = await repo.compareAndSet(tx, id, current, changes);
    if (!row) throw changedError(await repo.findOpportunity(tx, id));
    await recordAudit(tx, ctx.clock, {
      actorUserId: actor.userId,
      action: 'opportunity.updated',
      subjectType: 'opportunity',
      subjectId: id,
      summary: { fields: Object.keys(patch) },
    });
    return row;
  });
}

const changedError = (now: repo.OpportunityRow | undefined) =>
  new AppError('opportunity_changed', { params: { state: stateLabel(now?.state ?? 'draft') } });

/** An organisation submits for moderation only while it holds a status the exchange accepts. */
async function assertMaySubmit(ctx: Ctx, organizationId: string) {
  const org = await getOrganization(ctx, organizationId);
  assertNotSanctioned(org);
  if (!ctx.config.exchangeSubmitStatuses.includes(org.status as OrganizationStatus)) {
    throw new AppError('submit_status_required', {
      params: { status: { key: `status.${org.status}`, ns: 'common' } },
    });
  }
}

const TEMPLATE_OF: Partial<Record<OpportunityAction, Parameters<typeof notify>[2]['template']>> = {
  publish: 'opportunity_published',
  return: 'opportunity_returned',
  expire: 'opportunity_expired',
};

type Lifecycle = {
  ctx: Ctx;
  /** Null when the scheduled job acts. */
  actor: Actor | null;
  row: repo.OpportunityRow;
  action: OpportunityAction;
  role: OpportunityRole;
  /** The owner's admins, told of what an operator or the system did. */
  prepared: Recipient[];
  plan: { patch?: Partial<repo.OpportunityRow> };
};

/** The opportunity's lifecycle on the shared workflow helper: one step, audited and announced, or nothing. */
const lifecycle: Workflow<Lifecycle> = {
  table: OPPORTUNITY_TRANSITIONS,
  subjectType: 'opportunity',
  find: repo.findOpportunity,
  compareAndSet: (tx, seen, changes) => repo.compareAndSet(tx, seen.id, seen, changes),
  mayAct: {
    owner: async (ctx, actor, row) => {
      if (actor) await assertMember(ctx, actor, row.organizationId);
    },
    operator: async (ctx, actor, row) => {
      if (!actor) return;
      assertModerator(actor, row.jurisdiction);
      // Nobody moderates their own organisation's opportunity (ADR 0014).
      if (await memberRole(ctx, row.organizationId, actor.userId)) throw new AppError('moderation_own_organization');
    },
    system: () => {},
  },
  errors: {
    notFound: () => new AppError('opportunity_not_found'),
    stateConflict: (row) => new AppError('opportunity_state_conflict', { params: { state: stateLabel(row.state) } }),
    changed: changedError,
  },
  async prepare(ctx, { action, rule, before }) {
    if (action === 'submit') await assertMaySubmit(ctx, before.organizationId);
    return rule.by === 'operator' || rule.by === 'system' ? ownerRecipients(ctx, before.organizationId) : [];
  },
  stamp: ({ now }) => ({ updatedAt: now }),
  audit: {
    record: recordAudit,
    entry: ({ action, rule, before, row }) => ({
      action: `opportunity.${action}`,
      summary: { from: before.state, to: rule.to, closeReason: row.closeReason, comment: row.moderationComment },
    }),
  },
  async notify(tx, ctx, { action, row, prepared }) {
    const template = TEMPLATE_OF[action];
    if (!template) return;
    await notify(tx, ctx, {
      recipients: prepared,
      template,
      path: `/opportunities/${row.id}`,
      params: { title: { text: row.title }, comment: row.moderationComment ?? '' },
    });
  },
};

const transition = (
  ctx: Ctx,
  actor: Actor | null,
  id: string,
  action: OpportunityAction,
  patch: () => Partial<repo.OpportunityRow>,
) => runTransition(lifecycle, ctx, { actor, id, action, plan: () => ({ patch: patch() }) });

/** People to notify, in their own language. */
export async function recipientsOf(ctx: Ctx, userIds: string[]) {
  const users = await usersByIds(ctx.db, userIds);
  return users.map((u) => ({ userId: u.id, email: u.email, displayName: u.displayName, locale: u.locale as Locale }));
}

export const ownerRecipients = async (ctx: Ctx, organizationId: string) =>
  recipientsOf(ctx, await organizationAdminIds(ctx, organizationId));

export const submitOpportunity = (ctx: Ctx, actor: Actor, id: string) =>
  transition(ctx, actor, id, 'submit', () => ({ moderationComment: null }));

export const publishOpportunity = (ctx: Ctx, actor: Actor, id: string) =>
  transition(ctx, actor, id, 'publish', () => {
    const now = ctx.clock.now();
    return { publishedAt: now, expiresAt: addMonths(now, PUBLICATION_MONTHS), expiryReminderSentAt: null };
  });

export const returnOpportunity = (ctx: Ctx, actor: Actor, id: string, comment: string) =>
  transition(ctx, actor, id, 'return', () => ({ moderationComment: comment }));

export const withdrawOpportunity = (ctx: Ctx, actor: Actor, id: string) =>
  transition(ctx, actor, id, 'withdraw', () => ({ closeReason: 'withdrawn' }));

export const closeWithSuccess = (ctx: Ctx, actor: Actor, id: string) =>
  transition(ctx, actor, id, 'close_success', () => ({ closeReason: 'success' }));

export const renewOpportunity = (ctx: Ctx, actor: Actor, id: string) =>
  transition(ctx, actor, id, 'renew', () => ({
    expiresAt: addMonths(ctx.clock.now(), PUBLICATION_MONTHS),
    expiryReminderSentAt: null,
  }));

/** The scheduled job: closes what expired and reminds owners two weeks ahead. */
export async function runExpiry(ctx: Ctx): Promise<{ expired: number; reminded: number }> {
  const now = ctx.clock.now();
  let expired = 0;
  for (const row of await repo.dueForExpiry(ctx.db, now)) {
    try {
      await transition(ctx, null, row.id, 'expire', () => ({ closeReason: 'expired' }));
      expired += 1;
    } catch (error) {
      // Renewed or withdrawn in the meantime: nothing to expire.
      if (!(error instanceof AppError)) throw error;
    }
  }
  let reminded = 0;
  for (const row of await repo.dueForReminder(ctx.db, new Date(now.getTime() + EXPIRY_REMINDER_DAYS * DAY))) {
    const owners = await ownerRecipients(ctx, row.organizationId);
    await ctx.db.transaction(async (tx) => {
      const marked = await repo.compareAndSet(tx, row.id, row, { expiryReminderSentAt: now });
      if (!marked) return;
      await notify(tx, ctx, {
        recipients: owners,
        template: 'opportunity_expiring',
        path: `/opportunities/${row.id}`,
        params: {
          title: { text: row.title },
          date: row.expiresAt
            ? { date: row.expiresAt.toISOString(), utcOffsetHours: row.jurisdiction === 'CN' ? 8 : 3 }
            : '',
        },
      });
      reminded += 1;
    });
  }
  return { expired, reminded };
}

export async function organizationOpportunities(ctx: Ctx, actor: Actor, organizationId: string) {
  await getOrganization(ctx, organizationId);
  await assertMember(ctx, actor, organizationId);
  return repo.ofOrganizations(ctx.db, [organizationId]);
}

export async function moderationQueue(ctx: Ctx, actor: Actor) {
  const jurisdictions = isAdmin(actor) ? ['RU', 'CN', 'OTHER'] : [...operatorJurisdictions(actor), 'OTHER'];
  if (!isAdmin(actor) && jurisdictions.length === 1) throw new AppError('operator_required');
  return repo.moderationQueue(ctx.db, jurisdictions);
}

export type { OpportunityState };
