import { describe, expect, it } from 'vitest';
import { addWorkingDays, workingDaysLeft } from './working-days.js';

const moscow = { utcOffsetHours: 3, holidays: new Set<string>() };
const beijing = {
  utcOffsetHours: 8,
  holidays: new Set(['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07']),
};

describe('addWorkingDays', () => {
  it('skips weekends: 10 working days from a Monday end on the second Friday after', () => {
    // Monday 2 March 2026, 12:00 in Moscow
    const deadline = addWorkingDays(new Date('2026-03-02T09:00:00Z'), 10, moscow);
    expect(deadline.toISOString()).toBe('2026-03-16T20:59:59.999Z'); // Monday 16 March, 23:59:59.999 Moscow
  });

  it('counts from the local day, not the UTC day', () => {
    // Friday 6 March 23:30 UTC is already Saturday 7 March in Beijing: the first working day is Monday 9 March… plus one.
    const fromBeijing = addWorkingDays(new Date('2026-03-06T23:30:00Z'), 1, { utcOffsetHours: 8, holidays: new Set() });
    expect(fromBeijing.toISOString()).toBe('2026-03-09T15:59:59.999Z');
    const fromMoscow = addWorkingDays(new Date('2026-03-06T20:30:00Z'), 1, moscow); // 23:30 Friday in Moscow
    expect(fromMoscow.toISOString()).toBe('2026-03-09T20:59:59.999Z');
  });

  it('skips the holidays of the jurisdiction', () => {
    // Wednesday 30 September 2026 in Beijing; 1–7 October are holidays or weekend
    const deadline = addWorkingDays(new Date('2026-09-30T02:00:00Z'), 2, beijing);
    expect(deadline.toISOString().slice(0, 10)).toBe('2026-10-09');
  });
});

describe('workingDaysLeft', () => {
  it('counts the working days between now and the deadline, and zero past it', () => {
    const start = new Date('2026-03-02T09:00:00Z');
    const deadline = addWorkingDays(start, 10, moscow);
    expect(workingDaysLeft(start, deadline, moscow)).toBe(10);
    expect(workingDaysLeft(new Date('2026-03-06T09:00:00Z'), deadline, moscow)).toBe(6); // Friday: 9–13, 16 March
    expect(workingDaysLeft(new Date('2026-03-20T09:00:00Z'), deadline, moscow)).toBe(0);
  });

  it('restores the same deadline when the remaining days are added back from the same day', () => {
    const start = new Date('2026-03-04T09:00:00Z');
    const deadline = addWorkingDays(start, 10, moscow);
    expect(addWorkingDays(start, workingDaysLeft(start, deadline, moscow), moscow)).toEqual(deadline);
  });
});
