import type { EventOrganizer, EventOrganizerList } from '@innobridge/contracts';
import type { AppContext } from '../../../app-context.js';
import { type Actor, isAdmin, isOperator } from '../../../lib/actor.js';
import { AppError } from '../../../lib/app-error.js';
import { recordAudit } from '../../audit/index.js';
import { getOrganization, organizationNamesByIds } from '../../organizations/index.js';
import * as repo from './organizers.repository.js';

// Organisations an operator approved as event organisers: their members create and run events.

type Ctx = AppContext;

export const isStaff = (actor: Actor | null) => !!actor && (isAdmin(actor) || isOperator(actor));

export function assertOperator(actor: Actor) {
  if (!isStaff(actor)) throw new AppError('operator_required');
}

/** Whether the organisation organises events now (approved, not withdrawn). */
export async function isApprovedOrganizer(ctx: Ctx, organizationId: string): Promise<boolean> {
  const row = await repo.findOrganizer(ctx.db, organizationId);
  return !!row && !row.revokedAt;
}

async function describe(ctx: Ctx, rows: repo.OrganizerRow[]): Promise<EventOrganizer[]> {
  const names = new Map(
    (
      await organizationNamesByIds(
        ctx,
        rows.map((r) => r.organizationId),
      )
    ).map((o) => [o.id, o.name]),
  );
  return rows.map((r) => ({
    organizationId: r.organizationId,
    name: names.get(r.organizationId) ?? {},
    approvedAt: r.approvedAt.toISOString(),
    revokedAt: r.revokedAt?.toISOString() ?? null,
  }));
}

export async function listOrganizers(ctx: Ctx, actor: Actor): Promise<EventOrganizerList> {
  assertOperator(actor);
  return { items: await describe(ctx, await repo.listOrganizers(ctx.db)) };
}

export async function approveOrganizer(ctx: Ctx, actor: Actor, organizationId: string): Promise<EventOrganizer> {
  assertOperator(actor);
  await getOrganization(ctx, organizationId);
  const existing = await repo.findOrganizer(ctx.db, organizationId);
  if (existing && !existing.revokedAt) throw new AppError('event_organizer_exists');
  const now = ctx.clock.now();
  const row = await ctx.db.transaction(async (tx) => {
    const saved = await repo.approve(tx, {
      organizationId,
      approvedBy: actor.userId,
      approvedAt: now,
      revokedAt: null,
    });
    await recordAudit(tx, ctx.clock, {
      actorUserId: actor.userId,
      action: 'event_organizer.approve',
      subjectType: 'organization',
      subjectId: organizationId,
    });
    return saved;
  });
  return (await describe(ctx, [row]))[0] as EventOrganizer;
}

export async function revokeOrganizer(ctx: Ctx, actor: Actor, organizationId: string): Promise<EventOrganizer> {
  assertOperator(actor);
  const existing = await repo.findOrganizer(ctx.db, organizationId);
  if (!existing || existing.revokedAt) throw new AppError('event_organizer_not_found');
  const row = await ctx.db.transaction(async (tx) => {
    const saved = await repo.revoke(tx, organizationId, ctx.clock.now());
    await recordAudit(tx, ctx.clock, {
      actorUserId: actor.userId,
      action: 'event_organizer.revoke',
      subjectType: 'organization',
      subjectId: organizationId,
    });
    return saved as repo.OrganizerRow;
  });
  return (await describe(ctx, [row]))[0] as EventOrganizer;
}
