import fastJsonStringify from 'fast-json-stringify';
import { serializerCompiler as zodSerializerCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { $ZodType } from 'zod/v4/core';

type Serialize = (data: unknown) => string;

/**
 * Responses are written by fast-json-stringify, compiled from each route's zod response schema (ADR
 * 0013). It writes only the properties the schema lists, so a field a handler did not mean to send
 * never leaves, as with zod's serialiser, at a fraction of its cost. A schema that JSON Schema cannot
 * express (a transform, a date) keeps zod's serialiser.
 *
 * Compiled on a route's first answer with that schema, and once per schema (the error schema serves
 * every route): compiling all of them at start would add a third of a second to it.
 */
export const serializerCompiler: typeof zodSerializerCompiler = (route) => {
  const schema = zodSchemaOf(route.schema);
  if (!schema) return zodSerializerCompiler(route);
  let serialize: Serialize | undefined;
  return (data) => {
    serialize ??= compiled(schema) ?? zodSerializerCompiler(route);
    return serialize(data);
  };
};

/** Per schema: its compiled serialiser, or null when JSON Schema cannot express it. */
const compiledBySchema = new WeakMap<$ZodType, Serialize | null>();

function compiled(schema: $ZodType): Serialize | null {
  let serialize = compiledBySchema.get(schema);
  if (serialize === undefined) {
    try {
      const jsonSchema = z.toJSONSchema(schema, {
        io: 'output',
        target: 'draft-07',
        unrepresentable: 'throw',
        // fast-json-stringify leaves out unlisted properties anyway; `false` would make a union member
        // with one more property than its branch match no branch, and fail the answer.
        override: ({ jsonSchema }) => {
          if (jsonSchema.additionalProperties === false) delete jsonSchema.additionalProperties;
        },
      });
      serialize = fastJsonStringify(jsonSchema as Parameters<typeof fastJsonStringify>[0]);
    } catch {
      serialize = null;
    }
    compiledBySchema.set(schema, serialize);
  }
  return serialize;
}

function zodSchemaOf(schema: unknown): $ZodType | null {
  if (schema instanceof $ZodType) return schema;
  const properties = (schema as { properties?: unknown } | null)?.properties;
  return properties instanceof $ZodType ? properties : null;
}
