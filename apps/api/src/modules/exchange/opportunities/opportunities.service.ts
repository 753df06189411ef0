import {
  hasAnyLanguage,
  isSanctioned,
  type Opportunity,
  type OpportunityBody,
  type OpportunityList,
  type OpportunityPage,
  type UpdateOpportunityBody,
  type WorkListQuery,
} from '@innobridge/contracts';
import type { z } from 'zod';
import type { AppContext } from '../../../app-context.js';
import type { DbOrTx } from '../../../db/client.js';
import { type Actor, isAdmin, operatorJurisdictions } from '../../../lib/actor.js';
import { AppError } from '../../../lib/app-error.js';
import { DAY } from '../../../lib/clock.js';
import { newId } from '../../../lib/ids.js';
import { OPPORTUNITY_CHANGED_JOB, type OpportunityChangedJob } from '../../../lib/jobs.js';
import { decodeTimeIdCursor, toPage } from '../../../lib/pagination.js';
import { segmentFieldsForIndex } from '../../../lib/text.js';
import { recordAudit } from '../../audit/index.js';
import { unknownAreas } from '../../matching/index.js';
import { notify } from '../../notifications/index.js';
import { getOrganization, memberRole, membershipsOf } from '../../organizations/index.js';
import { assertMember, ownerRecipients } from '../exchange.shared.js';
import type { OpportunityRow } from './opportunities.repository.js';
import * as repo from './opportunities.repository.js';
import { describeOpportunities, describeOpportunity } from './opportunities.views.js';
import {
  changedError,
  EDITABLE_STATES,
  EXPIRY_REMINDER_DAYS,
  PUBLICATION_MONTHS,
  stateLabel,
  transition,
} from './opportunities.workflow.js';

// Opportunities: writing, reading and moderating them. The rules work on rows; what routes and
// other modules call answers in the contract's shape (opportunities.views.ts).

type Ctx = AppContext;

const addMonths = (date: Date, months: number) => {
  const d = new Date(date);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d;
};

