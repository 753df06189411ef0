import type { Event, EventSummary } from '@innobridge/contracts';
import type { AppContext } from '../../../app-context.js';
import { organizationNamesByIds } from '../../organizations/index.js';
import type { RegistrationRow } from '../registrations/registrations.repository.js';
import type { EventRow, EventSessionRow } from './events.repository.js';
import * as repo from './events.repository.js';

// Rows → the contract's shapes, in batches: one statement for the counts, one for the names.

const iso = (d: Date | null) => d?.toISOString() ?? null;

export async function describeSummaries(ctx: AppContext, rows: EventRow[]): Promise<EventSummary[]> {
  const counts = await repo.countsOf(
    ctx.db,
    rows.map((r) => r.id),
  );
  const orgIds = [...new Set(rows.flatMap((r) => (r.organizerOrganizationId ? [r.organizerOrganizationId] : [])))];
  const names = new Map((await organizationNamesByIds(ctx, orgIds)).map((o) => [o.id, o.name]));
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind as EventSummary['kind'],
    state: r.state as EventSummary['state'],
    title: r.title,
    summary: r.summary,
    format: r.format as EventSummary['format'],
    venue: r.venue,
    place: r.place,
    timeZone: r.timeZone,
    startsAt: r.startsAt.toISOString(),
    endsAt: r.endsAt.toISOString(),
    capacity: r.capacity,
    registered: counts.get(r.id)?.registered ?? 0,
    meetings: r.meetings,
    organizer: {
      organizationId: r.organizerOrganizationId,
      name: r.organizerOrganizationId ? (names.get(r.organizerOrganizationId) ?? {}) : {},
    },
  }));
}

export function registrationOpen(row: EventRow, now: Date): boolean {
  if (row.state !== 'published') return false;
  if (row.registrationClosesAt && row.registrationClosesAt <= now) return false;
  return row.endsAt > now;
}

export async function describeEvent(
  ctx: AppContext,
  row: EventRow,
  extra: {
    sessions: EventSessionRow[];
    manageable: boolean;
    mine: (RegistrationRow & { waitlistPosition: number | null }) | null;
  },
): Promise<Event> {
  const [summary] = (await describeSummaries(ctx, [row])) as [EventSummary];
  const counts = (await repo.countsOf(ctx.db, [row.id])).get(row.id);
  const mine = extra.mine;
  return {
    ...summary,
    description: row.description,
    onlineUrl: row.onlineUrl,
    registrationClosesAt: iso(row.registrationClosesAt),
    registrationOpen: registrationOpen(row, ctx.clock.now()),
    waitlisted: counts?.waitlisted ?? 0,
    meetingMode: row.meetingMode as Event['meetingMode'],
    sessions: extra.sessions.map((s) => ({
      id: s.id,
      title: s.title,
      description: s.description,
      room: s.room,
      startsAt: s.startsAt.toISOString(),
      endsAt: s.endsAt.toISOString(),
      speakers: s.speakers.map((p) => ({ name: p.name, affiliation: p.affiliation ?? {} })),
    })),
    manageable: extra.manageable,
    myRegistration: mine
      ? {
          id: mine.id,
          state: mine.state as 'registered',
          listed: mine.listed,
          waitlistPosition: mine.waitlistPosition,
          checkedInAt: iso(mine.checkedInAt),
          createdAt: mine.createdAt.toISOString(),
        }
      : null,
    jurisdiction: row.jurisdiction,
    version: row.version,
    publishedAt: iso(row.publishedAt),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
