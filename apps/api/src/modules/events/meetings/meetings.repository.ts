import { and, asc, eq, inArray, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.js';
import {
  eventRegistrations,
  events,
  meetingAvailability,
  meetingProfiles,
  meetingRequests,
  meetingSlots,
} from '../events.tables.js';

// The only SQL of B2B meetings: events and registrations are read, never written, here.

export type EventRow = typeof events.$inferSelect;
export type RegistrationRow = typeof eventRegistrations.$inferSelect;
export type ProfileRow = typeof meetingProfiles.$inferSelect;
export type SlotRow = typeof meetingSlots.$inferSelect;
export type MeetingRow = typeof meetingRequests.$inferSelect;

export async function findEvent(db: DbOrTx, id: string): Promise<EventRow | undefined> {
  const [row] = await db.select().from(events).where(eq(events.id, id));
  return row;
}

export async function setSchedulePublished(db: DbOrTx, id: string, at: Date): Promise<void> {
  await db.update(events).set({ schedulePublishedAt: at }).where(eq(events.id, id));
}

export async function registrationOf(
  db: DbOrTx,
  eventId: string,
  userId: string,
): Promise<RegistrationRow | undefined> {
  const [row] = await db
    .select()
    .from(eventRegistrations)
    .where(and(eq(eventRegistrations.eventId, eventId), eq(eventRegistrations.userId, userId)));
  return row;
}

export function registrationsByIds(db: DbOrTx, ids: string[]): Promise<RegistrationRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db.select().from(eventRegistrations).where(inArray(eventRegistrations.id, ids));
}

export async function findProfile(db: DbOrTx, registrationId: string): Promise<ProfileRow | undefined> {
  const [row] = await db.select().from(meetingProfiles).where(eq(meetingProfiles.registrationId, registrationId));
  return row;
}

export function profilesByIds(db: DbOrTx, registrationIds: string[]): Promise<ProfileRow[]> {
  if (registrationIds.length === 0) return Promise.resolve([]);
  return db.select().from(meetingProfiles).where(inArray(meetingProfiles.registrationId, registrationIds));
}

export async function upsertProfile(db: DbOrTx, row: typeof meetingProfiles.$inferInsert): Promise<ProfileRow> {
  const { registrationId: _, eventId: __, ...changes } = row;
  const [saved] = await db
    .insert(meetingProfiles)
    .values(row)
    .onConflictDoUpdate({ target: meetingProfiles.registrationId, set: changes })
    .returning();
  return saved as ProfileRow;
}

/** Published profiles of the event's registered participants, with their registrations. */
export function publishedProfiles(db: DbOrTx, eventId: string) {
  return db
    .select({ profile: meetingProfiles, registration: eventRegistrations })
    .from(meetingProfiles)
    .innerJoin(eventRegistrations, eq(eventRegistrations.id, meetingProfiles.registrationId))
    .where(
      and(
        eq(meetingProfiles.eventId, eventId),
        eq(meetingProfiles.published, true),
        eq(eventRegistrations.state, 'registered'),
      ),
    )
    .orderBy(asc(meetingProfiles.updatedAt), asc(meetingProfiles.registrationId));
}

/** Every profile of the event's registered participants (the scheduler's participants). */
export function registeredProfiles(db: DbOrTx, eventId: string): Promise<ProfileRow[]> {
  return db
    .select({ profile: meetingProfiles })
    .from(meetingProfiles)
    .innerJoin(eventRegistrations, eq(eventRegistrations.id, meetingProfiles.registrationId))
    .where(and(eq(meetingProfiles.eventId, eventId), eq(eventRegistrations.state, 'registered')))
    .then((rows) => rows.map((r) => r.profile));
}

export function slotsOf(db: DbOrTx, eventId: string): Promise<SlotRow[]> {
  return db
    .select()
    .from(meetingSlots)
    .where(eq(meetingSlots.eventId, eventId))
    .orderBy(asc(meetingSlots.startsAt), asc(meetingSlots.id));
}

export async function findSlot(db: DbOrTx, eventId: string, id: string): Promise<SlotRow | undefined> {
  const [row] = await db
    .select()
    .from(meetingSlots)
    .where(and(eq(meetingSlots.eventId, eventId), eq(meetingSlots.id, id)));
  return row;
}

/** Reads the slot and holds it for the rest of the transaction: placements in one slot go one at a time. */
export async function lockSlot(db: DbOrTx, eventId: string, id: string): Promise<SlotRow | undefined> {
  const [row] = await db
    .select()
    .from(meetingSlots)
    .where(and(eq(meetingSlots.eventId, eventId), eq(meetingSlots.id, id)))
    .for('update');
  return row;
}

/** Holds every slot of the event (a run of the scheduler against placements made meanwhile). */
export async function lockSlots(db: DbOrTx, eventId: string): Promise<void> {
  await db.select({ id: meetingSlots.id }).from(meetingSlots).where(eq(meetingSlots.eventId, eventId)).for('update');
}

