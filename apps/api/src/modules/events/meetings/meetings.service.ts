import type {
  AvailabilityBody,
  Meeting,
  MeetingAcceptBody,
  MeetingDeclineBody,
  MeetingList,
  MeetingParticipantList,
  MeetingParticipantQuery,
  MeetingProfile,
  MeetingProfileBody,
  MeetingRequestBody,
  MeetingState,
  MeetingsEvent,
} from '@innobridge/contracts';
import type { z } from 'zod';
import type { AppContext } from '../../../app-context.js';
import type { Actor } from '../../../lib/actor.js';
import { AppError } from '../../../lib/app-error.js';
import { newId } from '../../../lib/ids.js';
import { runTransition, type Workflow } from '../../../lib/workflow.js';
import { recordAudit } from '../../audit/index.js';
import { publishedOpportunitiesOf } from '../../exchange/index.js';
import { type Person, people } from '../../identity/index.js';
import { notify } from '../../notifications/index.js';
import { organizationsByIds } from '../../organizations/index.js';
import { eventAccess, participantAccess } from './meetings.access.js';
import { placeInSlot } from './meetings.placement.js';
import * as repo from './meetings.repository.js';
import { describeMeetings, describeParticipants, eventOut, profileOut } from './meetings.views.js';
import { MEETING_TRANSITIONS, type MeetingAction, type MeetingRole } from './meetings.workflow.js';

// Participants' side of B2B meetings: their profile and availability, the list of others, and
// meeting requests with their answers (the workflow in meetings.workflow.ts).

type Ctx = AppContext;

export async function meetingsEvent(ctx: Ctx, actor: Actor, eventId: string): Promise<MeetingsEvent> {
  const access = await eventAccess(ctx, actor, eventId);
  return eventOut(access, await repo.slotsOf(ctx.db, eventId));
}

export async function myProfile(ctx: Ctx, actor: Actor, eventId: string): Promise<MeetingProfile> {
  const { registration } = await participantAccess(ctx, actor, eventId);
  const [row, availability] = await Promise.all([
    repo.findProfile(ctx.db, registration.id),
    repo.availabilityOf(ctx.db, [registration.id]),
  ]);
  return profileOut(registration.id, row, availability.get(registration.id) ?? []);
}

export async function saveProfile(
  ctx: Ctx,
  actor: Actor,
  eventId: string,
  body: z.infer<typeof MeetingProfileBody>,
): Promise<MeetingProfile> {
  const { registration } = await participantAccess(ctx, actor, eventId);
  if (body.opportunityIds.length > 0) {
    const own = registration.organizationId
      ? new Set((await publishedOpportunitiesOf(ctx, [registration.organizationId])).map((o) => o.id))
      : new Set<string>();
    if (body.opportunityIds.some((id) => !own.has(id))) throw new AppError('meeting_opportunity_not_linkable');
  }
  await ctx.db.transaction(async (tx) => {
    await repo.upsertProfile(tx, {
      registrationId: registration.id,
      eventId,
      ...body,
      opportunityIds: [...new Set(body.opportunityIds)],
      languages: [...new Set(body.languages)],
      updatedAt: ctx.clock.now(),
    });
    await recordAudit(tx, ctx.clock, {
      actorUserId: actor.userId,
      action: 'meeting_profile.saved',
      subjectType: 'event_registration',
      subjectId: registration.id,
      summary: { eventId, published: body.published },
    });
  });
  return myProfile(ctx, actor, eventId);
}

export async function setAvailability(
  ctx: Ctx,
  actor: Actor,
  eventId: string,
  body: AvailabilityBody,
): Promise<MeetingProfile> {
  const { registration } = await participantAccess(ctx, actor, eventId);
  const slots = new Set((await repo.slotsOf(ctx.db, eventId)).map((s) => s.id));
  const wanted = [...new Set(body.slotIds)];
  if (wanted.some((id) => !slots.has(id))) throw new AppError('meeting_slot_not_found');
  await ctx.db.transaction((tx) => repo.replaceAvailability(tx, registration.id, wanted));
  return myProfile(ctx, actor, eventId);
}

const words = (text: Record<string, string>) => Object.values(text).join(' ').toLowerCase();

