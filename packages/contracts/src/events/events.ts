import { z } from 'zod';
import { LocalizedText } from '../common/localized.js';

export const EVENT_KINDS = [
  'forum',
  'conference',
  'roadshow',
  'tech_transfer',
  'exhibition',
  'webinar',
  'other',
] as const;
export const EventKind = z.enum(EVENT_KINDS);
export type EventKind = z.infer<typeof EventKind>;

export const EVENT_FORMATS = ['in_person', 'online', 'hybrid'] as const;
export const EventFormat = z.enum(EVENT_FORMATS);
export type EventFormat = z.infer<typeof EventFormat>;

export const EVENT_STATES = ['draft', 'published', 'cancelled'] as const;
export const EventState = z.enum(EVENT_STATES);
export type EventState = z.infer<typeof EventState>;

export const MEETING_MODES = ['pick', 'organiser'] as const;
export const MeetingMode = z.enum(MEETING_MODES);
export type MeetingMode = z.infer<typeof MeetingMode>;

export const REGISTRATION_STATES = ['registered', 'waitlisted', 'cancelled'] as const;
export const RegistrationState = z.enum(REGISTRATION_STATES);
export type RegistrationState = z.infer<typeof RegistrationState>;

/**
 * A wall-clock time in the event's own zone, as the organiser reads it on the event's clock:
 * `2026-09-10T09:30`. The API turns it into an instant with the event's IANA zone.
 */
export const WallClock = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);

const Localized = z.record(z.string(), z.string());

export const SpeakerBody = z.object({ name: LocalizedText(200), affiliation: LocalizedText(300).optional() });

export const EventSessionBody = z.object({
  title: LocalizedText(300),
  description: LocalizedText(3000).optional(),
  room: LocalizedText(200).optional(),
  startsAt: WallClock,
  endsAt: WallClock,
  speakers: z.array(SpeakerBody).max(30).default([]),
});
export type EventSessionBody = z.infer<typeof EventSessionBody>;

export const EventBody = z.object({
  kind: EventKind,
  /** An approved organiser organisation of the author's; none when an operator organises it. */
  organizerOrganizationId: z.uuid().nullable().optional(),
  title: LocalizedText(300),
  summary: LocalizedText(1000),
  description: LocalizedText(20000).optional(),
  format: EventFormat,
  venue: LocalizedText(500).optional(),
  /** A code of the reference list of cities (`PLACES`), or "other". */
  place: z.string().trim().max(20).default('other'),
  onlineUrl: z
    .url({ protocol: /^https?$/ })
    .max(500)
    .nullable()
    .optional(),
  /** The event's IANA time zone (`Asia/Shanghai`): its times are typed and read on its clock. */
  timeZone: z.string().trim().min(1).max(64),
  startsAt: WallClock,
  endsAt: WallClock,
  /** Null: no limit. */
  capacity: z.number().int().min(1).max(100000).nullable().optional(),
  registrationClosesAt: WallClock.nullable().optional(),
  meetings: z.boolean().default(false),
  meetingMode: MeetingMode.default('pick'),
  sessions: z.array(EventSessionBody).max(100).default([]),
});
export type EventBody = z.infer<typeof EventBody>;

/** An edit: the whole event as the form holds it, on the version it was read at. */
export const UpdateEventBody = EventBody.omit({ organizerOrganizationId: true }).extend({ version: z.number().int() });
export type UpdateEventBody = z.infer<typeof UpdateEventBody>;

export const EventSpeaker = z.object({ name: Localized, affiliation: Localized });

export const EventSession = z
  .object({
    id: z.string(),
    title: Localized,
    description: Localized,
    room: Localized,
    startsAt: z.string(),
    endsAt: z.string(),
    speakers: z.array(EventSpeaker),
  })
  .meta({ id: 'EventSession' });
export type EventSession = z.infer<typeof EventSession>;

export const MyRegistration = z
  .object({
    id: z.string(),
    state: RegistrationState,
    listed: z.boolean(),
    /** Place on the waiting list (1 = next), while waitlisted. */
    waitlistPosition: z.number().int().nullable(),
    checkedInAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'EventRegistration' });
export type MyRegistration = z.infer<typeof MyRegistration>;

