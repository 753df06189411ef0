import type {
  Meeting,
  MeetingPatchBody,
  MeetingPlaceBody,
  MeetingSlot,
  MeetingSlotBody,
  MeetingsOverview,
  ScheduleRunStats,
} from '@innobridge/contracts';
import type { z } from 'zod';
import type { AppContext } from '../../../app-context.js';
import type { DbOrTx } from '../../../db/client.js';
import type { Actor } from '../../../lib/actor.js';
import { AppError } from '../../../lib/app-error.js';
import { newId } from '../../../lib/ids.js';
import { recordAudit } from '../../audit/index.js';
import { people } from '../../identity/index.js';
import { notify } from '../../notifications/index.js';
import { type Instance, type Schedule, SchedulingConflictError, schedule } from '../scheduling/index.js';
import { organiserAccess } from './meetings.access.js';
import { placeInSlot } from './meetings.placement.js';
import * as repo from './meetings.repository.js';
import { describeMeetings, slotOut } from './meetings.views.js';

// The organiser's side: slots and their tables, placing and locking meetings, running the scheduler
// around the locked ones, and publishing the final schedule.

type Ctx = AppContext;

function assertTimes(startsAt: Date, endsAt: Date) {
  if (!(endsAt > startsAt)) throw new AppError('meeting_slot_times_invalid');
}

export async function overview(ctx: Ctx, actor: Actor, eventId: string): Promise<MeetingsOverview> {
  await organiserAccess(ctx, actor, eventId);
  const rows = await repo.meetingsOfEvent(ctx.db, eventId);
  const accepted = rows.filter((r) => r.state === 'accepted');
  return {
    meetings: await describeMeetings(ctx, accepted, null),
    requested: rows.length,
    accepted: accepted.length,
    scheduled: accepted.filter((r) => r.slotId).length,
    held: accepted.filter((r) => r.requesterConfirmedAt && r.recipientConfirmedAt).length,
    interpreters: accepted.filter((r) => r.interpreter).length,
  };
}

async function audited<T>(
  ctx: Ctx,
  actor: Actor,
  action: string,
  subject: { type: string; id: string },
  work: (tx: DbOrTx) => Promise<T>,
  summary: Record<string, unknown> = {},
) {
  return ctx.db.transaction(async (tx) => {
    const out = await work(tx);
    await recordAudit(tx, ctx.clock, {
      actorUserId: actor.userId,
      action,
      subjectType: subject.type,
      subjectId: subject.id,
      summary,
    });
    return out;
  });
}

export async function createSlot(
  ctx: Ctx,
  actor: Actor,
  eventId: string,
  body: z.infer<typeof MeetingSlotBody>,
): Promise<MeetingSlot> {
  await organiserAccess(ctx, actor, eventId);
  const startsAt = new Date(body.startsAt);
  const endsAt = new Date(body.endsAt);
  assertTimes(startsAt, endsAt);
  const id = newId();
  const row = await audited(
    ctx,
    actor,
    'meeting_slot.created',
    { type: 'event', id: eventId },
    (tx) => repo.insertSlot(tx, { id, eventId, startsAt, endsAt, tables: body.tables, session: body.session }),
    { slotId: id },
  );
  return slotOut(row);
}

export async function updateSlot(
  ctx: Ctx,
  actor: Actor,
  eventId: string,
  slotId: string,
  body: z.infer<typeof MeetingSlotBody>,
): Promise<MeetingSlot> {
  await organiserAccess(ctx, actor, eventId);
  const startsAt = new Date(body.startsAt);
  const endsAt = new Date(body.endsAt);
  assertTimes(startsAt, endsAt);
  const row = await audited(
    ctx,
    actor,
    'meeting_slot.changed',
    { type: 'event', id: eventId },
    async (tx) => {
      const slot = await repo.lockSlot(tx, eventId, slotId);
      if (!slot) throw new AppError('meeting_slot_not_found');
      const used = Math.max(0, ...(await repo.meetingsInSlot(tx, slotId)).map((m) => m.tableNumber ?? 0));
      if (body.tables < used) throw new AppError('meeting_slot_in_use');
      return repo.updateSlot(tx, slotId, { startsAt, endsAt, tables: body.tables, session: body.session });
    },
    { slotId },
  );
  return slotOut(row);
}

