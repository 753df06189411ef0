import { AppError } from './app-error.js';
import { isUuid } from './ids.js';

/**
 * Keyset cursors: an opaque, URL-safe encoding of the last row's sort key. A malformed cursor is a
 * client error, never a 500.
 */
export function encodeCursor(key: (string | number)[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(cursor: string | undefined, arity: number): (string | number)[] | null {
  if (!cursor) return null;
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(key) &&
      key.length === arity &&
      key.every((k) => typeof k === 'string' || typeof k === 'number')
    ) {
      return key;
    }
  } catch {
    // fall through to the error below
  }
  throw invalidCursor();
}

/** The answer to a cursor the platform did not write: a 422 on the `cursor` field. */
export const invalidCursor = () => new AppError('validation_failed', { fields: [{ path: 'cursor', code: 'invalid' }] });

/** Fetch one row more than asked for; if it came, there is a next page. */
export function toPage<T>(rows: T[], limit: number, keyOf: (row: T) => (string | number)[]) {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(keyOf(last)) : null };
}

/**
 * A time in a cursor, as the platform writes it (`Date.toISOString()`) and PostgreSQL reads it: the
 * string must be exactly what toISOString gives back, in the years 1970–9999. JavaScript's Date
 * accepts more than PostgreSQL does (`"0"`, `"+275760-09-13T00:00:00.000Z"`), so it alone is no test.
 */
export function isCursorInstant(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const time = new Date(value);
  if (Number.isNaN(time.getTime())) return false;
  const year = time.getUTCFullYear();
  return year >= 1970 && year <= 9999 && time.toISOString() === value;
}

/** A cursor over `(created_at, id)` in descending order; a key that is not a time and a UUID is a 422. */
export function decodeTimeIdCursor(cursor: string | undefined): { createdAt: Date; id: string } | null {
  const key = decodeCursor(cursor, 2);
  if (!key) return null;
  const [time, id] = key;
  if (!isCursorInstant(time) || typeof id !== 'string' || !isUuid(id)) throw invalidCursor();
  return { createdAt: new Date(time), id };
}
