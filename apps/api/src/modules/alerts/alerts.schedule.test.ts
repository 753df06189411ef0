import { describe, expect, it } from 'vitest';
import { nextDigestAt } from './alerts.schedule.js';

describe('when digests are due', () => {
  it('is 08:00 in the reader’s own zone, the same day before it and the next day after it', () => {
    // 08:00 in Beijing is 00:00 UTC; in Moscow 05:00 UTC.
    expect(nextDigestAt('daily', new Date('2026-03-02T09:00:00Z'), 'Asia/Shanghai')?.toISOString()).toBe(
      '2026-03-03T00:00:00.000Z',
    );
    expect(nextDigestAt('daily', new Date('2026-03-02T04:59:00Z'), 'Europe/Moscow')?.toISOString()).toBe(
      '2026-03-02T05:00:00.000Z',
    );
    expect(nextDigestAt('daily', new Date('2026-03-02T05:00:00Z'), 'Europe/Moscow')?.toISOString()).toBe(
      '2026-03-03T05:00:00.000Z',
    );
  });

  it('is UTC for an account without a zone, Monday for a weekly digest, and none without a digest', () => {
    // 2026-03-04 is a Wednesday.
    expect(nextDigestAt('weekly', new Date('2026-03-04T12:00:00Z'), null)?.toISOString()).toBe(
      '2026-03-09T08:00:00.000Z',
    );
    expect(nextDigestAt('weekly', new Date('2026-03-09T07:00:00Z'), 'nowhere/invalid')?.toISOString()).toBe(
      '2026-03-09T08:00:00.000Z',
    );
    expect(nextDigestAt('immediate', new Date('2026-03-04T12:00:00Z'), null)).toBeNull();
    expect(nextDigestAt('none', new Date('2026-03-04T12:00:00Z'), null)).toBeNull();
  });

  it('holds across a change of daylight saving time', () => {
    // New York moves to summer time on 2026-03-08: 08:00 is 13:00 UTC before, 12:00 UTC after.
    expect(nextDigestAt('daily', new Date('2026-03-07T14:00:00Z'), 'America/New_York')?.toISOString()).toBe(
      '2026-03-08T12:00:00.000Z',
    );
  });
});