export async function removeSlot(ctx: Ctx, actor: Actor, eventId: string, slotId: string): Promise<void> {
  await organiserAccess(ctx, actor, eventId);
  await audited(
    ctx,
    actor,
    'meeting_slot.removed',
    { type: 'event', id: eventId },
    async (tx) => {
      const slot = await repo.lockSlot(tx, eventId, slotId);
      if (!slot) throw new AppError('meeting_slot_not_found');
      if ((await repo.meetingsInSlot(tx, slotId)).length > 0) throw new AppError('meeting_slot_in_use');
      await repo.deleteSlot(tx, slotId);
    },
    { slotId },
  );
}

async function acceptedMeeting(ctx: Ctx, eventId: string, id: string) {
  const row = await repo.findMeeting(ctx.db, id);
  if (!row || row.eventId !== eventId) throw new AppError('meeting_request_not_found');
  if (row.state !== 'accepted') {
    throw new AppError('meeting_state_conflict', {
      params: { state: { key: `meetingState.${row.state}`, ns: 'common' } },
    });
  }
  return row;
}

async function describedOne(ctx: Ctx, row: repo.MeetingRow): Promise<Meeting> {
  return (await describeMeetings(ctx, [row], null))[0] as Meeting;
}

/** The organiser puts a meeting in a slot (at a table, or the lowest free one), locked or not: a move. */
export async function placeMeetingByOrganiser(
  ctx: Ctx,
  actor: Actor,
  eventId: string,
  id: string,
  body: z.infer<typeof MeetingPlaceBody>,
): Promise<Meeting> {
  const { event } = await organiserAccess(ctx, actor, eventId);
  const row = await acceptedMeeting(ctx, eventId, id);
  const sides = await repo.registrationsByIds(ctx.db, [row.requesterId, row.recipientId]);
  const persons = await people(
    ctx,
    sides.map((s) => s.userId),
  );
  const slot = await repo.findSlot(ctx.db, eventId, body.slotId);
  const updated = await audited(
    ctx,
    actor,
    'meeting.placed',
    { type: 'meeting_request', id },
    async (tx) => {
      const place = await placeInSlot(tx, {
        eventId,
        slotId: body.slotId,
        sides: [row.requesterId, row.recipientId],
        table: body.table,
        moving: id,
        bump: event.meetingMode === 'organiser',
      });
      const published = event.meetingMode === 'pick' || event.schedulePublishedAt !== null;
      const out = await repo.placeMeeting(tx, id, {
        ...place,
        locked: body.locked,
        scheduleState: published ? 'final' : 'preliminary',
        updatedAt: ctx.clock.now(),
      });
      if (published && slot && (row.slotId !== place.slotId || row.tableNumber !== place.tableNumber)) {
        await notifyPlaced(tx, ctx, event, persons, slot);
      }
      return out;
    },
    { slotId: body.slotId, table: body.table, locked: body.locked },
  );
  return describedOne(ctx, updated);
}

async function notifyPlaced(
  tx: DbOrTx,
  ctx: Ctx,
  event: repo.EventRow,
  persons: Awaited<ReturnType<typeof people>>,
  slot: repo.SlotRow,
) {
  for (const person of persons) {
    const other = persons.find((p) => p.userId !== person.userId);
    await notify(tx, ctx, {
      recipients: [person],
      template: 'meeting_placed',
      path: `/events/${event.id}/meetings/agenda`,
      params: {
        event: { text: event.title },
        name: other?.displayName ?? '',
        slot: { instant: slot.startsAt.toISOString() },
      },
    });
  }
}

