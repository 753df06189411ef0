import type { OperatorJurisdiction } from '@innobridge/contracts';
import { JURISDICTION_TIME_ZONE } from '@innobridge/contracts/time-zones';

/** The messages a deadline is told in (`app` namespace). */
export type TimeMessage = `time.${'deadline' | 'deadlineYours' | 'deadlineShort'}.${OperatorJurisdiction}`;
/** Looks a message up in the reader's language (i18next's `t`, or any function that does the same). */
export type Translate = (key: TimeMessage, params: { day: string; time?: string; yours?: string }) => string;

const DASH = '—';

/**
 * Instants and deadlines as a reader understands them when the other side of the platform may be
 * six time zones away: every time carries its zone's name, and a deadline says whose working day it
 * ends. Pure, so that it is tested without a browser; `useFormat()` gives it the reader's language
 * (a BCP 47 tag), time zone and messages.
 */
export function timeFormat(tag: string, readerZone: string, t: Translate) {
  const moment = (timeZone: string, timeZoneName: 'short' | 'long') =>
    new Intl.DateTimeFormat(tag, {
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
      timeZone,
      timeZoneName,
    });
  const clock = (timeZone: string) =>
    new Intl.DateTimeFormat(tag, { hour: 'numeric', minute: '2-digit', timeZone, timeZoneName: 'short' });
  const calendarDay = (timeZone: string) => new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeZone });
  // The offset from UTC (GMT+03:00), to tell whether two zones show the same wall-clock time.
  const offsets = new Map<string, Intl.DateTimeFormat>();
  const offset = (timeZone: string, at: Date) => {
    let formatter = offsets.get(timeZone);
    if (!formatter) {
      formatter = new Intl.DateTimeFormat('en', { timeZone, timeZoneName: 'longOffset' });
      offsets.set(timeZone, formatter);
    }
    return formatter.formatToParts(at).find((part) => part.type === 'timeZoneName')?.value;
  };

  const short = moment(readerZone, 'short');
  const long = moment(readerZone, 'long');
  const utc = moment('UTC', 'short');

  const instant = (iso: string | null | undefined) => (iso ? short.format(new Date(iso)) : DASH);
  return {
    readerZone,
    /** An instant in the reader's zone, the zone named: "3 Dec 2026, 10:42 GMT+3" / "3 дек. 2026 г., 10:42 GMT+3". */
    instant,
    /** The same instant with the zone's full name and in UTC, for a tooltip. */
    instantDetail: (iso: string | null | undefined) => {
      if (!iso) return DASH;
      const at = new Date(iso);
      const here = long.format(at);
      return offset(readerZone, at) === offset('UTC', at) ? here : `${here} · ${utc.format(at)}`;
    },
    /**
     * A deadline counted in working days of a jurisdiction: the day in that jurisdiction, whose working
     * day it is and the time there; when the reader's clock shows another time, that time too.
     */
    deadline: (iso: string | null | undefined, jurisdiction: OperatorJurisdiction) => {
      if (!iso) return DASH;
      const at = new Date(iso);
      const zone = JURISDICTION_TIME_ZONE[jurisdiction];
      const params = { day: calendarDay(zone).format(at), time: clock(zone).format(at) };
      return offset(readerZone, at) === offset(zone, at)
        ? t(`time.deadline.${jurisdiction}`, params)
        : t(`time.deadlineYours.${jurisdiction}`, { ...params, yours: instant(iso) });
    },
    /** A deadline in few words, for a table: the day and whose working day (the full text goes to a tooltip). */
    deadlineShort: (iso: string | null | undefined, jurisdiction: OperatorJurisdiction) =>
      iso
        ? t(`time.deadlineShort.${jurisdiction}`, {
            day: calendarDay(JURISDICTION_TIME_ZONE[jurisdiction]).format(new Date(iso)),
          })
        : DASH,
  };
}

/** The browser's time zone, the default of an account that has not chosen one. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** The zone if the browser knows it, else undefined (an old browser may lack a newer zone). */
export function knownTimeZone(timeZone: string | null | undefined): string | undefined {
  if (!timeZone) return undefined;
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return timeZone;
  } catch {
    return undefined;
  }
}
