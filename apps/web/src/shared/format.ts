import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../app/auth.js';
import { LANGUAGE_TAGS } from '../app/i18n.js';
import { useLocale } from '../app/use-interface-locale.js';
import { browserTimeZone, knownTimeZone, timeFormat } from './format-time.js';

export { browserTimeZone } from './format-time.js';

/**
 * Dates, times and numbers in the reader's language and time zone (the profile's, else the browser's).
 * Every time shown comes from here: `instant` names its zone, `deadline` whose working day it ends.
 */
export function useFormat() {
  const locale = useLocale();
  const { me } = useMe();
  const { t } = useTranslation('app');
  const timeZone = knownTimeZone(me?.timeZone) ?? browserTimeZone();
  return useMemo(() => {
    const tag = LANGUAGE_TAGS[locale];
    const time = timeFormat(tag, timeZone, (key, params) => t(key, params));
    const date = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeZone });
    const number = new Intl.NumberFormat(tag);
    // A calendar day (YYYY-MM-DD: a due date, a holiday) is the same day everywhere: no time zone shift.
    const day = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeZone: 'UTC' });
    const kilobytes = new Intl.NumberFormat(tag, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 1 });
    const megabytes = new Intl.NumberFormat(tag, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 });
    const list = new Intl.ListFormat(tag, { style: 'long', type: 'conjunction' });
    const regions = new Intl.DisplayNames(tag, { type: 'region', fallback: 'code' });
    const currencies = new Map<string, Intl.NumberFormat>();
    // Whole amounts without ",00"; kopecks, fen and cents only when there are some.
    const currency = (code: string, whole: boolean) => {
      const key = `${code}:${whole}`;
      let formatter = currencies.get(key);
      if (!formatter) {
        formatter = new Intl.NumberFormat(tag, {
          style: 'currency',
          currency: code,
          ...(whole ? { minimumFractionDigits: 0, maximumFractionDigits: 0 } : {}),
        });
        currencies.set(key, formatter);
      }
      return formatter;
    };
    const ranges = new Map<string, Intl.DateTimeFormat>();
    // A span (an event, a session) on one clock, written as the language writes ranges, the zone named.
    const range = (from: string, to: string, zone: string = timeZone) => {
      let formatter = ranges.get(zone);
      if (!formatter) {
        formatter = new Intl.DateTimeFormat(tag, {
          year: 'numeric',
          month: 'long',
          day: 'numeric',
          hour: '2-digit',
          minute: '2-digit',
          timeZone: zone,
          timeZoneName: 'short',
        });
        ranges.set(zone, formatter);
      }
      return formatter.formatRange(new Date(from), new Date(to));
    };
    return {
      ...time,
      /** The reader's own zone (the profile's, else the browser's). */
      timeZone,
      range,
      /** Whether two zones show the same wall clock at this instant (no need to show both). */
      sameClock: (zone: string, at: string) =>
        new Intl.DateTimeFormat('en', { timeZone: zone, timeZoneName: 'longOffset' }).format(new Date(at)) ===
        new Intl.DateTimeFormat('en', { timeZone, timeZoneName: 'longOffset' }).format(new Date(at)),
      /** The reader's calendar day of an instant (when it was published, since when a status holds). */
      date: (iso: string | null | undefined) => (iso ? date.format(new Date(iso)) : '—'),
      day: (isoDate: string | null | undefined) =>
        isoDate ? day.format(new Date(`${isoDate.slice(0, 10)}T00:00:00Z`)) : '—',
      number: (value: number) => number.format(value),
      fileSize: (bytes: number) =>
        bytes >= 1024 * 1024 ? megabytes.format(bytes / 1024 / 1024) : kilobytes.format(Math.max(bytes, 1) / 1024),
      list: (items: readonly string[]) => list.format(items),
      /** Money kept in integer minor units (kopecks, fen, cents), shown in major units. */
      money: (minorUnits: number, currencyCode: string) =>
        currency(currencyCode, minorUnits % 100 === 0).format(minorUnits / 100),
      /** A country's name from its ISO 3166-1 alpha-2 code, in the reader's language. */
      country: (code: string) => regions.of(code) ?? code,
    };
  }, [locale, timeZone, t]);
}
