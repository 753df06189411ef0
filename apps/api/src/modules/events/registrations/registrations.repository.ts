import { and, asc, eq, gte, inArray, isNull, lt, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.js';
import { eventRegistrations, events, meetingRequests } from '../events.tables.js';

export type RegistrationRow = typeof eventRegistrations.$inferSelect;

export async function findOf(db: DbOrTx, eventId: string, userId: string): Promise<RegistrationRow | undefined> {
  const [row] = await db
    .select()
    .from(eventRegistrations)
    .where(and(eq(eventRegistrations.eventId, eventId), eq(eventRegistrations.userId, userId)));
  return row;
}

export async function findRegistration(db: DbOrTx, id: string): Promise<RegistrationRow | undefined> {
  const [row] = await db.select().from(eventRegistrations).where(eq(eventRegistrations.id, id));
  return row;
}

export async function registeredCount(tx: DbOrTx, eventId: string): Promise<number> {
  const [row] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(eventRegistrations)
    .where(and(eq(eventRegistrations.eventId, eventId), eq(eventRegistrations.state, 'registered')));
  return row?.n ?? 0;
}

/** Places on the waiting list before this one (0 = next), in the order it is served. */
export async function waitlistAhead(db: DbOrTx, eventId: string, waitlistedAt: Date, id: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(eventRegistrations)
    .where(
      and(
        eq(eventRegistrations.eventId, eventId),
        eq(eventRegistrations.state, 'waitlisted'),
        sql`(${eventRegistrations.waitlistedAt}, ${eventRegistrations.id}) < (${waitlistedAt.toISOString()}::timestamptz, ${id}::uuid)`,
      ),
    );
  return row?.n ?? 0;
}

export async function insertRegistration(tx: DbOrTx, row: typeof eventRegistrations.$inferInsert) {
  const [saved] = await tx.insert(eventRegistrations).values(row).returning();
  return saved as RegistrationRow;
}

export async function updateRegistration(
  tx: DbOrTx,
  seen: { id: string; version: number },
  patch: Partial<typeof eventRegistrations.$inferInsert>,
): Promise<RegistrationRow | undefined> {
  const [row] = await tx
    .update(eventRegistrations)
    .set({ ...patch, version: seen.version + 1 })
    .where(and(eq(eventRegistrations.id, seen.id), eq(eventRegistrations.version, seen.version)))
    .returning();
  return row;
}

/** The first on the waiting list (the earliest to join it). */
export async function firstWaitlisted(tx: DbOrTx, eventId: string): Promise<RegistrationRow | undefined> {
  const [row] = await tx
    .select()
    .from(eventRegistrations)
    .where(and(eq(eventRegistrations.eventId, eventId), eq(eventRegistrations.state, 'waitlisted')))
    .orderBy(asc(eventRegistrations.waitlistedAt), asc(eventRegistrations.id))
    .limit(1);
  return row;
}

export async function ofEvent(db: DbOrTx, eventId: string, states: string[]): Promise<RegistrationRow[]> {
  return db
    .select()
    .from(eventRegistrations)
    .where(and(eq(eventRegistrations.eventId, eventId), inArray(eventRegistrations.state, states)))
    .orderBy(asc(eventRegistrations.createdAt), asc(eventRegistrations.id));
}

/** Registered people of published events starting before `before`, not reminded yet. */
export async function dueForReminder(db: DbOrTx, now: Date, before: Date) {
  return db
    .select({ registration: eventRegistrations, event: events })
    .from(eventRegistrations)
    .innerJoin(events, eq(events.id, eventRegistrations.eventId))
    .where(
      and(
        eq(eventRegistrations.state, 'registered'),
        isNull(eventRegistrations.remindedAt),
        eq(events.state, 'published'),
        gte(events.startsAt, now),
        lt(events.startsAt, before),
      ),
    )
    .limit(500);
}

export async function markReminded(tx: DbOrTx, id: string, at: Date): Promise<boolean> {
  const rows = await tx
    .update(eventRegistrations)
    .set({ remindedAt: at })
    .where(and(eq(eventRegistrations.id, id), isNull(eventRegistrations.remindedAt)))
    .returning({ id: eventRegistrations.id });
  return rows.length > 0;
}

/** Marks the badge checked in unless it already was; returns the row when this call did it. */
export async function checkIn(tx: DbOrTx, id: string, by: string, at: Date): Promise<RegistrationRow | undefined> {
  const [row] = await tx
    .update(eventRegistrations)
    .set({ checkedInAt: at, checkedInBy: by, version: sql`${eventRegistrations.version} + 1` })
    .where(and(eq(eventRegistrations.id, id), isNull(eventRegistrations.checkedInAt)))
    .returning();
  return row;
}

export async function figures(db: DbOrTx, eventId: string) {
  const [people] = await db
    .select({
      registered: sql<number>`count(*) filter (where ${eventRegistrations.state} = 'registered')::int`,
      waitlisted: sql<number>`count(*) filter (where ${eventRegistrations.state} = 'waitlisted')::int`,
      cancelled: sql<number>`count(*) filter (where ${eventRegistrations.state} = 'cancelled')::int`,
      attended: sql<number>`count(*) filter (where ${eventRegistrations.checkedInAt} is not null)::int`,
    })
    .from(eventRegistrations)
    .where(eq(eventRegistrations.eventId, eventId));
  const [meetings] = await db
    .select({
      requested: sql<number>`count(*)::int`,
      accepted: sql<number>`count(*) filter (where ${meetingRequests.state} = 'accepted')::int`,
      scheduled: sql<number>`count(*) filter (where ${meetingRequests.state} = 'accepted' and ${meetingRequests.slotId} is not null)::int`,
      held: sql<number>`count(*) filter (where ${meetingRequests.state} = 'accepted' and ${meetingRequests.requesterConfirmedAt} is not null and ${meetingRequests.recipientConfirmedAt} is not null)::int`,
    })
    .from(meetingRequests)
    .where(eq(meetingRequests.eventId, eventId));
  return {
    registered: people?.registered ?? 0,
    waitlisted: people?.waitlisted ?? 0,
    cancelled: people?.cancelled ?? 0,
    attended: people?.attended ?? 0,
    meetings: {
      requested: meetings?.requested ?? 0,
      accepted: meetings?.accepted ?? 0,
      scheduled: meetings?.scheduled ?? 0,
      held: meetings?.held ?? 0,
    },
  };
}