/** A line per field, in the order `search_vector` weighs them (migration 0011). */
function chineseSearchText(o: Pick<OpportunityRow, 'title' | 'summary' | 'description'>) {
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

/**
 * Withholds the organisation's opportunities while it is suspended or excluded, or shows them again;
 * runs inside the registry's status change, in its transaction. Answers how many changed.
 */
export async function withholdOpportunities(
  ctx: Ctx,
  change: { organizationId: string; status: string },
  options: { tx?: DbOrTx } = {},
): Promise<number> {
  const handle = options.tx ?? ctx.db;
  const ids = await repo.setWithheld(handle, change.organizationId, isSanctioned(change.status));
  // Withheld or shown again: the matcher recomputes those it had published.
  for (const opportunityId of ids) {
    await ctx.jobs.send(handle, OPPORTUNITY_CHANGED_JOB, { opportunityId } satisfies OpportunityChangedJob);
  }
  return ids.length;
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

/**
 * A deadline is refused once its day is over everywhere: the day is compared with the date at UTC−12,
 * so that "today" in any reader's time zone is still accepted.
 */
function assertDeadlineAhead(ctx: Ctx, deadline: string | null | undefined) {
  if (!deadline) return;
  const earliestToday = new Date(ctx.clock.now().getTime() - 12 * 3600 * 1000).toISOString().slice(0, 10);
  if (deadline < earliestToday) {
    throw new AppError('deadline_in_past', { fields: [{ path: 'deadline', code: 'deadline_in_past' }] });
  }
}

/** A list chosen in a form, each value once: a value counts once in the search's facets. */
const once = <T>(values: T[]): T[] => [...new Set(values)];

async function insertDraft(ctx: Ctx, actor: Actor, body: OpportunityBody): Promise<OpportunityRow> {
  const org = await getOrganization(ctx, body.organizationId);
  await assertMember(ctx, actor, org.id);
  assertTexts(body, false);
  assertDeadlineAhead(ctx, body.deadline);
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
  return (await repo.findOpportunity(ctx.db, row.id)) as OpportunityRow;
}

export async function loadOpportunity(ctx: Ctx, id: string) {
  const row = await repo.findOpportunity(ctx.db, id);
  if (!row) throw new AppError('opportunity_not_found');
  return row;
}

async function editDraft(
  ctx: Ctx,
  actor: Actor,
  id: string,
  patch: z.infer<typeof UpdateOpportunityBody>,
): Promise<OpportunityRow> {
  const current = await loadOpportunity(ctx, id);
  await assertMember(ctx, actor, current.organizationId);
  if (!EDITABLE_STATES.includes(current.state)) {
    throw new AppError('opportunity_state_conflict', { params: { state: stateLabel(current.state) } });
  }
  assertTexts(patch, true);
  // A deadline that passed while the draft waited may stay; a new one must be ahead.
  if (patch.deadline !== current.deadline) assertDeadlineAhead(ctx, patch.deadline);
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

/** Runs a step that returns the changed row and answers with the opportunity in full. */
const inFull =
  <A extends unknown[]>(step: (ctx: Ctx, actor: Actor, ...args: A) => Promise<OpportunityRow>) =>
  async (ctx: Ctx, actor: Actor, ...args: A): Promise<Opportunity> =>
    describeOpportunity(ctx, await step(ctx, actor, ...args));

export const createOpportunity = inFull(insertDraft);
export const updateOpportunity = inFull(editDraft);

export const submitOpportunity = inFull((ctx: Ctx, actor: Actor, id: string) =>
  transition(ctx, actor, id, 'submit', () => ({ moderationComment: null })),
);

export const publishOpportunity = inFull((ctx: Ctx, actor: Actor, id: string) =>
  transition(ctx, actor, id, 'publish', () => {
    const now = ctx.clock.now();
    return { publishedAt: now, expiresAt: addMonths(now, PUBLICATION_MONTHS), expiryReminderSentAt: null };
  }),
);

export const returnOpportunity = inFull((ctx: Ctx, actor: Actor, id: string, comment: string) =>
  transition(ctx, actor, id, 'return', () => ({ moderationComment: comment })),
);

export const withdrawOpportunity = inFull((ctx: Ctx, actor: Actor, id: string) =>
  transition(ctx, actor, id, 'withdraw', () => ({ closeReason: 'withdrawn' })),
);

export const closeWithSuccess = inFull((ctx: Ctx, actor: Actor, id: string) =>
  transition(ctx, actor, id, 'close_success', () => ({ closeReason: 'success' })),
);

export const renewOpportunity = inFull((ctx: Ctx, actor: Actor, id: string) =>
  transition(ctx, actor, id, 'renew', () => ({
    expiresAt: addMonths(ctx.clock.now(), PUBLICATION_MONTHS),
    expiryReminderSentAt: null,
  })),
);

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

/**
 * An opportunity as the reader may see it. A published opportunity is public; any other only for its
 * organisation's members, operators and admins. The description is for signed-in members of an
 * organisation, not for visitors.
 */
export async function readOpportunity(ctx: Ctx, actor: Actor | null, id: string): Promise<Opportunity> {
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
  const showDescription = isOwner || isMemberOfAny;
  return (await describeOpportunities(ctx, [row], () => showDescription))[0] as Opportunity;
}

export async function organizationOpportunities(
  ctx: Ctx,
  actor: Actor,
  organizationId: string,
): Promise<OpportunityList> {
  await getOrganization(ctx, organizationId);
  await assertMember(ctx, actor, organizationId);
  return { items: await describeOpportunities(ctx, await repo.ofOrganizations(ctx.db, [organizationId]), () => true) };
}

/**
 * For other modules: the published opportunities of many organisations in one query, as anyone may read
 * them (ADR 0020). The description only when `withDescription` (a signed-in member of an organisation).
 */
export async function publishedOpportunitiesOf(
  ctx: Ctx,
  organizationIds: string[],
  options: { withDescription?: boolean } = {},
): Promise<Opportunity[]> {
  const rows = await repo.publishedOfOrganizations(ctx.db, [...new Set(organizationIds)]);
  return describeOpportunities(ctx, rows, () => !!options.withDescription);
}

export async function moderationQueue(
  ctx: Ctx,
  actor: Actor,
  query: z.infer<typeof WorkListQuery>,
): Promise<OpportunityPage> {
  const jurisdictions = isAdmin(actor) ? ['RU', 'CN', 'OTHER'] : [...operatorJurisdictions(actor), 'OTHER'];
  if (!isAdmin(actor) && jurisdictions.length === 1) throw new AppError('operator_required');
  const after = decodeTimeIdCursor(query.cursor);
  const rows = await repo.moderationQueue(ctx.db, jurisdictions, after, query.limit + 1);
  const page = toPage(rows, query.limit, (row) => [row.updatedAt.toISOString(), row.id]);
  return { items: await describeOpportunities(ctx, page.items, () => true), nextCursor: page.nextCursor };
}

/** For the matcher: opportunities in any state, in full, and whether they are listed (published, not withheld). */
export async function opportunitiesForMatching(
  ctx: Ctx,
  ids: string[],
): Promise<{ opportunity: Opportunity; listed: boolean }[]> {
  const rows = await repo.findOpportunities(ctx.db, [...new Set(ids)]);
  const described = await describeOpportunities(ctx, rows, () => true);
  return described.map((opportunity, i) => {
    const row = rows[i] as OpportunityRow;
    return { opportunity, listed: row.state === 'published' && !row.withheld };
  });
}

/**
 * For other modules: the published opportunities among `ids`, as anyone may read them, in the order
 * asked; the description only when `withDescription` (a signed-in member of an organisation).
 */
export async function publishedOpportunitiesByIds(
  ctx: Ctx,
  ids: string[],
  options: { withDescription?: boolean } = {},
): Promise<Opportunity[]> {
  const rows = (await repo.findOpportunities(ctx.db, [...new Set(ids)])).filter(
    (r) => r.state === 'published' && !r.withheld,
  );
  const byId = new Map((await describeOpportunities(ctx, rows, () => !!options.withDescription)).map((o) => [o.id, o]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** For the matcher's catch-up: opportunities changed after the keyset `(updated_at, id)`, oldest first. */
export async function opportunitiesChangedSince(
  ctx: Ctx,
  after: { at: Date; id: string } | null,
  limit: number,
): Promise<{ id: string; updatedAt: Date }[]> {
  return repo.changedSince(ctx.db, after, limit);
}
