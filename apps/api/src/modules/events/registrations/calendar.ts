import { TZDate } from '@date-fns/tz';
import { type Locale, pickLocalized } from '@innobridge/contracts';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import { ICalCalendar } from 'ical-generator';
import type { EventRow, EventSessionRow } from '../events/events.repository.js';

/**
 * The event as an iCalendar file (RFC 5545) in the reader's language: the event and its sessions, on
 * the event's clock with the zone's VTIMEZONE, so that any calendar shows them in its owner's zone.
 */
export function eventCalendar(
  row: EventRow,
  sessions: EventSessionRow[],
  locale: Locale,
  link: string,
  stamp: Date,
): string {
  // ical-generator writes a date's own wall clock beside the TZID: a TZDate gives it the event's.
  const there = (d: Date) => new TZDate(d.getTime(), row.timeZone);
  const utc = new TZDate(stamp.getTime(), 'UTC');
  const text = (t: Record<string, string>) => pickLocalized(t, locale)?.text ?? '';
  const calendar = new ICalCalendar({ prodId: { company: 'Innobridge', product: 'Events' }, name: text(row.title) });
  calendar.timezone({ name: row.timeZone, generator: getVtimezoneComponent });
  const location = [text(row.venue), row.onlineUrl ?? ''].filter(Boolean).join(' — ');
  calendar.createEvent({
    id: `${row.id}@innobridge`,
    start: there(row.startsAt),
    end: there(row.endsAt),
    timezone: row.timeZone,
    stamp: utc,
    summary: text(row.title),
    description: [text(row.summary), link].filter(Boolean).join('\n\n'),
    location: location || null,
    url: link,
  });
  for (const s of sessions) {
    calendar.createEvent({
      id: `${s.id}@innobridge`,
      start: there(s.startsAt),
      end: there(s.endsAt),
      timezone: row.timeZone,
      stamp: utc,
      summary: `${text(s.title)} — ${text(row.title)}`,
      description: text(s.description) || null,
      location: text(s.room) || location || null,
    });
  }
  return calendar.toString();
}
