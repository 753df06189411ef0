import type { OperatorJurisdiction } from '@innobridge/contracts';
import type { AppContext } from '../../../app-context.js';
import type { Actor } from '../../../lib/actor.js';
import { operatorsOf } from '../../identity/index.js';
import { assertAnyOperator } from '../operator-access.js';
import * as registry from '../registry.service.js';
import { describeCaseFile, entryOut } from './case-files.views.js';

/** The operator's private case file on an organisation, as the routes answer it. */

type Ctx = AppContext;

export async function readCaseFile(ctx: Ctx, actor: Actor, organizationId: string) {
  return describeCaseFile(ctx, await registry.caseFile(ctx, actor, organizationId));
}

export async function addNote(ctx: Ctx, actor: Actor, organizationId: string, body: string) {
  return entryOut(await registry.addCaseNote(ctx, actor, organizationId, body));
}

export async function addTask(
  ctx: Ctx,
  actor: Actor,
  organizationId: string,
  input: { title: string; dueDate: string; ownerId?: string },
) {
  return entryOut(await registry.addCaseTask(ctx, actor, organizationId, input));
}

export async function completeTask(ctx: Ctx, actor: Actor, organizationId: string, taskId: string) {
  return entryOut(await registry.completeCaseTask(ctx, actor, organizationId, taskId));
}

export async function logContact(
  ctx: Ctx,
  actor: Actor,
  organizationId: string,
  input: { channel: string; summary: string; contactedAt: string },
) {
  return entryOut(await registry.addCaseContact(ctx, actor, organizationId, input));
}

/** The operators of a jurisdiction, for operators and admins to assign tasks to. */
export async function assignableOperators(ctx: Ctx, actor: Actor, jurisdiction: OperatorJurisdiction) {
  assertAnyOperator(actor);
  const users = await operatorsOf(ctx, jurisdiction);
  return { items: users.map((u) => ({ id: u.id, displayName: u.displayName })) };
}