export const EventSummary = z
  .object({
    id: z.string(),
    kind: EventKind,
    state: EventState,
    title: Localized,
    summary: Localized,
    format: EventFormat,
    venue: Localized,
    place: z.string(),
    timeZone: z.string(),
    startsAt: z.string(),
    endsAt: z.string(),
    capacity: z.number().int().nullable(),
    /** Registered people (not the waiting list). */
    registered: z.number().int(),
    meetings: z.boolean(),
    organizer: z.object({ organizationId: z.string().nullable(), name: Localized }),
  })
  .meta({ id: 'EventSummary' });
export type EventSummary = z.infer<typeof EventSummary>;

export const Event = EventSummary.extend({
  description: Localized,
  onlineUrl: z.string().nullable(),
  registrationClosesAt: z.string().nullable(),
  /** Registration is open now (published, before its close and the event's end). */
  registrationOpen: z.boolean(),
  waitlisted: z.number().int(),
  meetingMode: MeetingMode,
  sessions: z.array(EventSession),
  /** The reader manages this event (edits it, reads its attendees, checks people in). */
  manageable: z.boolean(),
  /** The reader's own registration, when signed in and registered (in any state). */
  myRegistration: MyRegistration.nullable(),
  jurisdiction: z.string(),
  version: z.number().int(),
  publishedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
}).meta({ id: 'Event' });
export type Event = z.infer<typeof Event>;

export const EventList = z.object({ items: z.array(EventSummary) }).meta({ id: 'EventList' });
export type EventList = z.infer<typeof EventList>;

export const EventListQuery = z.object({
  /** Upcoming (not yet ended, soonest first) or past (latest first); `mine`: the ones the reader manages, any state. */
  when: z.enum(['upcoming', 'past', 'mine']).default('upcoming'),
  kind: EventKind.optional(),
  place: z.string().trim().max(20).optional(),
  format: EventFormat.optional(),
  /** A calendar month `YYYY-MM`, read in each event's own zone. */
  month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
    .optional(),
});
export type EventListQuery = z.infer<typeof EventListQuery>;

export const RegistrationBody = z.object({
  /** Agrees to appear in the event's public list of attendees. */
  listed: z.boolean().default(false),
  /** The organisation the person comes from (one of theirs), shown beside their name. */
  organizationId: z.uuid().nullable().optional(),
});
export type RegistrationBody = z.infer<typeof RegistrationBody>;

export const Attendee = z
  .object({ displayName: z.string(), organizationName: Localized.nullable() })
  .meta({ id: 'EventAttendee' });
export const AttendeeList = z.object({ items: z.array(Attendee) }).meta({ id: 'EventAttendeeList' });
export type AttendeeList = z.infer<typeof AttendeeList>;

export const EventOrganizer = z
  .object({
    organizationId: z.string(),
    name: Localized,
    approvedAt: z.string(),
    revokedAt: z.string().nullable(),
  })
  .meta({ id: 'EventOrganizer' });
export type EventOrganizer = z.infer<typeof EventOrganizer>;
export const EventOrganizerList = z.object({ items: z.array(EventOrganizer) }).meta({ id: 'EventOrganizerList' });
export type EventOrganizerList = z.infer<typeof EventOrganizerList>;
export const EventOrganizerBody = z.object({ organizationId: z.uuid() });

export const Badge = z
  .object({
    registrationId: z.string(),
    displayName: z.string(),
    organizationName: Localized.nullable(),
    /** The signed code the QR image carries and staff type when a scanner fails. */
    code: z.string(),
    checkedInAt: z.string().nullable(),
  })
  .meta({ id: 'EventBadge' });
export type Badge = z.infer<typeof Badge>;

export const CheckInBody = z.object({ code: z.string().trim().min(1).max(200) });
export const CheckIn = z
  .object({
    registrationId: z.string(),
    displayName: z.string(),
    organizationName: Localized.nullable(),
    checkedInAt: z.string(),
  })
  .meta({ id: 'EventCheckIn' });
export type CheckIn = z.infer<typeof CheckIn>;

export const EventFigures = z
  .object({
    registered: z.number().int(),
    waitlisted: z.number().int(),
    cancelled: z.number().int(),
    attended: z.number().int(),
    meetings: z.object({
      requested: z.number().int(),
      accepted: z.number().int(),
      scheduled: z.number().int(),
      held: z.number().int(),
    }),
  })
  .meta({ id: 'EventFigures' });
export type EventFigures = z.infer<typeof EventFigures>;
