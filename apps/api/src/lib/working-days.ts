/**
 * Service-level deadlines in working days of a jurisdiction: Monday to Friday in its own time zone,
 * minus its holidays. Moscow is UTC+3 and Beijing UTC+8, neither with summer time, so a fixed
 * offset is exact.
 */
export const JURISDICTION_UTC_OFFSET_HOURS = { RU: 3, CN: 8 } as const;

export type WorkingCalendar = { utcOffsetHours: number; holidays: ReadonlySet<string> };

const DAY_MS = 86_400_000;

/** The local calendar date (as a UTC-midnight Date) of an instant. */
function localDate(instant: Date, offsetHours: number): Date {
  const shifted = new Date(instant.getTime() + offsetHours * 3_600_000);
  return new Date(Date.UTC(shifted.getUTCFullYear(), shifted.getUTCMonth(), shifted.getUTCDate()));
}

function isWorkingDay(date: Date, calendar: WorkingCalendar): boolean {
  const weekday = date.getUTCDay();
  return weekday !== 0 && weekday !== 6 && !calendar.holidays.has(date.toISOString().slice(0, 10));
}

/** The last instant of a local date, in UTC. */
function endOfLocalDay(date: Date, offsetHours: number): Date {
  return new Date(date.getTime() + DAY_MS - offsetHours * 3_600_000 - 1);
}

/** The end of the n-th working day after the local day of `start` (that day itself does not count). */
export function addWorkingDays(start: Date, days: number, calendar: WorkingCalendar): Date {
  let date = localDate(start, calendar.utcOffsetHours);
  let left = days;
  while (left > 0) {
    date = new Date(date.getTime() + DAY_MS);
    if (isWorkingDay(date, calendar)) left -= 1;
  }
  return endOfLocalDay(date, calendar.utcOffsetHours);
}

/** Working days after the local day of `now` up to and including the deadline's day (0 when past). */
export function workingDaysLeft(now: Date, deadline: Date, calendar: WorkingCalendar): number {
  const end = localDate(deadline, calendar.utcOffsetHours);
  let date = localDate(now, calendar.utcOffsetHours);
  let count = 0;
  while (date < end) {
    date = new Date(date.getTime() + DAY_MS);
    if (isWorkingDay(date, calendar)) count += 1;
  }
  return count;
}
