import type {
  AttendeeList,
  Badge,
  CheckIn,
  Event,
  EventFigures,
  Locale,
  LocalizedText,
  RegistrationBody,
} from '@innobridge/contracts';
import type { AppContext } from '../../../app-context.js';
import type { DbOrTx } from '../../../db/client.js';
import type { Actor } from '../../../lib/actor.js';
import { AppError } from '../../../lib/app-error.js';
import { DAY } from '../../../lib/clock.js';
import { translator } from '../../../lib/i18n.js';
import { newId } from '../../../lib/ids.js';
import { recordAudit } from '../../audit/index.js';
import { people } from '../../identity/index.js';
import { notify } from '../../notifications/index.js';
import { memberRole, organizationNamesByIds } from '../../organizations/index.js';
import type { EventRow } from '../events/events.repository.js';
import * as events from '../events/events.repository.js';
import { readEvent } from '../events/events.service.js';
import { registrationOpen } from '../events/events.views.js';
import { loadManagedEvent, loadVisibleEvent } from '../events.access.js';
import { badgeCode, newBadgeKey, readBadgeCode } from './badges.js';
import { eventCalendar } from './calendar.js';
import type { RegistrationRow } from './registrations.repository.js';
import * as repo from './registrations.repository.js';

// Registrations: within capacity under the event's row lock, a waiting list promoted in the same
// transaction as the cancellation that frees a seat, badges, check-in and the organiser's figures.

type Ctx = AppContext;
type Template =
  | 'event_registered'
  | 'event_waitlisted'
  | 'event_promoted'
  | 'event_registration_cancelled'
  | 'event_reminder';

const eventParams = (row: EventRow) => ({
  title: { text: row.title },
  starts: { instant: row.startsAt.toISOString(), zone: row.timeZone },
});

/** Tells one person about their registration, in their language, in the same transaction. */
async function tell(tx: DbOrTx, ctx: Ctx, userId: string, row: EventRow, template: Template) {
  const recipients = await people({ db: tx }, [userId]);
  await notify(tx, ctx, { recipients, template, path: `/events/${row.id}`, params: eventParams(row) });
}

export async function register(ctx: Ctx, actor: Actor, eventId: string, body: RegistrationBody): Promise<Event> {
  await loadVisibleEvent(ctx, actor, eventId);
  if (body.organizationId && !(await memberRole(ctx, body.organizationId, actor.userId))) {
    throw new AppError('organization_forbidden');
  }
  await ctx.db.transaction(async (tx) => {
    // Registrations to one event take turns on its row: the count and the insert see the same seats.
    const row = await events.lockEvent(tx, eventId);
    if (!row) throw new AppError('event_not_found');
    const now = ctx.clock.now();
    if (!registrationOpen(row, now)) throw new AppError('event_registration_closed');
    const existing = await repo.findOf(tx, eventId, actor.userId);
    if (existing && existing.state !== 'cancelled') throw new AppError('event_already_registered');
    const full = row.capacity !== null && (await repo.registeredCount(tx, eventId)) >= row.capacity;
    const state = full ? 'waitlisted' : 'registered';
    const columns = {
      state,
      listed: body.listed,
      organizationId: body.organizationId ?? null,
      waitlistedAt: full ? now : null,
      badgeKey: newBadgeKey(),
      checkedInAt: null,
      checkedInBy: null,
      remindedAt: null,
      updatedAt: now,
    };
    const saved = existing
      ? await repo.updateRegistration(tx, existing, columns)
      : await repo.insertRegistration(tx, { id: newId(), eventId, userId: actor.userId, createdAt: now, ...columns });
    if (!saved)
      throw new AppError('event_changed', { params: { state: { key: `eventState.${row.state}`, ns: 'common' } } });
    await recordAudit(tx, ctx.clock, {
      actorUserId: actor.userId,
      action: `event_registration.${state}`,
      subjectType: 'event',
      subjectId: eventId,
      summary: { registrationId: saved.id },
    });
    await tell(tx, ctx, actor.userId, row, full ? 'event_waitlisted' : 'event_registered');
  });
  return readEvent(ctx, actor, eventId);
}

