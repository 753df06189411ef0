import type { AlertFrequency } from '@innobridge/contracts';

/**
 * Digests go out at the recipient's morning, 08:00 in the account's own time zone (UTC when it has
 * none): daily each morning, weekly on Monday morning. The job looks every quarter of an hour, so a
 * digest leaves within fifteen minutes of that hour (zones with half-hour offsets included).
 */
export const DIGEST_HOUR = 8;

/** The wall-clock time in a zone, as if it were UTC (milliseconds). */
function wallClock(instant: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(instant);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
}

/** The instant a zone's clocks show the given wall-clock time (UTC milliseconds as if the zone were UTC). */
function instantOfWallClock(wall: number, timeZone: string): Date {
  // The zone's offset at a first guess, then at the instant it gives: right across a change of offset.
  let guess = wall;
  for (let i = 0; i < 2; i++) guess = wall - (wallClock(new Date(guess), timeZone) - guess);
  return new Date(guess);
}

const DAY_MS = 86_400_000;

/** When the next digest of this frequency is due after `now`, for a reader in `timeZone`. */
export function nextDigestAt(frequency: AlertFrequency, now: Date, timeZone: string | null | undefined): Date | null {
  if (frequency !== 'daily' && frequency !== 'weekly') return null;
  const zone = validZone(timeZone);
  const wall = wallClock(now, zone);
  const today = Math.floor(wall / DAY_MS) * DAY_MS;
  let day = today + DIGEST_HOUR * 3_600_000 > wall ? today : today + DAY_MS;
  if (frequency === 'weekly') {
    // 1970-01-01 was a Thursday: Monday is (weekday + 3) % 7 === 0.
    while ((Math.floor(day / DAY_MS) + 3) % 7 !== 0) day += DAY_MS;
  }
  return instantOfWallClock(day + DIGEST_HOUR * 3_600_000, zone);
}

function validZone(timeZone: string | null | undefined): string {
  if (!timeZone) return 'UTC';
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return timeZone;
  } catch {
    return 'UTC';
  }
}
