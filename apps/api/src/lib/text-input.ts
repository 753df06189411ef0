import { AppError, type FieldIssue } from './app-error.js';

// With the `u` flag a surrogate pair is one code point, so \p{Cs} matches only a lone half.
const UNSTORABLE = /[\0\p{Cs}]/u;

/**
 * Text the platform refuses wherever it arrives (ADR 0015): U+0000, which PostgreSQL's `text` and
 * `jsonb` cannot hold, and a lone UTF-16 surrogate, which is no character at all (the embedded
 * database fails on it; a PostgreSQL client would store U+FFFD in its place, silently).
 */
export function isStorableText(value: string): boolean {
  return !UNSTORABLE.test(value);
}

const UNSTORABLE_ALL = new RegExp(UNSTORABLE.source, 'gu');

/** At most this many fields are named in one answer; the first is enough to act on. */
const MAX_ISSUES = 20;

/** Where a value stands in a request part: its key and its parent's place (the root has none). */
type Place = { key: string | number; parent: Place } | null;

function pathOf(place: Place): string {
  const keys: (string | number)[] = [];
  for (let p = place; p; p = p.parent) keys.push(p.key);
  return keys.reverse().join('.');
}

/** Marks a place whose object key itself is not storable. */
const BAD_KEY = Symbol('bad key');

/**
 * The paths of the strings (values and object keys) in a parsed request part that are not storable
 * text, in document order. The walk is iterative and builds a path only for what it reports, so a
 * deeply nested body can neither exhaust the stack nor cost more than one pass.
 */
export function unstorableTextPaths(value: unknown): string[] {
  const found: string[] = [];
  const stack: [unknown, Place][] = [[value, null]];
  while (stack.length > 0 && found.length < MAX_ISSUES) {
    const [item, place] = stack.pop() as [unknown, Place];
    if (item === BAD_KEY) {
      found.push(pathOf(place));
    } else if (typeof item === 'string') {
      if (!isStorableText(item)) found.push(pathOf(place));
    } else if (Array.isArray(item)) {
      for (let i = item.length - 1; i >= 0; i--) stack.push([item[i], { key: i, parent: place }]);
    } else if (item !== null && typeof item === 'object') {
      const entries = Object.entries(item);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, child] = entries[i] as [string, unknown];
        if (isStorableText(key)) stack.push([child, { key, parent: place }]);
        // The answer names the key with its bad characters replaced, cut to a readable length.
        else stack.push([BAD_KEY, { key: key.slice(0, 100).replace(UNSTORABLE_ALL, '\ufffd'), parent: place }]);
      }
    }
  }
  return found;
}

/** A 422 naming each field whose text cannot be stored. */
export function invalidCharactersError(paths: string[]): AppError {
  const fields: FieldIssue[] = paths.map((path) => ({ path, code: 'invalid_characters' }));
  return new AppError('validation_failed', { fields });
}

/**
 * Throws the 422 if any string in the named request parts (params, querystring, body, a multipart
 * form) is not storable text. A field is named by its path within its part, as validation names it;
 * a part that is itself a string is named by the part.
 */
export function assertStorableText(parts: Record<string, unknown>): void {
  const paths = Object.entries(parts).flatMap(([part, value]) =>
    unstorableTextPaths(value).map((path) => path || part),
  );
  if (paths.length > 0) throw invalidCharactersError(paths);
}
