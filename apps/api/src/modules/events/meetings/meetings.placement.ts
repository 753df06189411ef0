import type { DbOrTx } from '../../../db/client.js';
import { AppError } from '../../../lib/app-error.js';
import * as repo from './meetings.repository.js';

// Where a meeting may go in a slot, decided under the slot's lock: of two placements racing for the
// last table or for one person's time, one wins and the other gets a clean conflict.

export type Placement = { slotId: string; tableNumber: number | null };

/**
 * Checks that both sides are available and free in the slot and within their maximum per session, and
 * returns the table (the one asked for, or the lowest free one), or none when a side hosts at a booth.
 * Holds the slot until the transaction ends. `moving` is the meeting being moved (it frees its own place).
 */
export async function placeInSlot(
  tx: DbOrTx,
  input: {
    eventId: string;
    slotId: string;
    sides: [string, string];
    table?: number | null;
    moving?: string;
    /** The organiser's placement before publication: unlocked meetings in the way lose their place. */
    bump?: boolean;
  },
): Promise<Placement> {
  const slot = await repo.lockSlot(tx, input.eventId, input.slotId);
  if (!slot) throw new AppError('meeting_slot_not_found');
  if (input.bump) await bumpInTheWay(tx, slot, input);
  // One after another: a transaction's queries share one connection.
  const profiles = await repo.profilesByIds(tx, input.sides);
  const availability = await repo.availabilityOf(tx, input.sides);
  const others = await repo.placedMeetingsOf(tx, input.eventId, input.sides);
  const slots = await repo.meetingsInSlot(tx, slot.id);
  for (const side of input.sides) {
    const available = availability.get(side) ?? [];
    if (available.length > 0 && !available.includes(slot.id)) throw new AppError('meeting_side_unavailable');
  }
  const mine = others.filter(({ meeting }) => meeting.id !== input.moving);
  if (mine.some(({ meeting }) => meeting.slotId === slot.id)) throw new AppError('meeting_side_busy');
  for (const profile of profiles) {
    if (profile.maxMeetingsPerSession === null) continue;
    const inSession = mine.filter(
      ({ meeting, slot: s }) =>
        s.session === slot.session && [meeting.requesterId, meeting.recipientId].includes(profile.registrationId),
    ).length;
    if (inSession >= profile.maxMeetingsPerSession) throw new AppError('meeting_session_limit');
  }
  if (profiles.some((p) => p.booth)) return { slotId: slot.id, tableNumber: null };
  const taken = new Set(slots.filter((m) => m.id !== input.moving).flatMap((m) => m.tableNumber ?? []));
  if (input.table) {
    if (input.table > slot.tables) {
      throw new AppError('meeting_table_out_of_range', { params: { tables: slot.tables } });
    }
    if (taken.has(input.table)) throw new AppError('meeting_slot_full');
    return { slotId: slot.id, tableNumber: input.table };
  }
  for (let table = 1; table <= slot.tables; table++) {
    if (!taken.has(table)) return { slotId: slot.id, tableNumber: table };
  }
  throw new AppError('meeting_slot_full');
}

/** Unplaces the unlocked meetings that hold a side's time or the asked table in the slot. */
async function bumpInTheWay(
  tx: DbOrTx,
  slot: repo.SlotRow,
  input: { sides: [string, string]; table?: number | null; moving?: string },
) {
  const inSlot = await repo.meetingsInSlot(tx, slot.id);
  for (const m of inSlot) {
    if (m.id === input.moving || m.locked) continue;
    const sharesSide = [m.requesterId, m.recipientId].some((id) => input.sides.includes(id));
    const holdsTable = !!input.table && m.tableNumber === input.table;
    if (sharesSide || holdsTable) {
      await repo.placeMeeting(tx, m.id, {
        slotId: null,
        tableNumber: null,
        scheduleState: null,
        updatedAt: m.updatedAt,
      });
    }
  }
}
