import type { OperatorJurisdiction } from './enums.js';

/**
 * The time zone each reviewing jurisdiction's working day is counted in (Moscow and Beijing keep
 * no summer time). Deadlines name it, so both sides know whose working day a deadline ends.
 */
export const JURISDICTION_TIME_ZONE: Record<OperatorJurisdiction, string> = {
  RU: 'Europe/Moscow',
  CN: 'Asia/Shanghai',
};

/** The IANA name of a time zone in its canonical spelling, or null when there is no such zone. */
export function canonicalTimeZone(zone: string | null | undefined): string | null {
  // Region/City names and UTC only: not legacy abbreviations such as EST, which mean other things.
  if (!zone || (!zone.includes('/') && zone.toUpperCase() !== 'UTC')) return null;
  try {
    return new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}
