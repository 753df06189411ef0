import type { z } from 'zod';

type Shape = Record<string, z.ZodType>;
/** A field's value without its default: an absent parameter stays absent in the address. */
type Value<T> = T extends z.ZodDefault<infer Inner> ? z.output<Inner> : z.output<T>;

/** The schema of one field, less any default the API applies when the parameter is absent. */
function withoutDefault(field: z.ZodType): z.ZodType {
  const def = field._zod.def as { type: string; innerType?: z.ZodType };
  return def.type === 'default' && def.innerType ? def.innerType : field;
}

/** What a page reads from its address: each key the schema has, as the API would take it, or absent. */
export type SearchOf<S extends Shape, K extends keyof S & string> = { [P in K]?: Exclude<Value<S[P]>, undefined> };

/**
 * Reads a page's search parameters with the schema the API uses for the same querystring: each one is
 * kept when the API would accept it and dropped alone otherwise, so a hand-edited address never
 * reaches the API malformed and one bad parameter does not cost the others.
 */
export function searchParamsOf<S extends Shape, K extends keyof S & string>(schema: { shape: S }, keys: readonly K[]) {
  return (search: Record<string, unknown>): SearchOf<S, K> => {
    const out: Record<string, unknown> = {};
    for (const key of keys) {
      const parsed = withoutDefault(schema.shape[key] as z.ZodType).safeParse(search[key]);
      out[key] = parsed.success && parsed.data !== '' ? parsed.data : undefined;
    }
    return out as SearchOf<S, K>;
  };
}

type LazyReader = { load(): Promise<void> };
/** The readers that were asked before their schema had arrived, each with its load under way. */
const readBeforeArrival = new Set<LazyReader>();

/**
 * `searchParamsOf` with a schema that arrives later, in its module's own chunk: the route tree is on
 * the first page, the contracts and zod are not. Asked before its schema is here, the reader keeps
 * nothing, starts the download and says so to `readAgainOnceSchemasArrive`, which the root route's
 * `beforeLoad` runs: that waits for the schema and reads the same address again, before any page of
 * the route renders. A hovered link (the router preloads on intent) usually fetches it first.
 */
export function lazySearchParamsOf<S extends Shape, K extends keyof S & string>(
  loadSchema: () => Promise<{ shape: S }>,
  keys: readonly K[],
) {
  let read: ((search: Record<string, unknown>) => SearchOf<S, K>) | undefined;
  let loading: Promise<void> | undefined;
  const reader: LazyReader = {
    load: () =>
      (loading ??= loadSchema().then(
        (schema) => {
          read = searchParamsOf(schema, keys);
        },
        (error: unknown) => {
          loading = undefined; // asked again on the next navigation
          throw error;
        },
      )),
  };
  return (search: Record<string, unknown>): SearchOf<S, K> => {
    if (read) return read(search);
    readBeforeArrival.add(reader);
    reader.load().catch(() => {}); // the root route's beforeLoad reports a failure
    return {};
  };
}

/**
 * For the root route's `beforeLoad`: when an address was read before the schemas of its routes had
 * arrived, waits for them and asks the router to read the address again (a redirect to itself).
 */
export async function readAgainOnceSchemasArrive(href: string, redirectTo: (href: string) => unknown): Promise<void> {
  if (readBeforeArrival.size === 0) return;
  const waiting = [...readBeforeArrival];
  await Promise.all(waiting.map((reader) => reader.load()));
  for (const reader of waiting) readBeforeArrival.delete(reader);
  throw redirectTo(href);
}

/** A search parameter that is a string, or empty when absent or malformed. */
export const text = (value: unknown): string => (typeof value === 'string' ? value : '');
/** A non-empty string, or absent. */
export const optionalText = (value: unknown): string | undefined =>
  typeof value === 'string' && value ? value : undefined;
/** A flag set by `?name=true`, or absent. */
export const flag = (value: unknown): true | undefined => (value === true || value === 'true' ? true : undefined);
