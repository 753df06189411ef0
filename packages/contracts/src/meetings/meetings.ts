import { z } from 'zod';
import { Jurisdiction, Locale } from '../common/enums.js';
import { LocalizedText } from '../common/localized.js';
import { MeetingMode } from '../events/events.js';

/**
 * B2B meetings at an event: each registered participant's profile, their availability across the
 * meeting slots, meeting requests and, once accepted, the meetings and where and when they take place.
 * Participants are named by their registration's id.
 */

export const MEETING_STATES = ['requested', 'accepted', 'declined', 'cancelled'] as const;
export const MeetingState = z.enum(MEETING_STATES);
export type MeetingState = z.infer<typeof MeetingState>;

/** A place: a table of the slot, or the booth of a side who hosts all their meetings there. */
export const MeetingPlace = z
  .object({ table: z.number().int().nullable(), booth: z.string().nullable() })
  .meta({ id: 'MeetingPlace' });

export const MeetingSlot = z
  .object({
    id: z.string(),
    startsAt: z.string(),
    endsAt: z.string(),
    tables: z.number().int(),
    session: z.number().int(),
  })
  .meta({ id: 'MeetingSlot' });
export type MeetingSlot = z.infer<typeof MeetingSlot>;

/** What every page of an event's meetings needs: the event's name, zone, mode and the reader's part. */
export const MeetingsEvent = z
  .object({
    id: z.string(),
    title: z.record(z.string(), z.string()),
    timeZone: z.string(),
    startsAt: z.string(),
    endsAt: z.string(),
    mode: MeetingMode,
    schedulePublishedAt: z.string().nullable(),
    /** The reader's registration (their participant id), when registered. */
    registrationId: z.string().nullable(),
    /** The reader organises the event (or is an operator or admin). */
    organiser: z.boolean(),
    slots: z.array(MeetingSlot),
  })
  .meta({ id: 'MeetingsEvent' });
export type MeetingsEvent = z.infer<typeof MeetingsEvent>;

/** A linked opportunity as a profile shows it. */
export const LinkedOpportunity = z
  .object({ id: z.string(), title: z.record(z.string(), z.string()) })
  .meta({ id: 'LinkedOpportunity' });

export const MeetingParticipant = z
  .object({
    id: z.string(),
    name: z.string(),
    organization: z
      .object({ id: z.string(), name: z.record(z.string(), z.string()), jurisdiction: Jurisdiction })
      .nullable(),
    offer: z.record(z.string(), z.string()),
    seek: z.record(z.string(), z.string()),
    languages: z.array(Locale),
    booth: z.string().nullable(),
    opportunities: z.array(LinkedOpportunity),
  })
  .meta({ id: 'MeetingParticipant' });
export type MeetingParticipant = z.infer<typeof MeetingParticipant>;

export const MeetingParticipantList = z
  .object({ items: z.array(MeetingParticipant) })
  .meta({ id: 'MeetingParticipantList' });
export type MeetingParticipantList = z.infer<typeof MeetingParticipantList>;

export const MeetingParticipantQuery = z.object({
  /** Words found in what they offer or look for, in any language. */
  q: z.string().trim().max(200).optional(),
  /** Speaks this language. */
  language: Locale.optional(),
  /** Their organisation's jurisdiction. */
  jurisdiction: Jurisdiction.optional(),
});
export type MeetingParticipantQuery = z.infer<typeof MeetingParticipantQuery>;

export const MeetingProfile = z
  .object({
    registrationId: z.string(),
    offer: z.record(z.string(), z.string()),
    seek: z.record(z.string(), z.string()),
    opportunityIds: z.array(z.string()),
    languages: z.array(Locale),
    booth: z.string().nullable(),
    maxMeetingsPerSession: z.number().int().nullable(),
    published: z.boolean(),
    /** The slots in which the participant is available; all of them when empty. */
    availability: z.array(z.string()),
  })
  .meta({ id: 'MeetingProfile' });
export type MeetingProfile = z.infer<typeof MeetingProfile>;

const hasText = (t: Record<string, string>) => Object.keys(t).length > 0;

export const MeetingProfileBody = z
  .object({
    offer: LocalizedText(1000).refine(hasText, { message: 'required' }),
    seek: LocalizedText(1000).refine(hasText, { message: 'required' }),
    opportunityIds: z.array(z.uuid()).max(20).default([]),
    languages: z.array(Locale).min(1).max(3),
    booth: z.string().trim().min(1).max(40).nullable().default(null),
    maxMeetingsPerSession: z.number().int().min(1).max(50).nullable().default(null),
    published: z.boolean().default(true),
  })
  .meta({ id: 'MeetingProfileBody' });
