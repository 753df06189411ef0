import { TZDate } from '@date-fns/tz';
import { type MeetingList, pickLocalized } from '@innobridge/contracts';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, { ICalEventStatus } from 'ical-generator';
import type { AppContext } from '../../../app-context.js';
import type { Actor } from '../../../lib/actor.js';
import { translator } from '../../../lib/i18n.js';
import { participantAccess } from './meetings.access.js';
import * as repo from './meetings.repository.js';
import { describeMeetings } from './meetings.views.js';

// A participant's agenda: their accepted meetings in time order, as a page's data and as an
// iCalendar file (RFC 5545) in the event's own zone, its VTIMEZONE included. A meeting's SEQUENCE is
// its version, which rises whenever it moves.

type Ctx = AppContext;

async function agendaRows(ctx: Ctx, actor: Actor, eventId: string) {
  const access = await participantAccess(ctx, actor, eventId);
  const rows = (await repo.meetingsOfRegistration(ctx.db, eventId, access.registration.id)).filter(
    (r) => r.state === 'accepted',
  );
  const meetings = await describeMeetings(ctx, rows, access.registration.id);
  // Placed ones first, by their start; the ones still waiting for a place after them.
  meetings.sort((a, b) => (a.slot?.startsAt ?? '~').localeCompare(b.slot?.startsAt ?? '~'));
  return { access, meetings };
}

export async function agenda(ctx: Ctx, actor: Actor, eventId: string): Promise<MeetingList> {
  return { items: (await agendaRows(ctx, actor, eventId)).meetings };
}

export async function agendaCalendar(ctx: Ctx, actor: Actor, eventId: string): Promise<string> {
  const { access, meetings } = await agendaRows(ctx, actor, eventId);
  const t = translator(actor.locale, 'meetings');
  const zone = access.event.timeZone;
  const eventTitle = pickLocalized(access.event.title, actor.locale)?.text ?? '';
  const calendar = ical({
    name: t('meetings.ics.calendar', { event: eventTitle }),
    prodId: { company: 'Innobridge', product: 'meetings', language: actor.locale.toUpperCase() },
    // No zone of the calendar's own: DTSTAMP stays in UTC; each event names the event's zone.
    timezone: { name: null, generator: getVtimezoneComponent },
  });
  const at = (iso: string) => new TZDate(new Date(iso).getTime(), zone);
  for (const m of meetings) {
    if (!m.slot) continue;
    const other = m.role === 'requester' ? m.recipient : m.requester;
    const organization = pickLocalized(other.organization, actor.locale)?.text;
    const place = m.place?.booth
      ? t('meetings.ics.booth', { booth: m.place.booth })
      : m.place?.table
        ? t('meetings.ics.table', { table: m.place.table })
        : '';
    calendar.createEvent({
      id: `meeting-${m.id}@innobridge`,
      sequence: m.version,
      stamp: new Date(m.updatedAt),
      start: at(m.slot.startsAt),
      end: at(m.slot.endsAt),
      timezone: zone,
      summary: organization
        ? t('meetings.ics.summaryWithOrganization', { name: other.name, organization })
        : t('meetings.ics.summary', { name: other.name }),
      location: place,
      description: [
        eventTitle,
        m.interpreter ? t('meetings.ics.interpreter') : '',
        m.scheduleState === 'preliminary' ? t('meetings.ics.preliminary') : '',
        `${ctx.config.publicUrl}/events/${eventId}/meetings/agenda`,
      ]
        .filter(Boolean)
        .join('\n'),
      status: ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}