export async function unlockMeeting(ctx: Ctx, actor: Actor, eventId: string, id: string): Promise<Meeting> {
  await organiserAccess(ctx, actor, eventId);
  const row = await acceptedMeeting(ctx, eventId, id);
  const updated = await audited(ctx, actor, 'meeting.unlocked', { type: 'meeting_request', id }, async (tx) => {
    const out = await repo.compareAndSetMeeting(tx, row, { locked: false, updatedAt: ctx.clock.now() });
    if (!out) throw new AppError('conflict');
    return out;
  });
  return describedOne(ctx, updated);
}

export async function patchMeeting(
  ctx: Ctx,
  actor: Actor,
  eventId: string,
  id: string,
  body: MeetingPatchBody,
): Promise<Meeting> {
  await organiserAccess(ctx, actor, eventId);
  const row = await repo.findMeeting(ctx.db, id);
  if (!row || row.eventId !== eventId) throw new AppError('meeting_request_not_found');
  const updated = await audited(
    ctx,
    actor,
    'meeting.changed',
    { type: 'meeting_request', id },
    async (tx) => {
      const out = await repo.compareAndSetMeeting(tx, row, { ...body, updatedAt: ctx.clock.now() });
      if (!out) throw new AppError('conflict');
      return out;
    },
    { ...body },
  );
  return describedOne(ctx, updated);
}

/**
 * The scheduler's instance of the event: every registered participant with a profile (available in
 * the slots they chose, all when they chose none), every accepted meeting, the locked ones (and, in
 * pick mode, the ones participants placed) where they are.
 */
export function buildInstance(
  event: repo.EventRow,
  slots: repo.SlotRow[],
  profiles: repo.ProfileRow[],
  availability: Map<string, string[]>,
  meetings: repo.MeetingRow[],
): Instance {
  const ids = new Set(meetings.flatMap((m) => [m.requesterId, m.recipientId]));
  const profileBy = new Map(profiles.map((p) => [p.registrationId, p]));
  const allSlots = slots.map((s) => s.id);
  return {
    slots: slots.map((s) => ({
      id: s.id,
      start: s.startsAt.toISOString(),
      end: s.endsAt.toISOString(),
      tables: s.tables,
      session: String(s.session),
    })),
    participants: [...ids].map((id) => {
      const p = profileBy.get(id);
      const available = availability.get(id) ?? [];
      return {
        id,
        available: available.length > 0 ? available : allSlots,
        ...(p?.maxMeetingsPerSession ? { maxMeetingsPerSession: p.maxMeetingsPerSession } : {}),
        ...(p?.booth ? { booth: p.booth } : {}),
      };
    }),
    requests: meetings.map((m) => {
      const fixed = m.slotId && (m.locked || event.meetingMode === 'pick');
      return {
        id: m.id,
        a: m.requesterId,
        b: m.recipientId,
        priority: m.priority,
        ...(fixed ? { locked: { slot: m.slotId as string, ...(m.tableNumber ? { table: m.tableNumber } : {}) } } : {}),
      };
    }),
  };
}

/** Reads what the scheduler needs of the event, on the given handle. */
export async function instanceOf(db: DbOrTx, event: repo.EventRow) {
  // One after another: inside a transaction the queries share one connection.
  const slots = await repo.slotsOf(db, event.id);
  const meetings = await repo.meetingsOfEvent(db, event.id, ['accepted']);
  const ids = [...new Set(meetings.flatMap((m) => [m.requesterId, m.recipientId]))];
  const profiles = await repo.profilesByIds(db, ids);
  const availability = await repo.availabilityOf(db, ids);
  return { instance: buildInstance(event, slots, profiles, availability, meetings), meetings };
}

const statsOut = (s: Schedule): ScheduleRunStats => ({
  scheduled: s.stats.scheduled,
  unscheduled: s.unscheduled.length,
  priority: s.stats.priority,
  upperBound: s.stats.upperBound,
  gap: s.stats.gap,
  seconds: s.stats.seconds,
});