export async function participants(
  ctx: Ctx,
  actor: Actor,
  eventId: string,
  query: MeetingParticipantQuery,
): Promise<MeetingParticipantList> {
  const access = await eventAccess(ctx, actor, eventId);
  if (!access.organiser && access.registration?.state !== 'registered') {
    throw new AppError('meetings_registration_required');
  }
  let rows = await repo.publishedProfiles(ctx.db, eventId);
  const q = query.q?.toLowerCase();
  if (q) rows = rows.filter(({ profile }) => `${words(profile.offer)} ${words(profile.seek)}`.includes(q));
  if (query.language) rows = rows.filter(({ profile }) => profile.languages.includes(query.language as string));
  if (query.jurisdiction) {
    const orgs = await organizationsByIds(ctx, [
      ...new Set(rows.flatMap(({ registration }) => registration.organizationId ?? [])),
    ]);
    const matching = new Set(orgs.filter((o) => o.jurisdiction === query.jurisdiction).map((o) => o.id));
    rows = rows.filter(
      ({ registration }) => !!registration.organizationId && matching.has(registration.organizationId),
    );
  }
  return { items: await describeParticipants(ctx, rows) };
}

/** Two sides need an interpreter when both named their languages and share none. */
export function needsInterpreter(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  if (!a?.length || !b?.length) return false;
  return !a.some((l) => b.includes(l));
}

const eventPath = (eventId: string, page: string) => `/events/${eventId}/meetings/${page}`;

export async function requestMeeting(
  ctx: Ctx,
  actor: Actor,
  eventId: string,
  body: MeetingRequestBody,
): Promise<Meeting> {
  const { event, registration } = await participantAccess(ctx, actor, eventId);
  if (body.recipientId === registration.id) throw new AppError('meeting_own_request');
  const [recipient] = await repo.registrationsByIds(ctx.db, [body.recipientId]);
  const profiles = await repo.profilesByIds(ctx.db, [registration.id, body.recipientId]);
  const theirs = profiles.find((p) => p.registrationId === body.recipientId);
  if (!recipient || recipient.eventId !== eventId || recipient.state !== 'registered' || !theirs?.published) {
    throw new AppError('meeting_participant_not_found');
  }
  const mine = profiles.find((p) => p.registrationId === registration.id);
  const [toPerson] = await people(ctx, [recipient.userId]);
  const [org] = registration.organizationId ? await organizationsByIds(ctx, [registration.organizationId]) : [];
  const now = ctx.clock.now();
  const row = await ctx.db.transaction(async (tx) => {
    const created = await repo.insertMeeting(tx, {
      id: newId(),
      eventId,
      requesterId: registration.id,
      recipientId: recipient.id,
      message: body.message,
      interpreter: needsInterpreter(mine?.languages, theirs.languages),
      createdAt: now,
      updatedAt: now,
    });
    if (!created) throw new AppError('meeting_request_exists');
    await recordAudit(tx, ctx.clock, {
      actorUserId: actor.userId,
      action: 'meeting.requested',
      subjectType: 'meeting_request',
      subjectId: created.id,
      summary: { eventId, recipientId: recipient.id },
    });
    if (toPerson) {
      await notify(tx, ctx, {
        recipients: [toPerson],
        template: 'meeting_requested',
        path: eventPath(eventId, 'requests'),
        params: {
          event: { text: event.title },
          name: actor.displayName,
          organization: org ? { text: org.name } : '—',
          message: body.message,
        },
      });
    }
    return created;
  });
  const [out] = await describeMeetings(ctx, [row], registration.id);
  return out as Meeting;
}

export async function myMeetings(ctx: Ctx, actor: Actor, eventId: string): Promise<MeetingList> {
  const { registration } = await participantAccess(ctx, actor, eventId);
  const rows = await repo.meetingsOfRegistration(ctx.db, eventId, registration.id);
  return { items: await describeMeetings(ctx, rows, registration.id) };
}

type Step = {
  ctx: Ctx;
  actor: Actor;
  row: repo.MeetingRow & { state: MeetingState };
  action: MeetingAction;
  role: MeetingRole;
  prepared: { event: repo.EventRow; registration: repo.RegistrationRow; other: Person[] };
  plan: { patch?: Partial<repo.MeetingRow> };
};

const stateConflict = (state: string) =>
  new AppError('meeting_state_conflict', { params: { state: { key: `meetingState.${state}`, ns: 'common' } } });

/** The reader's side of the meeting; strangers are told it does not exist. */
async function sideOf(ctx: Ctx, actor: Actor, row: repo.MeetingRow) {
  const { registration } = await participantAccess(ctx, actor, row.eventId);
  if (registration.id === row.requesterId) return { registration, role: 'requester' as const };
  if (registration.id === row.recipientId) return { registration, role: 'recipient' as const };
  throw new AppError('meeting_request_not_found');
}

