import {
  type Event,
  type EventBody,
  type EventList,
  type EventListQuery,
  hasAnyLanguage,
  isPlaceCode,
  type UpdateEventBody,
} from '@innobridge/contracts';
import type { AppContext } from '../../../app-context.js';
import { type Actor, isAdmin, operatorJurisdictions } from '../../../lib/actor.js';
import { AppError, type FieldIssue } from '../../../lib/app-error.js';
import { newId } from '../../../lib/ids.js';
import { recordAudit } from '../../audit/index.js';
import { getOrganization, memberRole, membershipsOf } from '../../organizations/index.js';
import { loadManagedEvent, loadVisibleEvent, mayManage } from '../events.access.js';
import { isApprovedOrganizer, isStaff } from '../organizers/organizers.service.js';
import * as registrations from '../registrations/registrations.repository.js';
import type { EventRow } from './events.repository.js';
import * as repo from './events.repository.js';
import { eventZone, instantOn } from './events.time.js';
import { describeEvent, describeSummaries } from './events.views.js';
import { changedError, EDITABLE_STATES, stateLabel, transition } from './events.workflow.js';

// Events: writing them (operators and approved organisers), publishing, cancelling, reading.

type Ctx = AppContext;
type Times = { startsAt: Date; endsAt: Date; registrationClosesAt: Date | null };

/** The form's wall-clock times as instants on the event's clock, checked against each other. */
function timesOf(body: Pick<EventBody, 'startsAt' | 'endsAt' | 'registrationClosesAt' | 'sessions'>, zone: string) {
  const fields: FieldIssue[] = [];
  const startsAt = instantOn(body.startsAt, zone);
  const endsAt = instantOn(body.endsAt, zone);
  if (endsAt <= startsAt) fields.push({ path: 'endsAt', code: 'invalid' });
  const registrationClosesAt = body.registrationClosesAt ? instantOn(body.registrationClosesAt, zone) : null;
  if (registrationClosesAt && registrationClosesAt > endsAt)
    fields.push({ path: 'registrationClosesAt', code: 'invalid' });
  const sessions = body.sessions.map((s, i) => {
    const from = instantOn(s.startsAt, zone);
    const to = instantOn(s.endsAt, zone);
    // A session lies within the event's dates.
    if (from < startsAt || from > endsAt) fields.push({ path: `sessions.${i}.startsAt`, code: 'invalid' });
    if (to <= from || to > endsAt) fields.push({ path: `sessions.${i}.endsAt`, code: 'invalid' });
    return { ...s, startsAt: from, endsAt: to };
  });
  return { times: { startsAt, endsAt, registrationClosesAt } satisfies Times, sessions, fields };
}

function checkBody(body: Omit<EventBody, 'organizerOrganizationId'>) {
  const zone = eventZone(body.timeZone);
  const { times, sessions, fields } = timesOf(body, zone);
  if (!hasAnyLanguage(body.title)) fields.push({ path: 'title', code: 'required' });
  if (!hasAnyLanguage(body.summary)) fields.push({ path: 'summary', code: 'required' });
  if (body.format !== 'in_person' && !body.onlineUrl) fields.push({ path: 'onlineUrl', code: 'required' });
  if (body.format !== 'online' && !hasAnyLanguage(body.venue)) fields.push({ path: 'venue', code: 'required' });
  if (!isPlaceCode(body.place)) fields.push({ path: 'place', code: 'invalid_option' });
  body.sessions.forEach((s, i) => {
    if (!hasAnyLanguage(s.title)) fields.push({ path: `sessions.${i}.title`, code: 'required' });
  });
  if (fields.length > 0) throw new AppError('validation_failed', { fields });
  return {
    zone,
    times,
    columns: {
      kind: body.kind,
      title: body.title,
      summary: body.summary,
      description: body.description ?? {},
      format: body.format,
      venue: body.format === 'online' ? {} : (body.venue ?? {}),
      place: body.place,
      onlineUrl: body.format === 'in_person' ? null : (body.onlineUrl ?? null),
      timeZone: zone,
      ...times,
      capacity: body.capacity ?? null,
      meetings: body.meetings,
      meetingMode: body.meetingMode,
    },
    sessionRows: (eventId: string) =>
      sessions.map((s) => ({
        id: newId(),
        eventId,
        title: s.title,
        description: s.description ?? {},
        room: s.room ?? {},
        startsAt: s.startsAt,
        endsAt: s.endsAt,
        speakers: s.speakers.map((p) => ({ name: p.name, affiliation: p.affiliation ?? {} })),
      })),
  };
}

