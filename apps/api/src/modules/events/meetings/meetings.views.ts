import type {
  Locale,
  Meeting,
  MeetingParticipant,
  MeetingProfile,
  MeetingSlot,
  MeetingsEvent,
} from '@innobridge/contracts';
import type { AppContext } from '../../../app-context.js';
import { publishedOpportunitiesByIds } from '../../exchange/index.js';
import { people } from '../../identity/index.js';
import { organizationsByIds } from '../../organizations/index.js';
import type { EventAccess } from './meetings.access.js';
import * as repo from './meetings.repository.js';

// Rows → the contracts' shapes, in batches: people, organisations, profiles and opportunities are read
// once for a whole list.

type Ctx = AppContext;

export const slotOut = (s: repo.SlotRow): MeetingSlot => ({
  id: s.id,
  startsAt: s.startsAt.toISOString(),
  endsAt: s.endsAt.toISOString(),
  tables: s.tables,
  session: s.session,
});

export const eventOut = (access: EventAccess, slots: repo.SlotRow[]): MeetingsEvent => ({
  id: access.event.id,
  title: access.event.title,
  timeZone: access.event.timeZone,
  startsAt: access.event.startsAt.toISOString(),
  endsAt: access.event.endsAt.toISOString(),
  mode: access.event.meetingMode as MeetingsEvent['mode'],
  schedulePublishedAt: access.event.schedulePublishedAt?.toISOString() ?? null,
  registrationId: access.registration?.state === 'registered' ? access.registration.id : null,
  organiser: access.organiser,
  slots: slots.map(slotOut),
});

export const profileOut = (
  registrationId: string,
  row: repo.ProfileRow | undefined,
  availability: string[],
): MeetingProfile => ({
  registrationId,
  offer: row?.offer ?? {},
  seek: row?.seek ?? {},
  opportunityIds: row?.opportunityIds ?? [],
  languages: (row?.languages ?? []) as Locale[],
  booth: row?.booth ?? null,
  maxMeetingsPerSession: row?.maxMeetingsPerSession ?? null,
  published: row?.published ?? false,
  availability,
});

/** Names, organisations and linked opportunities of these registrations, read once. */
async function sidesOf(ctx: Ctx, registrations: repo.RegistrationRow[], profiles: repo.ProfileRow[]) {
  const [persons, organizations, opportunities] = await Promise.all([
    people(
      ctx,
      registrations.map((r) => r.userId),
    ),
    organizationsByIds(ctx, [...new Set(registrations.flatMap((r) => (r.organizationId ? [r.organizationId] : [])))]),
    publishedOpportunitiesByIds(ctx, [...new Set(profiles.flatMap((p) => p.opportunityIds))]),
  ]);
  const personBy = new Map(persons.map((p) => [p.userId, p]));
  const orgBy = new Map(organizations.map((o) => [o.id, o]));
  const oppBy = new Map(opportunities.map((o) => [o.id, o]));
  const profileBy = new Map(profiles.map((p) => [p.registrationId, p]));
  return (registration: repo.RegistrationRow) => {
    const profile = profileBy.get(registration.id);
    const org = registration.organizationId ? orgBy.get(registration.organizationId) : undefined;
    return {
      person: personBy.get(registration.userId),
      organization: org ? { id: org.id, name: org.name, jurisdiction: org.jurisdiction } : null,
      profile,
      opportunities: (profile?.opportunityIds ?? []).flatMap((id) => {
        const o = oppBy.get(id);
        return o ? [{ id: o.id, title: o.title }] : [];
      }),
    };
  };
}

export async function describeParticipants(
  ctx: Ctx,
  rows: { profile: repo.ProfileRow; registration: repo.RegistrationRow }[],
): Promise<MeetingParticipant[]> {
  const side = await sidesOf(
    ctx,
    rows.map((r) => r.registration),
    rows.map((r) => r.profile),
  );
  return rows.map(({ profile, registration }) => {
    const s = side(registration);
    return {
      id: registration.id,
      name: s.person?.displayName ?? '',
      organization: s.organization,
      offer: profile.offer,
      seek: profile.seek,
      languages: profile.languages as Locale[],
      booth: profile.booth,
      opportunities: s.opportunities,
    };
  });
}

/** The place of a placed meeting: the booth of a side who has one (the recipient's first), else its table. */
export function placeOf(row: repo.MeetingRow, booths: Map<string, string | null>) {
  if (!row.slotId) return null;
  const booth = booths.get(row.recipientId) ?? booths.get(row.requesterId) ?? null;
  return booth ? { table: null, booth } : { table: row.tableNumber, booth: null };
}

export async function describeMeetings(ctx: Ctx, rows: repo.MeetingRow[], reader: string | null): Promise<Meeting[]> {
  const ids = [...new Set(rows.flatMap((r) => [r.requesterId, r.recipientId]))];
  const eventIds = [...new Set(rows.map((r) => r.eventId))];
  const [registrations, profiles, slots] = await Promise.all([
    repo.registrationsByIds(ctx.db, ids),
    repo.profilesByIds(ctx.db, ids),
    Promise.all(eventIds.map((id) => repo.slotsOf(ctx.db, id))).then((l) => l.flat()),
  ]);
  const side = await sidesOf(ctx, registrations, profiles);
  const regBy = new Map(registrations.map((r) => [r.id, r]));
  const slotBy = new Map(slots.map((s) => [s.id, s]));
  const booths = new Map(profiles.map((p) => [p.registrationId, p.booth]));
  const sideOut = (id: string) => {
    const registration = regBy.get(id);
    const s = registration ? side(registration) : undefined;
    return {
      id,
      name: s?.person?.displayName ?? '',
      organization: s?.organization?.name ?? null,
      languages: (s?.profile?.languages ?? []) as Locale[],
    };
  };
  const opportunitiesOf = (id: string) => {
    const registration = regBy.get(id);
    return registration ? side(registration).opportunities : [];
  };
  return rows.map((row) => {
    const role = reader === row.requesterId ? 'requester' : reader === row.recipientId ? 'recipient' : null;
    const other = role === 'requester' ? row.recipientId : role === 'recipient' ? row.requesterId : null;
    const slot = row.slotId ? slotBy.get(row.slotId) : undefined;
    return {
      id: row.id,
      eventId: row.eventId,
      state: row.state as Meeting['state'],
      role,
      requester: sideOut(row.requesterId),
      recipient: sideOut(row.recipientId),
      message: row.message,
      declineReason: row.declineReason,
      priority: row.priority,
      interpreter: row.interpreter,
      slot: slot ? slotOut(slot) : null,
      place: slot ? placeOf(row, booths) : null,
      locked: row.locked,
      scheduleState: slot ? ((row.scheduleState as 'preliminary' | 'final' | null) ?? null) : null,
      requesterConfirmed: row.requesterConfirmedAt !== null,
      recipientConfirmed: row.recipientConfirmedAt !== null,
      opportunities: other ? opportunitiesOf(other) : [],
      version: row.version,
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
    };
  });
}
