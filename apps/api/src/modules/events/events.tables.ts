import type { LocalizedText } from '@innobridge/contracts';
import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const localized = (name: string) => jsonb(name).$type<LocalizedText>().notNull().default({});

/** A speaker of an agenda session, as the organiser typed them. */
export interface SpeakerRow {
  name: LocalizedText;
  affiliation: LocalizedText;
}

/**
 * Organisations an operator approved as event organisers (operators organise without approval). A
 * withdrawn approval keeps the row with `revokedAt`, so the record says who organised what and when.
 */
export const eventOrganizers = pgTable('event_organizers', {
  organizationId: uuid('organization_id').primaryKey(),
  approvedBy: uuid('approved_by').notNull(),
  approvedAt: ts('approved_at').notNull(),
  revokedAt: ts('revoked_at'),
});

/**
 * A forum, conference, roadshow or technology-transfer session. Times are instants; `timeZone` (IANA)
 * is the event's own zone, in which its agenda is read. `capacity` null means no limit. With
 * `meetings` on, registered participants take part in B2B meetings in the mode the organiser chose:
 * `pick` (the accepting side picks a free slot) or `organiser` (the organiser schedules all at once).
 */
export const events = pgTable(
  'events',
  {
    id: uuid('id').primaryKey(),
    /** forum, conference, roadshow, tech_transfer, exhibition, webinar, other */
    kind: text('kind').notNull(),
    /** draft, published, cancelled */
    state: text('state').notNull().default('draft'),
    title: localized('title'),
    summary: localized('summary'),
    description: localized('description'),
    /** in_person, online, hybrid */
    format: text('format').notNull(),
    venue: localized('venue'),
    /** A code of the contracts' reference list of cities (`PLACES`), or 'other'. */
    place: text('place').notNull().default('other'),
    onlineUrl: text('online_url'),
    timeZone: text('time_zone').notNull(),
    startsAt: ts('starts_at').notNull(),
    endsAt: ts('ends_at').notNull(),
    capacity: integer('capacity'),
    registrationClosesAt: ts('registration_closes_at'),
    /** The organisation that organises it; null when an operator organises it in the operator's name. */
    organizerOrganizationId: uuid('organizer_organization_id'),
    /** RU or CN: the operator side that runs or approved it. */
    jurisdiction: text('jurisdiction').notNull(),
    meetings: boolean('meetings').notNull().default(false),
    /** pick or organiser (meetings on only). */
    meetingMode: text('meeting_mode').notNull().default('pick'),
    /** The organiser published the final schedule (organiser mode). */
    schedulePublishedAt: ts('schedule_published_at'),
    createdBy: uuid('created_by').notNull(),
    version: integer('version').notNull().default(1),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
    publishedAt: ts('published_at'),
  },
  (t) => [
    index('events_state_starts_idx').on(t.state, t.startsAt),
    index('events_organizer_idx').on(t.organizerOrganizationId),
  ],
);