/** Cancels the reader's registration; a seat it frees goes to the first on the waiting list, at once. */
export async function cancelRegistration(ctx: Ctx, actor: Actor, eventId: string): Promise<Event> {
  await loadVisibleEvent(ctx, actor, eventId);
  await ctx.db.transaction(async (tx) => {
    const row = await events.lockEvent(tx, eventId);
    if (!row) throw new AppError('event_not_found');
    const mine = await repo.findOf(tx, eventId, actor.userId);
    if (!mine || mine.state === 'cancelled') throw new AppError('event_registration_not_found');
    const now = ctx.clock.now();
    await repo.updateRegistration(tx, mine, { state: 'cancelled', waitlistedAt: null, updatedAt: now });
    await recordAudit(tx, ctx.clock, {
      actorUserId: actor.userId,
      action: 'event_registration.cancelled',
      subjectType: 'event',
      subjectId: eventId,
      summary: { registrationId: mine.id },
    });
    await tell(tx, ctx, actor.userId, row, 'event_registration_cancelled');
    if (mine.state !== 'registered' || row.state !== 'published') return;
    const capacity = row.capacity ?? Number.POSITIVE_INFINITY;
    if ((await repo.registeredCount(tx, eventId)) >= capacity) return;
    const next = await repo.firstWaitlisted(tx, eventId);
    if (!next) return;
    await repo.updateRegistration(tx, next, { state: 'registered', waitlistedAt: null, updatedAt: now });
    await recordAudit(tx, ctx.clock, {
      actorUserId: null,
      action: 'event_registration.promoted',
      subjectType: 'event',
      subjectId: eventId,
      summary: { registrationId: next.id },
    });
    await tell(tx, ctx, next.userId, row, 'event_promoted');
  });
  return readEvent(ctx, actor, eventId);
}

async function namesOf(ctx: Ctx, rows: RegistrationRow[]) {
  const persons = new Map(
    (
      await people(
        ctx,
        rows.map((r) => r.userId),
      )
    ).map((p) => [p.userId, p]),
  );
  const orgIds = [...new Set(rows.flatMap((r) => (r.organizationId ? [r.organizationId] : [])))];
  const orgs = new Map((await organizationNamesByIds(ctx, orgIds)).map((o) => [o.id, o.name as LocalizedText]));
  return rows.map((r) => ({
    row: r,
    person: persons.get(r.userId),
    organizationName: r.organizationId ? (orgs.get(r.organizationId) ?? null) : null,
  }));
}

/** The public list: registered people who agreed to be listed, and nobody else. */
export async function attendees(ctx: Ctx, actor: Actor | null, eventId: string): Promise<AttendeeList> {
  await loadVisibleEvent(ctx, actor, eventId);
  const rows = (await repo.ofEvent(ctx.db, eventId, ['registered'])).filter((r) => r.listed);
  return {
    items: (await namesOf(ctx, rows)).map((n) => ({
      displayName: n.person?.displayName ?? '',
      organizationName: n.organizationName,
    })),
  };
}

