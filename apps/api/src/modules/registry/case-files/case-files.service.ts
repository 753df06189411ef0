import type { OperatorJurisdiction } from '@innobridge/contracts';
import type { AppContext } from '../../../app-context.js';
import type { DbOrTx } from '../../../db/client.js';
import { type Actor, isAdmin, operatorJurisdictions } from '../../../lib/actor.js';
import { AppError } from '../../../lib/app-error.js';
import { newId } from '../../../lib/ids.js';
import { recordAudit } from '../../audit/index.js';
import { operatorsOf, people } from '../../identity/index.js';
import { getOrganization } from '../../organizations/index.js';
import { assertAnyOperator, responsibleJurisdiction } from '../registry.access.js';
import * as repo from './case-files.repository.js';
import { describeCaseFile, entryOut } from './case-files.views.js';

/** The operator's private case file on an organisation: notes, follow-up tasks and contacts. */

type Ctx = AppContext;

/**
 * Who keeps an organisation's case file (ADR 0014): each entry belongs to the jurisdiction whose operator
 * wrote it, and an operator reads only their own jurisdiction's entries. Operators of the responsible
 * jurisdiction write to it (of either side while an organisation from elsewhere has none); an operator
 * whose jurisdiction once kept the file still reads their entries after the organisation moved on.
 */
async function caseAccess(ctx: Ctx, actor: Actor, organizationId: string, mode: 'read' | 'write') {
  const org = await getOrganization(ctx, organizationId);
  const responsible = await responsibleJurisdiction(ctx, org);
  const own: OperatorJurisdiction[] = isAdmin(actor) ? ['RU', 'CN'] : operatorJurisdictions(actor);
  if (own.length === 0) throw new AppError('operator_required');
  const writeAs = responsible ? (own.includes(responsible) ? responsible : null) : (own[0] ?? null);
  if (mode === 'write' || writeAs) {
    if (!writeAs) throw new AppError('operator_other_jurisdiction');
    return { org, readable: own, writeAs };
  }
  const kept = await repo.caseJurisdictions(ctx.db, organizationId);
  if (!kept.some((j) => own.includes(j))) throw new AppError('operator_other_jurisdiction');
  return { org, readable: own, writeAs: null };
}

export async function readCaseFile(ctx: Ctx, actor: Actor, organizationId: string) {
  const { readable } = await caseAccess(ctx, actor, organizationId, 'read');
  return describeCaseFile(ctx, await repo.caseFile(ctx.db, organizationId, readable));
}

/** Writes an entry as the operator's jurisdiction, with its audit entry, in one transaction. */
async function recordCase(
  ctx: Ctx,
  actor: Actor,
  organizationId: string,
  what: string,
  write: (tx: DbOrTx, jurisdiction: OperatorJurisdiction) => Promise<void>,
  id: string,
) {
  const { writeAs } = await caseAccess(ctx, actor, organizationId, 'write');
  await ctx.db.transaction(async (tx) => {
    await write(tx, writeAs as OperatorJurisdiction);
    await recordAudit(tx, ctx.clock, {
      actorUserId: actor.userId,
      action: `case.${what}`,
      subjectType: 'organization',
      subjectId: organizationId,
      summary: { id, jurisdiction: writeAs },
    });
  });
}

export async function addNote(ctx: Ctx, actor: Actor, organizationId: string, body: string) {
  const row = { id: newId(), organizationId, authorId: actor.userId, body, createdAt: ctx.clock.now() };
  await recordCase(
    ctx,
    actor,
    organizationId,
    'note_added',
    (tx, jurisdiction) => repo.insertNote(tx, { ...row, jurisdiction }),
    row.id,
  );
  return entryOut(row);
}

export async function addTask(
  ctx: Ctx,
  actor: Actor,
  organizationId: string,
  input: { title: string; dueDate: string; ownerId?: string },
) {
  const row = {
    id: newId(),
    organizationId,
    title: input.title,
    dueDate: input.dueDate,
    ownerId: input.ownerId ?? actor.userId,
    createdBy: actor.userId,
    createdAt: ctx.clock.now(),
    doneAt: null,
  };
  if (input.ownerId && (await people(ctx, [input.ownerId])).length === 0) throw new AppError('user_not_found');
  await recordCase(
    ctx,
    actor,
    organizationId,
    'task_added',
    (tx, jurisdiction) => repo.insertTask(tx, { ...row, jurisdiction }),
    row.id,
  );
  return entryOut(row);
}

export async function completeTask(ctx: Ctx, actor: Actor, organizationId: string, taskId: string) {
  let done: Awaited<ReturnType<typeof repo.completeTask>>;
  await recordCase(
    ctx,
    actor,
    organizationId,
    'task_done',
    async (tx, jurisdiction) => {
      done = await repo.completeTask(tx, organizationId, jurisdiction, taskId, ctx.clock.now());
      if (!done) throw new AppError('task_not_found');
    },
    taskId,
  );
  return entryOut(done!);
}

export async function logContact(
  ctx: Ctx,
  actor: Actor,
  organizationId: string,
  input: { channel: string; summary: string; contactedAt: string },
) {
  const row = {
    id: newId(),
    organizationId,
    authorId: actor.userId,
    channel: input.channel,
    summary: input.summary,
    contactedAt: new Date(input.contactedAt),
    createdAt: ctx.clock.now(),
  };
  await recordCase(
    ctx,
    actor,
    organizationId,
    'contact_logged',
    (tx, jurisdiction) => repo.insertContact(tx, { ...row, jurisdiction }),
    row.id,
  );
  return entryOut(row);
}

/** The operators of a jurisdiction, for operators and admins to assign tasks to. */
export async function assignableOperators(ctx: Ctx, actor: Actor, jurisdiction: OperatorJurisdiction) {
  assertAnyOperator(actor);
  const users = await operatorsOf(ctx, jurisdiction);
  return { items: users.map((u) => ({ id: u.id, displayName: u.displayName })) };
}