/** The agenda: sessions with their speakers, in the event's order of time. */
export const eventSessions = pgTable(
  'event_sessions',
  {
    id: uuid('id').primaryKey(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    title: localized('title'),
    description: localized('description'),
    room: localized('room'),
    startsAt: ts('starts_at').notNull(),
    endsAt: ts('ends_at').notNull(),
    speakers: jsonb('speakers').$type<SpeakerRow[]>().notNull().default([]),
  },
  (t) => [index('event_sessions_event_idx').on(t.eventId, t.startsAt)],
);

/**
 * A person's registration. `state`: registered, waitlisted, cancelled. The waiting list is served in
 * the order of `waitlistedAt`; a cancellation promotes the first one in the same transaction.
 * `listed`: the person agreed to appear in the public list of attendees. `badgeKey` is a random part of
 * the badge's signed token, replaced when a badge is reissued.
 */
export const eventRegistrations = pgTable(
  'event_registrations',
  {
    id: uuid('id').primaryKey(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').notNull(),
    organizationId: uuid('organization_id'),
    state: text('state').notNull(),
    listed: boolean('listed').notNull().default(false),
    waitlistedAt: ts('waitlisted_at'),
    badgeKey: text('badge_key').notNull(),
    checkedInAt: ts('checked_in_at'),
    checkedInBy: uuid('checked_in_by'),
    remindedAt: ts('reminded_at'),
    version: integer('version').notNull().default(1),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('event_registrations_person_key').on(t.eventId, t.userId),
    index('event_registrations_waitlist_idx').on(t.eventId, t.waitlistedAt).where(sql`${t.state} = 'waitlisted'`),
    index('event_registrations_user_idx').on(t.userId),
  ],
);

/**
 * A participant's B2B profile for one event: what they offer and look for, linked opportunities, an
 * optional fixed booth (then all their meetings take place there), and a maximum of meetings per
 * session (between breaks). One per registration.
 */
export const meetingProfiles = pgTable(
  'meeting_profiles',
  {
    registrationId: uuid('registration_id')
      .primaryKey()
      .references(() => eventRegistrations.id, { onDelete: 'cascade' }),
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    offer: localized('offer'),
    seek: localized('seek'),
    opportunityIds: uuid('opportunity_ids').array().notNull().default([]),
    booth: text('booth'),
    maxMeetingsPerSession: integer('max_meetings_per_session'),
    /** Languages the participant speaks (ru, zh, en): an interpreter is needed when two share none. */
    languages: text('languages').array().notNull().default([]),
    published: boolean('published').notNull().default(false),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [index('meeting_profiles_event_idx').on(t.eventId)],
);

/**
 * A meeting slot and how many tables it has. `session` groups slots between breaks: the per-session
 * maximum of meetings counts within a group.
 */
export const meetingSlots = pgTable(
  'meeting_slots',
  {
    id: uuid('id').primaryKey(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    startsAt: ts('starts_at').notNull(),
    endsAt: ts('ends_at').notNull(),
    tables: integer('tables').notNull(),
    session: integer('session').notNull().default(1),
  },
  (t) => [index('meeting_slots_event_idx').on(t.eventId, t.startsAt)],
);

/** The slots in which a registered participant is available for meetings. */
export const meetingAvailability = pgTable(
  'meeting_availability',
  {
    registrationId: uuid('registration_id')
      .notNull()
      .references(() => eventRegistrations.id, { onDelete: 'cascade' }),
    slotId: uuid('slot_id')
      .notNull()
      .references(() => meetingSlots.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.registrationId, t.slotId] })],
);

/**
 * A meeting request and, once accepted, the meeting. `state`: requested, accepted, declined, cancelled.
 * `slotId`/`tableNumber` place it (null while unscheduled); `locked` keeps it there when the organiser
 * re-runs the scheduler; `scheduleState` is preliminary or final (organiser mode). Each side confirms
 * that the meeting took place.
 */
export const meetingRequests = pgTable(
  'meeting_requests',
  {
    id: uuid('id').primaryKey(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    requesterId: uuid('requester_id')
      .notNull()
      .references(() => eventRegistrations.id, { onDelete: 'cascade' }),
    recipientId: uuid('recipient_id')
      .notNull()
      .references(() => eventRegistrations.id, { onDelete: 'cascade' }),
    message: text('message').notNull(),
    messageLanguage: text('message_language'),
    state: text('state').notNull().default('requested'),
    declineReason: text('decline_reason'),
    priority: integer('priority').notNull().default(1),
    interpreter: boolean('interpreter').notNull().default(false),
    slotId: uuid('slot_id').references(() => meetingSlots.id, { onDelete: 'set null' }),
    tableNumber: integer('table_number'),
    locked: boolean('locked').notNull().default(false),
    scheduleState: text('schedule_state'),
    requesterConfirmedAt: ts('requester_confirmed_at'),
    recipientConfirmedAt: ts('recipient_confirmed_at'),
    version: integer('version').notNull().default(1),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [
    index('meeting_requests_event_idx').on(t.eventId, t.state),
    index('meeting_requests_requester_idx').on(t.requesterId),
    index('meeting_requests_recipient_idx').on(t.recipientId),
    uniqueIndex('meeting_requests_pair_open_key')
      .on(t.eventId, t.requesterId, t.recipientId)
      .where(sql`${t.state} in ('requested', 'accepted')`),
    uniqueIndex('meeting_requests_place_key')
      .on(t.slotId, t.tableNumber)
      .where(sql`${t.slotId} is not null and ${t.tableNumber} is not null and ${t.state} = 'accepted'`),
  ],
);
