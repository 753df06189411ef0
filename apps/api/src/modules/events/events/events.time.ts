import { TZDate } from '@date-fns/tz';
import { canonicalTimeZone } from '@innobridge/contracts';
import { AppError } from '../../../lib/app-error.js';

/**
 * Wall-clock times on an event's clock (`2026-09-10T09:30` in `Asia/Shanghai`) turned into instants
 * with @date-fns/tz, which reads the zone's rules from the runtime's own tz database (ADR 0027).
 */
export function instantOn(wall: string, zone: string): Date {
  const [date, time] = wall.split('T') as [string, string];
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [h, min] = time.split(':').map(Number) as [number, number];
  return new Date(new TZDate(y, m - 1, d, h, min, 0, zone).getTime());
}

/** The event's zone in its canonical spelling, or a field problem. */
export function eventZone(zone: string): string {
  const canonical = canonicalTimeZone(zone);
  if (!canonical) throw new AppError('validation_failed', { fields: [{ path: 'timeZone', code: 'invalid' }] });
  return canonical;
}
