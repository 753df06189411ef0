import type { AppContext } from '../../app-context.js';
import type { Actor } from '../../lib/actor.js';
import { AppError } from '../../lib/app-error.js';
import { memberRole } from '../organizations/index.js';
import type { EventRow } from './events/events.repository.js';
import * as repo from './events/events.repository.js';
import { isApprovedOrganizer, isStaff } from './organizers/organizers.service.js';

// Who manages an event and who reads it, shared by the module's sub-features.

type Ctx = AppContext;

/**
 * Operators and admins manage every event; members of the organising organisation manage its events
 * while the organisation is an approved organiser.
 */
export async function mayManage(ctx: Ctx, actor: Actor | null, row: EventRow): Promise<boolean> {
  if (!actor) return false;
  if (isStaff(actor)) return true;
  if (!row.organizerOrganizationId) return false;
  if (!(await memberRole(ctx, row.organizerOrganizationId, actor.userId))) return false;
  return isApprovedOrganizer(ctx, row.organizerOrganizationId);
}

export async function assertManage(ctx: Ctx, actor: Actor | null, row: EventRow): Promise<void> {
  if (!(await mayManage(ctx, actor, row))) throw new AppError('event_organizer_required');
}

/** The event as the reader may see it: a draft only for those who manage it. */
export async function loadVisibleEvent(ctx: Ctx, actor: Actor | null, id: string): Promise<EventRow> {
  const row = await repo.findEvent(ctx.db, id);
  if (!row) throw new AppError('event_not_found');
  if (row.state === 'draft' && !(await mayManage(ctx, actor, row))) throw new AppError('event_not_found');
  return row;
}

/** The event for someone who manages it: a draft is not told apart from none to others. */
export async function loadManagedEvent(ctx: Ctx, actor: Actor | null, id: string): Promise<EventRow> {
  const row = await loadVisibleEvent(ctx, actor, id);
  await assertManage(ctx, actor, row);
  return row;
}
