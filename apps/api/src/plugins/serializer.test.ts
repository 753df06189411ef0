import Fastify from 'fastify';
import { validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { serializerCompiler } from './serializer.js';

/** A bare Fastify app with the platform's compilers and one route answering `value` with `schema`. */
async function answer(schema: z.ZodType, value: unknown) {
  const app = Fastify();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.withTypeProvider<ZodTypeProvider>().get('/', { schema: { response: { 200: schema } } }, async () => value);
  await app.ready();
  apps.push(app);
  return app.inject({ method: 'GET', url: '/' });
}
const apps: ReturnType<typeof Fastify>[] = [];
afterAll(() => Promise.all(apps.map((a) => a.close())));

const Person = z.object({ name: z.string(), city: z.string().nullable() });

describe('the response serialiser', () => {
  it('writes only the properties the schema lists, at every depth', async () => {
    const schema = z.object({
      owner: Person,
      members: z.array(Person),
      note: z.string().optional(),
    });
    const res = await answer(schema, {
      owner: { name: 'Anna', city: null, email: 'anna@example.com' },
      members: [{ name: 'Li', city: 'Beijing', phone: '+86 10 0000 0000' }],
      passwordHash: 'secret',
    });
    expect(res.statusCode).toBe(200);
    expect(res.body).not.toMatch(/example\.com|\+86|secret|passwordHash|note/);
    expect(res.json()).toEqual({ owner: { name: 'Anna', city: null }, members: [{ name: 'Li', city: 'Beijing' }] });
  });

  it('writes records, enums, literals, nullable objects and unions as zod would', async () => {
    const schema = z.object({
      status: z.literal('ok'),
      kind: z.enum(['offer', 'request']),
      title: z.record(z.string(), z.string()),
      counts: z.record(z.string(), z.record(z.string(), z.number().int())),
      amount: z.object({ min: z.number().int().optional(), currency: z.string() }).nullable(),
      answer: z.discriminatedUnion('type', [
        z.object({ type: z.literal('text'), text: z.string() }),
        z.object({ type: z.literal('count'), n: z.number() }),
      ]),
    });
    const value = {
      status: 'ok',
      kind: 'offer',
      title: { ru: 'Аккумуляторы', zh: '电池回收', en: 'Batteries "Li-ion"\n' },
      counts: { type: { offer: 3 }, area: {} },
      amount: null,
      answer: { type: 'count', n: 2.5, text: 'not this one' },
    };
    const res = await answer(schema, value);
    expect(res.json()).toEqual({ ...value, answer: { type: 'count', n: 2.5 } });
    expect(res.json()).toEqual(JSON.parse(JSON.stringify(z.encode(schema, value as z.output<typeof schema>))));
  });

  it("keeps zod's serialiser for a schema JSON Schema cannot express", async () => {
    const res = await answer(z.object({ at: z.date() }), { at: new Date(Date.UTC(2026, 10, 29, 9, 30)), extra: 1 });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ at: '2026-11-29T09:30:00.000Z' });
    // zod's check, which fast-json-stringify does not make: a date that is not one fails the answer.
    expect((await answer(z.object({ at: z.date() }), { at: new Date(Number.NaN) })).statusCode).toBe(500);
  });

  it('fails the answer, rather than writing it, when a required property is missing', async () => {
    const res = await answer(Person, { city: 'Moscow' });
    expect(res.statusCode).toBe(500);
    expect(res.body).not.toContain('Moscow');
  });
});
