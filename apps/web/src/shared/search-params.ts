import type { z } from 'zod';

type Shape = Record<string, z.ZodType>;
/** A field's value without its default: an absent parameter stays absent in the address. */
type Value<T> = T extends z.ZodDefault<infer Inner> ? z.output<Inner> : z.output<T>;

/** The schema of one field, less any default the API applies when the parameter is absent. */
function withoutDefault(field: z.ZodType): z.ZodType {
  const def = field._zod.def as { type: string; innerType?: z.ZodType };
  return def.type === 'default' && def.innerType ? def.innerType : field;
}

/**
 * Reads a page's search parameters with the schema the API uses for the same querystring: each one is
 * kept when the API would accept it and dropped alone otherwise, so a hand-edited address never
 * reaches the API malformed and one bad parameter does not cost the others.
 */
export function searchParamsOf<S extends Shape, K extends keyof S & string>(schema: { shape: S }, keys: readonly K[]) {
  return (search: Record<string, unknown>): { [P in K]?: Exclude<Value<S[P]>, undefined> } => {
    const out: Record<string, unknown> = {};
    for (const key of keys) {
      const parsed = withoutDefault(schema.shape[key] as z.ZodType).safeParse(search[key]);
      out[key] = parsed.success && parsed.data !== '' ? parsed.data : undefined;
    }
    return out as { [P in K]?: Exclude<Value<S[P]>, undefined> };
  };
}

/** A search parameter that is a string, or empty when absent or malformed. */
export const text = (value: unknown): string => (typeof value === 'string' ? value : '');
/** A non-empty string, or absent. */
export const optionalText = (value: unknown): string | undefined =>
  typeof value === 'string' && value ? value : undefined;
/** A flag set by `?name=true`, or absent. */
export const flag = (value: unknown): true | undefined => (value === true || value === 'true' ? true : undefined);