export type MeetingProfileBody = z.input<typeof MeetingProfileBody>;

export const AvailabilityBody = z
  .object({ slotIds: z.array(z.uuid()).max(500) })
  .meta({ id: 'MeetingAvailabilityBody' });
export type AvailabilityBody = z.infer<typeof AvailabilityBody>;

/** A participant as the other side of a meeting sees them. */
export const MeetingSide = z
  .object({
    id: z.string(),
    name: z.string(),
    organization: z.record(z.string(), z.string()).nullable(),
    languages: z.array(Locale),
  })
  .meta({ id: 'MeetingSide' });

export const Meeting = z
  .object({
    id: z.string(),
    eventId: z.string(),
    state: MeetingState,
    /** The reader is the requester or the recipient (null for organisers who are neither). */
    role: z.enum(['requester', 'recipient']).nullable(),
    requester: MeetingSide,
    recipient: MeetingSide,
    message: z.string(),
    declineReason: z.string().nullable(),
    priority: z.number().int(),
    interpreter: z.boolean(),
    slot: MeetingSlot.nullable(),
    place: MeetingPlace.nullable(),
    locked: z.boolean(),
    /** preliminary or final (organiser mode); null when not placed. */
    scheduleState: z.enum(['preliminary', 'final']).nullable(),
    requesterConfirmed: z.boolean(),
    recipientConfirmed: z.boolean(),
    /** The opportunities linked to the other side's profile, for an expression of interest. */
    opportunities: z.array(LinkedOpportunity),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Meeting' });
export type Meeting = z.infer<typeof Meeting>;

export const MeetingList = z.object({ items: z.array(Meeting) }).meta({ id: 'MeetingList' });
export type MeetingList = z.infer<typeof MeetingList>;

export const MeetingRequestBody = z
  .object({ recipientId: z.uuid(), message: z.string().trim().min(1).max(2000) })
  .meta({ id: 'MeetingRequestBody' });
export type MeetingRequestBody = z.infer<typeof MeetingRequestBody>;

export const MeetingAcceptBody = z.object({ slotId: z.uuid().optional() }).meta({ id: 'MeetingAcceptBody' });
export type MeetingAcceptBody = z.infer<typeof MeetingAcceptBody>;

export const MeetingDeclineBody = z
  .object({ reason: z.string().trim().min(1).max(1000) })
  .meta({ id: 'MeetingDeclineBody' });
export type MeetingDeclineBody = z.infer<typeof MeetingDeclineBody>;

export const MeetingSlotBody = z
  .object({
    startsAt: z.iso.datetime({ offset: true }),
    endsAt: z.iso.datetime({ offset: true }),
    tables: z.number().int().min(0).max(1000),
    session: z.number().int().min(1).max(100).default(1),
  })
  .meta({ id: 'MeetingSlotBody' });
export type MeetingSlotBody = z.input<typeof MeetingSlotBody>;

/** The organiser's placement: a slot and a table (none for a booth), locked or not. */
export const MeetingPlaceBody = z
  .object({
    slotId: z.uuid(),
    table: z.number().int().min(1).max(1000).nullable().default(null),
    locked: z.boolean().default(true),
  })
  .meta({ id: 'MeetingPlaceBody' });
export type MeetingPlaceBody = z.input<typeof MeetingPlaceBody>;

export const MeetingPatchBody = z
  .object({ interpreter: z.boolean().optional(), priority: z.number().int().min(1).max(100).optional() })
  .meta({ id: 'MeetingPatchBody' });
export type MeetingPatchBody = z.infer<typeof MeetingPatchBody>;

export const ScheduleRunStats = z
  .object({
    scheduled: z.number().int(),
    unscheduled: z.number().int(),
    priority: z.number().int(),
    upperBound: z.number(),
    gap: z.number(),
    seconds: z.number(),
  })
  .meta({ id: 'ScheduleRunStats' });
export type ScheduleRunStats = z.infer<typeof ScheduleRunStats>;

/** The organiser's view: every accepted meeting with its place, and the figures. */
export const MeetingsOverview = z
  .object({
    meetings: z.array(Meeting),
    requested: z.number().int(),
    accepted: z.number().int(),
    scheduled: z.number().int(),
    held: z.number().int(),
    /** Accepted meetings that need an interpreter (ru↔zh). */
    interpreters: z.number().int(),
  })
  .meta({ id: 'MeetingsOverview' });
export type MeetingsOverview = z.infer<typeof MeetingsOverview>;