const decision: Workflow<Step> = {
  table: MEETING_TRANSITIONS,
  subjectType: 'meeting_request',
  find: (handle, id) => repo.findMeeting(handle, id) as Promise<Step['row'] | undefined>,
  compareAndSet: (tx, seen, changes) => repo.compareAndSetMeeting(tx, seen, changes) as Promise<Step['row']>,
  mayAct: {
    recipient: async (ctx, actor, row) => {
      if ((await sideOf(ctx, actor, row)).role !== 'recipient') throw new AppError('meeting_request_not_found');
    },
    side: async (ctx, actor, row) => {
      const { role } = await sideOf(ctx, actor, row);
      // While it waits for an answer, only the requester withdraws it; the recipient declines.
      if (row.state === 'requested' && role !== 'requester') throw stateConflict(row.state);
    },
  },
  errors: {
    notFound: () => new AppError('meeting_request_not_found'),
    stateConflict: (row) => stateConflict(row.state),
    changed: (now) => stateConflict(now?.state ?? 'requested'),
  },
  async prepare(ctx, { actor, before }) {
    const { event, registration } = await participantAccess(ctx, actor, before.eventId);
    const otherId = registration.id === before.requesterId ? before.recipientId : before.requesterId;
    const regs = await repo.registrationsByIds(ctx.db, [otherId]);
    return {
      event,
      registration,
      other: await people(
        ctx,
        regs.map((r) => r.userId),
      ),
    };
  },
  stamp: ({ now }) => ({ updatedAt: now }),
  audit: {
    record: recordAudit,
    entry: ({ rule, row }) => ({
      action: `meeting.${rule.to}`,
      summary: { slotId: row.slotId, table: row.tableNumber, reason: row.declineReason },
    }),
  },
  async notify(tx, ctx, { actor, row, prepared: { event, other } }) {
    const template =
      row.state === 'accepted'
        ? 'meeting_accepted'
        : row.state === 'declined'
          ? 'meeting_declined'
          : 'meeting_cancelled';
    await notify(tx, ctx, {
      recipients: other,
      template,
      path: eventPath(row.eventId, row.state === 'accepted' ? 'agenda' : 'requests'),
      params: { event: { text: event.title }, name: actor.displayName, reason: row.declineReason ?? '' },
    });
  },
};

async function answered(ctx: Ctx, actor: Actor, row: repo.MeetingRow): Promise<Meeting> {
  const { registration } = await sideOf(ctx, actor, row);
  const [out] = await describeMeetings(ctx, [row], registration.id);
  return out as Meeting;
}

export async function acceptMeeting(ctx: Ctx, actor: Actor, id: string, body: MeetingAcceptBody): Promise<Meeting> {
  const row = await runTransition(decision, ctx, {
    actor,
    id,
    action: 'accept',
    async plan(tx, { before, prepared: { event } }) {
      if (event.meetingMode !== 'pick') return {};
      if (!body.slotId) throw new AppError('meeting_slot_required');
      const place = await placeInSlot(tx, {
        eventId: event.id,
        slotId: body.slotId,
        sides: [before.requesterId, before.recipientId],
      });
      return { patch: { ...place, scheduleState: 'final' } };
    },
  });
  return answered(ctx, actor, row);
}

export async function declineMeeting(ctx: Ctx, actor: Actor, id: string, body: MeetingDeclineBody): Promise<Meeting> {
  const row = await runTransition(decision, ctx, {
    actor,
    id,
    action: 'decline',
    plan: () => ({ patch: { declineReason: body.reason } }),
  });
  return answered(ctx, actor, row);
}

export async function cancelMeeting(ctx: Ctx, actor: Actor, id: string): Promise<Meeting> {
  const row = await runTransition(decision, ctx, {
    actor,
    id,
    action: 'cancel',
    // A cancelled meeting frees its place.
    plan: () => ({ patch: { slotId: null, tableNumber: null, locked: false } }),
  });
  return answered(ctx, actor, row);
}

/** A side confirms that the meeting took place (once its slot has begun). */
export async function confirmHeld(ctx: Ctx, actor: Actor, id: string): Promise<Meeting> {
  const row = await repo.findMeeting(ctx.db, id);
  if (!row) throw new AppError('meeting_request_not_found');
  const { role } = await sideOf(ctx, actor, row);
  const slot = row.slotId ? await repo.findSlot(ctx.db, row.eventId, row.slotId) : undefined;
  if (row.state !== 'accepted' || !slot || slot.startsAt > ctx.clock.now()) throw stateConflict(row.state);
  const now = ctx.clock.now();
  const updated = await ctx.db.transaction(async (tx) => {
    const changed = await repo.compareAndSetMeeting(
      tx,
      row,
      role === 'requester' ? { requesterConfirmedAt: now } : { recipientConfirmedAt: now },
    );
    if (!changed) throw stateConflict((await repo.findMeeting(tx, id))?.state ?? row.state);
    await recordAudit(tx, ctx.clock, {
      actorUserId: actor.userId,
      action: 'meeting.held_confirmed',
      subjectType: 'meeting_request',
      subjectId: id,
      summary: { side: role },
    });
    return changed;
  });
  return answered(ctx, actor, updated);
}