const csvCell = (value: string) => (/[",\n\r;]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

/**
 * The organiser's attendee list as CSV: UTF-8 with a byte-order mark, so that Excel reads Chinese and
 * Russian names; times on the event's clock. Everyone registered or waiting, listed or not.
 */
export async function attendeeExport(ctx: Ctx, actor: Actor, eventId: string, locale: Locale): Promise<string> {
  const row = await loadManagedEvent(ctx, actor, eventId);
  const t = translator(locale, 'events');
  const registrations = await repo.ofEvent(ctx.db, eventId, ['registered', 'waitlisted', 'cancelled']);
  const time = (d: Date | null) =>
    d
      ? new Intl.DateTimeFormat('sv-SE', { timeZone: row.timeZone, dateStyle: 'short', timeStyle: 'short' }).format(d)
      : '';
  const header = ['name', 'email', 'organization', 'state', 'listed', 'registeredAt', 'checkedInAt'].map((k) =>
    t(`export.${k}`, { zone: row.timeZone }),
  );
  const lines = (await namesOf(ctx, registrations)).map(({ row: r, person, organizationName }) => [
    person?.displayName ?? '',
    person?.email ?? '',
    organizationName ? (organizationName[locale] ?? Object.values(organizationName)[0] ?? '') : '',
    t(`registrationState.${r.state}`),
    t(r.listed ? 'export.yes' : 'export.no'),
    time(r.createdAt),
    time(r.checkedInAt),
  ]);
  return `\uFEFF${[header, ...lines].map((cells) => cells.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

export async function calendarFile(ctx: Ctx, actor: Actor | null, eventId: string, locale: Locale): Promise<string> {
  const row = await loadVisibleEvent(ctx, actor, eventId);
  const sessions = await events.sessionsOf(ctx.db, [row.id]);
  return eventCalendar(row, sessions, locale, `${ctx.config.publicUrl}/events/${row.id}`, ctx.clock.now());
}

async function ownRegistration(ctx: Ctx, actor: Actor, eventId: string) {
  const mine = await repo.findOf(ctx.db, eventId, actor.userId);
  if (mine?.state !== 'registered') throw new AppError('event_registration_not_found');
  return mine;
}

export async function badge(ctx: Ctx, key: Buffer, actor: Actor, eventId: string): Promise<Badge> {
  await loadVisibleEvent(ctx, actor, eventId);
  const mine = await ownRegistration(ctx, actor, eventId);
  const [named] = await namesOf(ctx, [mine]);
  return {
    registrationId: mine.id,
    displayName: named?.person?.displayName ?? actor.displayName,
    organizationName: named?.organizationName ?? null,
    code: badgeCode(key, mine.id, mine.badgeKey),
    checkedInAt: mine.checkedInAt?.toISOString() ?? null,
  };
}

/** A new badge code for the reader (a lost badge): the old code is refused from now on. */
export async function reissueBadge(ctx: Ctx, key: Buffer, actor: Actor, eventId: string): Promise<Badge> {
  await loadVisibleEvent(ctx, actor, eventId);
  const mine = await ownRegistration(ctx, actor, eventId);
  await ctx.db.transaction(async (tx) => {
    const saved = await repo.updateRegistration(tx, mine, { badgeKey: newBadgeKey(), updatedAt: ctx.clock.now() });
    if (!saved)
      throw new AppError('event_changed', { params: { state: { key: 'eventState.published', ns: 'common' } } });
    await recordAudit(tx, ctx.clock, {
      actorUserId: actor.userId,
      action: 'event_registration.badge_reissued',
      subjectType: 'event',
      subjectId: eventId,
      summary: { registrationId: mine.id },
    });
  });
  return badge(ctx, key, actor, eventId);
}

/** Staff scan or type a badge's code: a forged, replaced or foreign code is refused; a badge checks in once. */
export async function checkIn(ctx: Ctx, key: Buffer, actor: Actor, eventId: string, code: string): Promise<CheckIn> {
  await loadManagedEvent(ctx, actor, eventId);
  const read = readBadgeCode(key, code);
  if (!read) throw new AppError('event_badge_invalid');
  const registration = await repo.findRegistration(ctx.db, read.registrationId);
  if (!registration || registration.eventId !== eventId) throw new AppError('event_badge_invalid');
  if (registration.badgeKey !== read.badgeKey) throw new AppError('event_badge_replaced');
  if (registration.state !== 'registered') throw new AppError('event_badge_not_registered');
  const [named] = await namesOf(ctx, [registration]);
  const who = { displayName: named?.person?.displayName ?? '', organizationName: named?.organizationName ?? null };
  // The answer says when, so that staff know the badge was used before (and by whom it was scanned).
  const already = (at: Date | null | undefined) =>
    new AppError('event_already_checked_in', {
      params: { name: who.displayName },
      extra: { checkedInAt: at?.toISOString() ?? null },
    });
  if (registration.checkedInAt) throw already(registration.checkedInAt);
  const done = await ctx.db.transaction(async (tx) => {
    const saved = await repo.checkIn(tx, registration.id, actor.userId, ctx.clock.now());
    if (!saved) return undefined;
    await recordAudit(tx, ctx.clock, {
      actorUserId: actor.userId,
      action: 'event_registration.checked_in',
      subjectType: 'event',
      subjectId: eventId,
      summary: { registrationId: registration.id },
    });
    return saved;
  });
  if (!done) throw already((await repo.findRegistration(ctx.db, registration.id))?.checkedInAt);
  return { registrationId: done.id, ...who, checkedInAt: (done.checkedInAt as Date).toISOString() };
}

export async function figures(ctx: Ctx, actor: Actor, eventId: string): Promise<EventFigures> {
  await loadManagedEvent(ctx, actor, eventId);
  return repo.figures(ctx.db, eventId);
}

/** The day-before reminder: registered people of events starting within a day, each once. */
export async function runReminders(ctx: Ctx): Promise<number> {
  const now = ctx.clock.now();
  let sent = 0;
  for (const { registration, event } of await repo.dueForReminder(ctx.db, now, new Date(now.getTime() + DAY))) {
    const recipients = await people(ctx, [registration.userId]);
    await ctx.db.transaction(async (tx) => {
      if (!(await repo.markReminded(tx, registration.id, now))) return;
      await notify(tx, ctx, {
        recipients,
        template: 'event_reminder',
        path: `/events/${event.id}`,
        params: eventParams(event),
      });
      sent += 1;
    });
  }
  return sent;
}
