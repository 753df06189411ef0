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
  throw new AppError('validation_failed', { fields: [{ path: 'cursor', code: 'invalid' }] });
}

/** Fetch one row more than asked for; if it came, there is a next page. */
export function toPage<T>(rows: T[], limit: number, keyOf: (row: T) => (string | number)[]) {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(keyOf(last)) : null };
}

/** A cursor over `(created_at, id)` in descending order; a key that is not a time and a UUID is a 422. */
export function decodeTimeIdCursor(cursor: string | undefined): { createdAt: Date; id: string } | null {
  const key = decodeCursor(cursor, 2);
  if (!key) return null;
  const createdAt = new Date(String(key[0]));
  const id = String(key[1]);
  if (Number.isNaN(createdAt.getTime()) || !isUuid(id)) {
    throw new AppError('validation_failed', { fields: [{ path: 'cursor', code: 'invalid' }] });
  }
  return { createdAt, id };
}