/** Who organises a new event: an approved organiser of the author's, or the operators themselves. */
async function organizerOf(ctx: Ctx, actor: Actor, organizationId: string | null | undefined) {
  if (organizationId) {
    const org = await getOrganization(ctx, organizationId);
    if (!(await memberRole(ctx, org.id, actor.userId)) && !isStaff(actor)) throw new AppError('organization_forbidden');
    if (!(await isApprovedOrganizer(ctx, org.id))) throw new AppError('event_organizer_not_approved');
    return { organizationId: org.id, jurisdiction: org.jurisdiction === 'CN' ? 'CN' : 'RU' };
  }
  if (!isStaff(actor)) throw new AppError('event_organizer_required');
  return { organizationId: null, jurisdiction: isAdmin(actor) ? 'RU' : (operatorJurisdictions(actor)[0] ?? 'RU') };
}

async function present(ctx: Ctx, actor: Actor | null, row: EventRow): Promise<Event> {
  const sessions = await repo.sessionsOf(ctx.db, [row.id]);
  const manageable = await mayManage(ctx, actor, row);
  const own = actor ? await registrations.findOf(ctx.db, row.id, actor.userId) : undefined;
  const mine = own
    ? {
        ...own,
        waitlistPosition:
          own.state === 'waitlisted' && own.waitlistedAt
            ? (await registrations.waitlistAhead(ctx.db, row.id, own.waitlistedAt, own.id)) + 1
            : null,
      }
    : null;
  return describeEvent(ctx, row, { sessions, manageable, mine });
}

export async function createEvent(ctx: Ctx, actor: Actor, body: EventBody): Promise<Event> {
  const organizer = await organizerOf(ctx, actor, body.organizerOrganizationId);
  const checked = checkBody(body);
  const now = ctx.clock.now();
  const id = newId();
  await ctx.db.transaction(async (tx) => {
    await repo.insertEvent(
      tx,
      {
        id,
        ...checked.columns,
        organizerOrganizationId: organizer.organizationId,
        jurisdiction: organizer.jurisdiction,
        state: 'draft',
        createdBy: actor.userId,
        createdAt: now,
        updatedAt: now,
      },
      checked.sessionRows(id),
    );
    await recordAudit(tx, ctx.clock, {
      actorUserId: actor.userId,
      action: 'event.created',
      subjectType: 'event',
      subjectId: id,
      summary: { organizationId: organizer.organizationId, kind: body.kind },
    });
  });
  return present(ctx, actor, (await repo.findEvent(ctx.db, id)) as EventRow);
}

export async function updateEvent(ctx: Ctx, actor: Actor, id: string, body: UpdateEventBody): Promise<Event> {
  const current = await loadManagedEvent(ctx, actor, id);
  if (!EDITABLE_STATES.includes(current.state as 'draft')) {
    throw new AppError('event_state_conflict', { params: { state: stateLabel(current.state) } });
  }
  if (body.version !== current.version) throw changedError(current);
  const checked = checkBody(body);
  const row = await ctx.db.transaction(async (tx) => {
    const saved = await repo.compareAndSet(tx, current, { ...checked.columns, updatedAt: ctx.clock.now() });
    if (!saved) throw changedError(await repo.findEvent(tx, id));
    await repo.replaceSessions(tx, id, checked.sessionRows(id));
    await recordAudit(tx, ctx.clock, {
      actorUserId: actor.userId,
      action: 'event.updated',
      subjectType: 'event',
      subjectId: id,
    });
    return saved;
  });
  return present(ctx, actor, row);
}

export async function publishEvent(ctx: Ctx, actor: Actor, id: string): Promise<Event> {
  await loadVisibleEvent(ctx, actor, id);
  return present(ctx, actor, await transition(ctx, actor, id, 'publish'));
}

export async function cancelEvent(ctx: Ctx, actor: Actor, id: string): Promise<Event> {
  await loadVisibleEvent(ctx, actor, id);
  return present(ctx, actor, await transition(ctx, actor, id, 'cancel'));
}

export async function readEvent(ctx: Ctx, actor: Actor | null, id: string): Promise<Event> {
  return present(ctx, actor, await loadVisibleEvent(ctx, actor, id));
}

export async function listEvents(ctx: Ctx, actor: Actor | null, query: EventListQuery): Promise<EventList> {
  let managedBy: { all: boolean; organizationIds: string[] } | undefined;
  if (query.when === 'mine') {
    if (!actor) throw new AppError('unauthenticated');
    const memberships = isStaff(actor) ? [] : await membershipsOf(ctx, actor.userId);
    const approved = [];
    for (const m of memberships) if (await isApprovedOrganizer(ctx, m.organizationId)) approved.push(m.organizationId);
    managedBy = { all: isStaff(actor), organizationIds: approved };
  }
  const rows = await repo.listEvents(ctx.db, { ...query, now: ctx.clock.now(), managedBy });
  return { items: await describeSummaries(ctx, rows) };
}
