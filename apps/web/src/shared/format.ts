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
    const number = new Intl.NumberFormat(tag);
    return {
      dateTime: (iso: string | null | undefined) => (iso ? dateTime.format(new Date(iso)) : '—'),
      date: (iso: string | null | undefined) => (iso ? date.format(new Date(iso)) : '—'),
      number: (value: number) => number.format(value),
    };
  }, [locale, timeZone]);
}

export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}
