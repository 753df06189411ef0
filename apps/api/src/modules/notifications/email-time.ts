import {
  canonicalTimeZone,
  JURISDICTION_TIME_ZONE,
  type Locale,
  type OperatorJurisdiction,
} from '@innobridge/contracts';
import { translator } from '../../lib/i18n.js';

// Times in messages, told in the recipient's language and time zone with the zone named, as the web
// app tells them: partners in Moscow and Beijing read the same instant six hours apart.

const INTL_LOCALE: Record<Locale, string> = { ru: 'ru-RU', zh: 'zh-CN', en: 'en-GB' };

/** The recipient's zone; an account that never chose one reads UTC, named as such. */
export const readerZone = (timeZone: string | null | undefined): string => canonicalTimeZone(timeZone) ?? 'UTC';

const moment = (locale: Locale, timeZone: string) =>
  new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'short',
  });

const offset = (timeZone: string, at: Date) =>
  new Intl.DateTimeFormat('en', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(at)
    .find((part) => part.type === 'timeZoneName')?.value;

/** "3 December 2026, 10:42 GMT+3" in the recipient's zone. */
export function renderInstant(iso: string, locale: Locale, timeZone: string): string {
  return moment(locale, timeZone).format(new Date(iso));
}

/**
 * An instant on an event's clock, then on the recipient's own when it shows another time: people in
 * Moscow and Beijing read an event five hours apart.
 */
export function renderOnTwoClocks(iso: string, zone: string, locale: Locale, reader: string): string {
  const there = renderInstant(iso, locale, readerZone(zone));
  const here = renderInstant(iso, locale, reader);
  return offset(readerZone(zone), new Date(iso)) === offset(reader, new Date(iso)) ? there : `${there} (${here})`;
}

/**
 * A deadline counted in a jurisdiction's working days: the day there, whose working day, the time
 * there, and the recipient's own time when their clock shows another.
 */
export function renderDeadline(
  iso: string,
  jurisdiction: OperatorJurisdiction,
  locale: Locale,
  timeZone: string,
): string {
  const at = new Date(iso);
  const zone = JURISDICTION_TIME_ZONE[jurisdiction];
  const t = translator(locale, 'emails');
  const params = {
    day: new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: 'long', timeZone: zone }).format(at),
    time: new Intl.DateTimeFormat(INTL_LOCALE[locale], {
      hour: 'numeric',
      minute: '2-digit',
      timeZone: zone,
      timeZoneName: 'short',
    }).format(at),
  };
  return offset(timeZone, at) === offset(zone, at)
    ? t(`time.deadline.${jurisdiction}`, params)
    : t(`time.deadlineYours.${jurisdiction}`, { ...params, yours: renderInstant(iso, locale, timeZone) });
}
