import { and, asc, desc, eq, gte, inArray, lt, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.js';
import { eventRegistrations, eventSessions, events } from '../events.tables.js';

export type EventRow = typeof events.$inferSelect;
export type EventSessionRow = typeof eventSessions.$inferSelect;

export async function insertEvent(
  db: DbOrTx,
  row: typeof events.$inferInsert,
  sessions: (typeof eventSessions.$inferInsert)[],
): Promise<void> {
  await db.insert(events).values(row);
  if (sessions.length > 0) await db.insert(eventSessions).values(sessions);
}

export async function replaceSessions(
  db: DbOrTx,
  eventId: string,
  sessions: (typeof eventSessions.$inferInsert)[],
): Promise<void> {
  await db.delete(eventSessions).where(eq(eventSessions.eventId, eventId));
  if (sessions.length > 0) await db.insert(eventSessions).values(sessions);
}

export async function findEvent(db: DbOrTx, id: string): Promise<EventRow | undefined> {
  const [row] = await db.select().from(events).where(eq(events.id, id));
  return row;
}

/** The event's row, locked until the transaction ends: registrations to one event take turns. */
export async function lockEvent(tx: DbOrTx, id: string): Promise<EventRow | undefined> {
  const [row] = await tx.select().from(events).where(eq(events.id, id)).for('update');
  return row;
}

export async function sessionsOf(db: DbOrTx, eventIds: string[]): Promise<EventSessionRow[]> {
  if (eventIds.length === 0) return [];
  return db
    .select()
    .from(eventSessions)
    .where(inArray(eventSessions.eventId, eventIds))
    .orderBy(asc(eventSessions.startsAt), asc(eventSessions.id));
}

/** Applies a change only if the event is still in the state and version the caller read. */
export async function compareAndSet(
  db: DbOrTx,
  seen: { id: string; state: string; version: number },
  patch: Partial<typeof events.$inferInsert>,
): Promise<EventRow | undefined> {
  const [row] = await db
    .update(events)
    .set({ ...patch, version: seen.version + 1 })
    .where(and(eq(events.id, seen.id), eq(events.state, seen.state), eq(events.version, seen.version)))
    .returning();
  return row;
}

export type EventFilter = {
  when: 'upcoming' | 'past' | 'mine';
  now: Date;
  kind?: string;
  place?: string;
  format?: string;
  month?: string;
  /** For `mine`: operators see every event; others the events of these organisations. */
  managedBy?: { all: boolean; organizationIds: string[] };
};

export async function listEvents(db: DbOrTx, filter: EventFilter, limit = 200): Promise<EventRow[]> {
  const conditions = [
    filter.kind ? eq(events.kind, filter.kind) : undefined,
    filter.place ? eq(events.place, filter.place) : undefined,
    filter.format ? eq(events.format, filter.format) : undefined,
    // The month on the event's own calendar.
    filter.month
      ? sql`to_char(${events.startsAt} at time zone ${events.timeZone}, 'YYYY-MM') = ${filter.month}`
      : undefined,
  ];
  if (filter.when === 'mine') {
    const managed = filter.managedBy ?? { all: false, organizationIds: [] };
    if (!managed.all) {
      if (managed.organizationIds.length === 0) return [];
      conditions.push(inArray(events.organizerOrganizationId, managed.organizationIds));
    }
    return db
      .select()
      .from(events)
      .where(and(...conditions))
      .orderBy(desc(events.startsAt), desc(events.id))
      .limit(limit);
  }
  conditions.push(eq(events.state, 'published'));
  conditions.push(filter.when === 'upcoming' ? gte(events.endsAt, filter.now) : lt(events.endsAt, filter.now));
  return db
    .select()
    .from(events)
    .where(and(...conditions))
    .orderBy(
      filter.when === 'upcoming' ? asc(events.startsAt) : desc(events.startsAt),
      filter.when === 'upcoming' ? asc(events.id) : desc(events.id),
    )
    .limit(limit);
}

/** Registered and waitlisted people of each event, in one statement. */
export async function countsOf(
  db: DbOrTx,
  eventIds: string[],
): Promise<Map<string, { registered: number; waitlisted: number }>> {
  const out = new Map<string, { registered: number; waitlisted: number }>();
  if (eventIds.length === 0) return out;
  const rows = await db
    .select({
      eventId: eventRegistrations.eventId,
      registered: sql<number>`count(*) filter (where ${eventRegistrations.state} = 'registered')::int`,
      waitlisted: sql<number>`count(*) filter (where ${eventRegistrations.state} = 'waitlisted')::int`,
    })
    .from(eventRegistrations)
    .where(inArray(eventRegistrations.eventId, eventIds))
    .groupBy(eventRegistrations.eventId);
  for (const r of rows) out.set(r.eventId, { registered: r.registered, waitlisted: r.waitlisted });
  return out;
}

/** Published events starting in the window whose registered people have not all been reminded. */
export async function startingBetween(db: DbOrTx, from: Date, to: Date): Promise<EventRow[]> {
  return db
    .select()
    .from(events)
    .where(and(eq(events.state, 'published'), gte(events.startsAt, from), lt(events.startsAt, to)))
    .limit(500);
}
