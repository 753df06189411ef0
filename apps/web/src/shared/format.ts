import { useMemo } from 'react';
import { useMe } from '../app/auth.js';
import { LANGUAGE_TAGS } from '../app/i18n.js';
import { useLocale } from '../app/use-interface-locale.js';

function validTimeZone(timeZone: string | null | undefined): string | undefined {
  if (!timeZone) return undefined;
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return timeZone;
  } catch {
    return undefined;
  }
}

/** Dates in the reader's language and time zone (the profile's, else the browser's). */
export function useFormat() {
  const locale = useLocale();
  const { me } = useMe();
  const timeZone = validTimeZone(me?.timeZone);
  return useMemo(() => {
    const tag = LANGUAGE_TAGS[locale];
    const dateTime = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short', timeZone });
    const date = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeZone });
    const dateTimeZone = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'long', timeZone });
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
    return {
      dateTime: (iso: string | null | undefined) => (iso ? dateTime.format(new Date(iso)) : '—'),
      date: (iso: string | null | undefined) => (iso ? date.format(new Date(iso)) : '—'),
      /** An instant to the second, with its time zone named. */
      dateTimeWithZone: (iso: string | null | undefined) => (iso ? dateTimeZone.format(new Date(iso)) : '—'),
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
  }, [locale, timeZone]);
}

export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}
