import { describe, expect, it } from 'vitest';
import { decodeTimeIdCursor, encodeCursor, isCursorInstant } from './pagination.js';

describe('isCursorInstant', () => {
  it('accepts the times the platform writes into cursors', () => {
    for (const time of ['2026-03-02T09:00:00.000Z', '1970-01-01T00:00:00.000Z', '9999-12-31T23:59:59.999Z'])
      expect(isCursorInstant(time), time).toBe(true);
  });

  it('refuses what Date reads but PostgreSQL does not, or reads as another time', () => {
    for (const time of [
      '0',
      '1e3',
      '+275760-09-13T00:00:00.000Z',
      '-000001-01-01T00:00:00.000Z',
      '1969-12-31T23:59:59.999Z',
      '2026-02-30',
      '2026-03-02',
      '2026-03-02T09:00:00Z',
      '2026-03-02T12:00:00.000+03:00',
      'March 2, 2026',
      1772442000000,
      null,
    ])
      expect(isCursorInstant(time), String(time)).toBe(false);
  });
});

describe('decodeTimeIdCursor', () => {
  const id = '0195d0c4-8b6e-7000-8000-000000000000';

  it('reads back a cursor the platform wrote', () => {
    const at = new Date('2026-03-02T09:00:00.000Z');
    expect(decodeTimeIdCursor(encodeCursor([at.toISOString(), id]))).toEqual({ createdAt: at, id });
  });

  it('refuses a time PostgreSQL would not read, a non-UUID id and a key of another shape', () => {
    for (const key of [
      ['0', id],
      ['+275760-09-13T00:00:00.000Z', id],
      ['2026-03-02T09:00:00.000Z', 'x'],
      [1, id],
    ])
      expect(() => decodeTimeIdCursor(encodeCursor(key)), JSON.stringify(key)).toThrow('validation_failed');
  });
});