/**
 * Runs the scheduler around the locked meetings and writes the places it found: preliminary in
 * organiser mode until the schedule is published. Meetings that move get a new version (and SEQUENCE).
 */
export async function runScheduler(ctx: Ctx, actor: Actor, eventId: string): Promise<ScheduleRunStats> {
  const { event } = await organiserAccess(ctx, actor, eventId);
  return audited(ctx, actor, 'meeting_schedule.run', { type: 'event', id: eventId }, async (tx) => {
    await repo.lockSlots(tx, eventId);
    const { instance, meetings } = await instanceOf(tx, event);
    let result: Schedule;
    try {
      result = await schedule(instance, { timeLimitSeconds: 20 });
    } catch (error) {
      if (!(error instanceof SchedulingConflictError)) throw error;
      throw new AppError('meeting_schedule_conflict', {
        params: { conflicts: error.conflicts.map((c) => c.message).join('; ') },
      });
    }
    const placed = new Map(
      result.meetings.map((m) => [m.request, { slotId: m.slot, tableNumber: 'table' in m ? m.table : null }]),
    );
    const published = event.meetingMode === 'pick' || event.schedulePublishedAt !== null;
    const now = ctx.clock.now();
    const changed = meetings.filter((m) => {
      const p = placed.get(m.id);
      return (p?.slotId ?? null) !== m.slotId || (p?.tableNumber ?? null) !== m.tableNumber;
    });
    // Free the places of the meetings that move first: the place index is unique.
    for (const m of changed) {
      await repo.placeMeeting(tx, m.id, { slotId: null, tableNumber: null, scheduleState: null, updatedAt: now });
    }
    for (const m of changed) {
      const p = placed.get(m.id);
      if (!p) continue;
      await repo.placeMeeting(tx, m.id, {
        ...p,
        scheduleState: published ? 'final' : 'preliminary',
        updatedAt: now,
      });
    }
    return statsOut(result);
  });
}

/** Publishes the final schedule (organiser mode): every placed meeting becomes final and both sides are told. */
export async function publishSchedule(ctx: Ctx, actor: Actor, eventId: string): Promise<MeetingsOverview> {
  const { event } = await organiserAccess(ctx, actor, eventId);
  const [meetings, slots] = await Promise.all([
    repo.meetingsOfEvent(ctx.db, eventId, ['accepted']),
    repo.slotsOf(ctx.db, eventId),
  ]);
  const placed = meetings.filter((m) => m.slotId);
  const regs = await repo.registrationsByIds(ctx.db, [
    ...new Set(placed.flatMap((m) => [m.requesterId, m.recipientId])),
  ]);
  const persons = await people(
    ctx,
    regs.map((r) => r.userId),
  );
  const userOf = new Map(regs.map((r) => [r.id, r.userId]));
  const slotBy = new Map(slots.map((s) => [s.id, s]));
  const now = ctx.clock.now();
  await audited(
    ctx,
    actor,
    'meeting_schedule.published',
    { type: 'event', id: eventId },
    async (tx) => {
      await repo.lockSlots(tx, eventId);
      await repo.setSchedulePublished(tx, eventId, now);
      for (const m of placed) {
        if (m.scheduleState === 'final') continue;
        await repo.placeMeeting(tx, m.id, {
          slotId: m.slotId,
          tableNumber: m.tableNumber,
          scheduleState: 'final',
          updatedAt: now,
        });
        const slot = slotBy.get(m.slotId as string);
        const sides = persons.filter((p) => [userOf.get(m.requesterId), userOf.get(m.recipientId)].includes(p.userId));
        if (slot) await notifyPlaced(tx, ctx, event, sides, slot);
      }
    },
    { meetings: placed.length },
  );
  return overview(ctx, actor, eventId);
}