export async function insertSlot(db: DbOrTx, row: typeof meetingSlots.$inferInsert): Promise<SlotRow> {
  const [created] = await db.insert(meetingSlots).values(row).returning();
  return created as SlotRow;
}

export async function updateSlot(db: DbOrTx, id: string, changes: Partial<SlotRow>): Promise<SlotRow> {
  const [row] = await db.update(meetingSlots).set(changes).where(eq(meetingSlots.id, id)).returning();
  return row as SlotRow;
}

export async function deleteSlot(db: DbOrTx, id: string): Promise<void> {
  await db.delete(meetingSlots).where(eq(meetingSlots.id, id));
}

export async function availabilityOf(db: DbOrTx, registrationIds: string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (registrationIds.length === 0) return out;
  const rows = await db
    .select()
    .from(meetingAvailability)
    .where(inArray(meetingAvailability.registrationId, registrationIds));
  for (const r of rows) out.set(r.registrationId, [...(out.get(r.registrationId) ?? []), r.slotId]);
  return out;
}

export async function replaceAvailability(db: DbOrTx, registrationId: string, slotIds: string[]): Promise<void> {
  await db.delete(meetingAvailability).where(eq(meetingAvailability.registrationId, registrationId));
  if (slotIds.length > 0) {
    await db.insert(meetingAvailability).values(slotIds.map((slotId) => ({ registrationId, slotId })));
  }
}

export async function findMeeting(db: DbOrTx, id: string): Promise<MeetingRow | undefined> {
  const [row] = await db.select().from(meetingRequests).where(eq(meetingRequests.id, id));
  return row;
}

export async function insertMeeting(db: DbOrTx, row: typeof meetingRequests.$inferInsert): Promise<MeetingRow | null> {
  const [created] = await db.insert(meetingRequests).values(row).onConflictDoNothing().returning();
  return created ?? null;
}

/** Writes only if the meeting is still in the state and version read; undefined when it is not. */
export async function compareAndSetMeeting(
  db: DbOrTx,
  seen: Pick<MeetingRow, 'id' | 'state' | 'version'>,
  changes: Partial<MeetingRow>,
): Promise<MeetingRow | undefined> {
  const [row] = await db
    .update(meetingRequests)
    .set({ ...changes, version: sql`${meetingRequests.version} + 1` })
    .where(
      and(
        eq(meetingRequests.id, seen.id),
        eq(meetingRequests.state, seen.state),
        eq(meetingRequests.version, seen.version),
      ),
    )
    .returning();
  return row;
}

/** Moves an accepted meeting (its version rises, so calendars see a new SEQUENCE). */
export async function placeMeeting(
  db: DbOrTx,
  id: string,
  place: Pick<MeetingRow, 'slotId' | 'tableNumber' | 'scheduleState' | 'updatedAt'> & { locked?: boolean },
): Promise<MeetingRow> {
  const [row] = await db
    .update(meetingRequests)
    .set({ ...place, version: sql`${meetingRequests.version} + 1` })
    .where(eq(meetingRequests.id, id))
    .returning();
  return row as MeetingRow;
}

/** The reader's requests and meetings at the event, as requester or recipient. */
export function meetingsOfRegistration(db: DbOrTx, eventId: string, registrationId: string): Promise<MeetingRow[]> {
  return db
    .select()
    .from(meetingRequests)
    .where(
      and(
        eq(meetingRequests.eventId, eventId),
        or(eq(meetingRequests.requesterId, registrationId), eq(meetingRequests.recipientId, registrationId)),
      ),
    )
    .orderBy(asc(meetingRequests.createdAt), asc(meetingRequests.id));
}

export function meetingsOfEvent(db: DbOrTx, eventId: string, states?: string[]): Promise<MeetingRow[]> {
  return db
    .select()
    .from(meetingRequests)
    .where(and(eq(meetingRequests.eventId, eventId), states ? inArray(meetingRequests.state, states) : undefined))
    .orderBy(asc(meetingRequests.createdAt), asc(meetingRequests.id));
}

/** Accepted meetings placed in a slot. */
export function meetingsInSlot(db: DbOrTx, slotId: string): Promise<MeetingRow[]> {
  return db
    .select()
    .from(meetingRequests)
    .where(and(eq(meetingRequests.slotId, slotId), eq(meetingRequests.state, 'accepted')));
}

/** Accepted meetings of these participants placed in slots of the given session. */
export function placedMeetingsOf(db: DbOrTx, eventId: string, registrationIds: string[]) {
  return db
    .select({ meeting: meetingRequests, slot: meetingSlots })
    .from(meetingRequests)
    .innerJoin(meetingSlots, eq(meetingSlots.id, meetingRequests.slotId))
    .where(
      and(
        eq(meetingRequests.eventId, eventId),
        eq(meetingRequests.state, 'accepted'),
        or(
          inArray(meetingRequests.requesterId, registrationIds),
          inArray(meetingRequests.recipientId, registrationIds),
        ),
      ),
    );
}
