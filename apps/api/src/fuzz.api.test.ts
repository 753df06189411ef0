import fc from 'fast-check';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { approvedOrganisation, multipartForm, PDF } from '../test/registry-helpers.js';
import { createTestApp, type Session, type TestApp } from '../test/test-app.js';

/**
 * Every operation of the OpenAPI document, called with hostile input: no answer may be a 5xx, and
 * every error answer must be problem+json (ADR 0015). Values are generated from each operation's own
 * schemas — mostly valid requests with one hostile value planted somewhere, so that the hostile value
 * reaches the service and the database — by fast-check with a fixed seed, anonymously and as a
 * signed-in member of an organisation that has an application, a published opportunity and a
 * conversation, whose ids are offered for path parameters so that requests get past "not found".
 */

type Schema = {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean | Schema;
  items?: Schema;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  maxItems?: number;
  format?: string;
  pattern?: string;
};
type Parameter = { in: 'path' | 'query' | 'header' | 'cookie'; name: string; required?: boolean; schema: Schema };
type Operation = { method: string; path: string; summary: string; parameters: Parameter[]; body?: Schema };
type Doc = {
  paths: Record<
    string,
    Record<
      string,
      { summary?: string; parameters?: Parameter[]; requestBody?: { content: Record<string, { schema: Schema }> } }
    >
  >;
  components?: { schemas?: Record<string, Schema> };
};

const SEED = 20260302;
const RUNS_PER_OPERATION = 12;

// ---- hostile values -------------------------------------------------------------------------

const LONE_SURROGATES = ['\ud800', '\udfff', 'a\ud83db', '\udc00\ud800'];
const cursorOf = (key: unknown[]) => Buffer.from(JSON.stringify(key)).toString('base64url');
const HOSTILE_STRINGS = [
  '\u0000',
  'a\u0000b',
  ...LONE_SURROGATES,
  '',
  ' ',
  '%00',
  '%',
  '%E0%A4%A',
  '../../etc/passwd',
  "' or 1=1 --",
  '<script>alert(1)</script>',
  '\u202e\u200b',
  '🀄😀',
  'null',
  'NaN',
  '-1',
  '1e400',
  'x'.repeat(20_000),
  // Odd dates: ones JavaScript reads and PostgreSQL does not, impossible ones, far ones.
  '0',
  '+275760-09-13T00:00:00.000Z',
  '-000001-01-01T00:00:00.000Z',
  '2026-02-30',
  '0000-00-00',
  '9999-12-31T23:59:59.999Z',
  // Bad and edge UUIDs.
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '0195d0c4-8b6e-7000-8000-00000000000g',
  '0195D0C4-8B6E-7000-8000-000000000000',
  // Cursors the platform did not write.
  cursorOf(['0', '0195d0c4-8b6e-7000-8000-000000000000']),
  cursorOf(['+275760-09-13T00:00:00.000Z', '0195d0c4-8b6e-7000-8000-000000000000']),
  cursorOf([1, '2026-03-02T09:00:00.000Z', 'x\u0000']),
  Buffer.from('[1e400,"0195d0c4-8b6e-7000-8000-000000000000"]').toString('base64url'),
  '!!!not base64',
];

const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.string({ maxLength: 10 }), fc.constantFrom('\u0000', ...LONE_SURROGATES), fc.string({ maxLength: 10 }))
      .map((parts) => parts.join('')),
  },
);

const hostileNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(-1, 0, -0, 0.5, 2 ** 31, 2 ** 53, -(2 ** 53), 1e308, -1e308, 1e-300),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

/** An array nested deeper than any schema allows. */
const deepNesting = fc.integer({ min: 100, max: 3000 }).map((depth) => {
  let value: unknown = '\u0000';
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { a: value };
  return value;
});

const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 5, arbitrary: hostileString },
  { weight: 2, arbitrary: hostileNumber },
  {
    weight: 2,
    arbitrary: fc.constantFrom<unknown>(
      true,
      false,
      null,
      [],
      {},
      [null],
      ['\u0000'],
      { '\u0000': 1 },
      { '\ud800': 'x' },
      JSON.parse('{"__proto__":{"polluted":true}}'),
      { constructor: { prototype: { polluted: true } } },
    ),
  },
  { weight: 1, arbitrary: deepNesting },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
);

// ---- values from the document's schemas -------------------------------------------------------

function schemaArbitraries(doc: Doc, knownIds: string[]) {
  const resolve = (schema: Schema): Schema =>
    schema.$ref ? resolve(doc.components?.schemas?.[schema.$ref.split('/').at(-1) ?? ''] ?? {}) : schema;

  /** A value the schema accepts, as far as cheap generation goes (uuids are often real ids). */
  function valid(input: Schema, depth = 0): fc.Arbitrary<unknown> {
    const schema = resolve(input);
    if (depth > 6) return fc.constant(null);
    if (schema.const !== undefined) return fc.constant(schema.const);
    if (schema.enum) return fc.constantFrom(...schema.enum);
    const members = schema.anyOf ?? schema.oneOf;
    if (members?.length) return fc.oneof(...members.map((m) => valid(m, depth + 1)));
    if (schema.allOf?.length) return valid(schema.allOf[0] as Schema, depth + 1);
    const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
    switch (type) {
      case 'string':
        return validString(schema);
      case 'integer':
        return fc.integer({
          min: Math.max(schema.minimum ?? -1000, Number.MIN_SAFE_INTEGER),
          max: Math.min(schema.maximum ?? 1000, Number.MAX_SAFE_INTEGER),
        });
      case 'number':
        return fc.double({ min: schema.minimum ?? -1000, max: schema.maximum ?? 1000, noNaN: true });
      case 'boolean':
        return fc.boolean();
      case 'null':
        return fc.constant(null);
      case 'array':
        return fc.array(valid(schema.items ?? {}, depth + 1), { maxLength: Math.min(schema.maxItems ?? 3, 3) });
      case 'object': {
        const properties = schema.properties ?? {};
        if (Object.keys(properties).length === 0 && typeof schema.additionalProperties === 'object') {
          return fc.dictionary(
            fc.string({ minLength: 1, maxLength: 8 }),
            valid(schema.additionalProperties, depth + 1),
            { maxKeys: 3 },
          );
        }
        return fc.record(Object.fromEntries(Object.entries(properties).map(([k, s]) => [k, valid(s, depth + 1)])), {
          requiredKeys: (schema.required ?? []).filter((k) => k in properties),
        });
      }
      default:
        return fc.jsonValue({ maxDepth: 2 });
    }
  }

  function validString(schema: Schema): fc.Arbitrary<string> {
    switch (schema.format) {
      case 'uuid':
        return fc.oneof(fc.constantFrom(...knownIds), fc.uuid({ version: 7 }));
      case 'email':
        return fc.emailAddress();
      case 'date':
        return fc
          .date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
          .map((d) => d.toISOString().slice(0, 10));
      case 'date-time':
        return fc
          .date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
          .map((d) => d.toISOString());
      case 'uri':
      case 'url':
        return fc.webUrl();
    }
    if (schema.pattern) {
      try {
        return fc.stringMatching(new RegExp(schema.pattern)).filter((s) => s.length <= (schema.maxLength ?? 200));
      } catch {
        // a pattern JavaScript cannot read falls back to a plain string
      }
    }
    const minLength = schema.minLength ?? 0;
    return fc.string({ minLength, maxLength: Math.max(minLength, Math.min(schema.maxLength ?? 30, 30)) });
  }

  return { valid, resolve };
}

/** A request before it is written: its path parameters, query parameters and JSON body. */
type Parts = { path: Record<string, unknown>; query: Record<string, unknown>; body?: unknown };
type Place = (string | number)[];

/** Every place in the parts where a value stands: each parameter, the body, and what is within it. */
function placesIn(value: unknown, at: Place = [], out: Place[] = []): Place[] {
  if (at.length >= 2 || at[0] === 'body') out.push(at);
  // Deep nesting is itself one of the hostile values; what lies inside it is not walked.
  if (at.length > 12) return out;
  if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) placesIn(v, [...at, Array.isArray(value) ? Number(k) : k], out);
  return out;
}

const getAt = (root: unknown, place: Place) =>
  place.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], root);

/** A copy of `root` with `value` at `place`: only the containers on the way are copied. */
function withAt(root: unknown, place: Place, value: unknown): unknown {
  if (place.length === 0) return value;
  const [key, ...rest] = place as [string | number, ...Place];
  const copy = (Array.isArray(root) ? [...root] : { ...(root as object) }) as Record<string | number, unknown>;
  copy[key] = withAt(copy[key], rest, value);
  return copy;
}

/** What makes a request hostile: one bad character, one hostile value, or one hostile object key. */
type Mutation =
  | { kind: 'text'; choice: number; at: number; char: string }
  | { kind: 'value'; choice: number; value: unknown }
  | { kind: 'key'; choice: number; key: string; value: unknown }
  | { kind: 'none' };

function mutate(parts: Parts, mutation: Mutation): Parts {
  const places = placesIn(parts);
  const pick = (candidates: Place[], choice: number) => candidates[choice % candidates.length];
  if (mutation.kind === 'text') {
    const place = pick(
      places.filter((p) => typeof getAt(parts, p) === 'string'),
      mutation.choice,
    );
    if (!place) return { ...parts, query: { ...parts.query, q: mutation.char } };
    const text = getAt(parts, place) as string;
    const at = mutation.at % (text.length + 1);
    return withAt(parts, place, text.slice(0, at) + mutation.char + text.slice(at)) as Parts;
  }
  if (mutation.kind === 'value') {
    const place = pick(places, mutation.choice);
    return place ? (withAt(parts, place, mutation.value) as Parts) : parts;
  }
  if (mutation.kind === 'key') {
    const objects = places.filter((p) => {
      const v = getAt(parts, p);
      return p[0] === 'body' && v !== null && typeof v === 'object' && !Array.isArray(v);
    });
    const place = pick(objects, mutation.choice);
    return place
      ? (withAt(parts, place, { ...(getAt(parts, place) as object), [mutation.key]: mutation.value }) as Parts)
      : parts;
  }
  return parts;
}

const mutationArbitrary: fc.Arbitrary<Mutation> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('text' as const),
      choice: fc.nat(),
      at: fc.nat(),
      char: fc.constantFrom('\u0000', '\ud800', '\udbff', '\udc00', '\udfff'),
    }),
  },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('value' as const), choice: fc.nat(), value: hostileValue }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('key' as const),
      choice: fc.nat(),
      key: hostileString,
      value: hostileValue,
    }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'none' as const }) },
);

/** Percent-encodes the UTF-8 bytes of a string (a lone surrogate becomes U+FFFD's bytes, as in a browser). */
const encode = (value: string) =>
  [...Buffer.from(value, 'utf8')]
    .map((b) =>
      /[A-Za-z0-9\-._~]/.test(String.fromCharCode(b))
        ? String.fromCharCode(b)
        : `%${b.toString(16).toUpperCase().padStart(2, '0')}`,
    )
    .join('');

const asText = (value: unknown) => (typeof value === 'string' ? value : (JSON.stringify(value) ?? ''));

/** Path segments that are not values at all: a broken encoding, a parameter over the router's limit. */
const RAW_SEGMENTS = ['%', '%E0%A4%A', '%ZZ', 'a'.repeat(101), '%2F..%2F', '%00', '%ED%A0%80'];
/** Query string pieces the same way. */
const RAW_QUERIES = ['q=%', 'q=%E0%A4%A', 'cursor=%00', 'q=%ED%A0%80', 'limit=1&limit=2', '__proto__[x]=1', '%ZZ=1'];
/** Headers a client may send wrong: each replaces or joins the request's own. */
const RAW_HEADERS: Record<string, string>[] = [
  { 'accept-language': 'zz-ZZ' },
  { 'accept-language': '*;q=abc, ;q=, ru;q=2' },
  { 'accept-language': 'ru;q=0.5,'.repeat(800) },
  { 'accept-language': 'zh-\u00ff' },
  { cookie: 'ib_session=%' },
  { cookie: `ib_session=${'a'.repeat(8000)}` },
  { cookie: 'ib_session; =;;=; ib_session=%E0%A4%A' },
  { authorization: 'Bearer' },
  { authorization: `Bearer ${'x'.repeat(5000)}` },
  { authorization: 'Basic Og==' },
  { authorization: 'Bearer ib_\u00ff\u00fe' },
  { 'x-forwarded-for': 'not-an-address, , 999.1.1.1' },
  { origin: 'null' },
  { origin: 'http://elsewhere.example' },
  { accept: 'text/html' },
  { accept: 'application/xml;q=1, */*;q=0' },
  { 'if-none-match': '*' },
  { range: 'bytes=5-1' },
];
/** Bodies that are not JSON, or JSON of a kind the parser must refuse. */
const RAW_BODIES: { type: string; payload: string | Buffer }[] = [
  { type: 'application/json', payload: '{' },
  { type: 'application/json', payload: '{"a":' },
  { type: 'application/json', payload: '' },
  { type: 'application/json', payload: '{"x":"\\ud800","y":"\\u0000"}' },
  { type: 'application/json', payload: Buffer.from([0xff, 0xfe, 0x7b, 0x7d]) },
  { type: 'application/json', payload: `${'['.repeat(50_000)}${']'.repeat(50_000)}` },
  { type: 'application/json', payload: `{"a":"${'x'.repeat(1024 * 1024)}"}` },
  { type: 'application/json; charset=utf-16', payload: '{}' },
  { type: 'text/plain', payload: '\u0000' },
  { type: 'application/x-www-form-urlencoded', payload: 'a=%00' },
  { type: 'multipart/form-data', payload: 'no boundary' },
];
/** Now and then, one of these instead of a generated piece. */
const rarely = <T>(values: T[]) =>
  fc.oneof({ weight: 6, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.constantFrom(...values) });

type Request = { method: string; url: string; headers: Record<string, string>; payload?: string | Buffer };

/**
 * Requests to one operation: valid parts from its schemas (real ids for most UUIDs), with one
 * mutation planted; now and then a raw path segment, query piece or body instead.
 */
function requestArbitrary(op: Operation, doc: Doc, knownIds: string[]): fc.Arbitrary<Request> {
  const { valid } = schemaArbitraries(doc, knownIds);
  const pathParams = op.parameters.filter((p) => p.in === 'path');
  const queryParams = op.parameters.filter((p) => p.in === 'query');
  const parts: fc.Arbitrary<Parts> = fc.record({
    path: fc.record(Object.fromEntries(pathParams.map((p) => [p.name, valid(p.schema)]))),
    query: fc.record(Object.fromEntries(queryParams.map((p) => [p.name, valid(p.schema)])), {
      requiredKeys: queryParams.filter((p) => p.required).map((p) => p.name),
    }),
    body: op.body
      ? valid(op.body)
      : op.method === 'GET'
        ? fc.constant(undefined)
        : fc.oneof(fc.constant(undefined), fc.constant(undefined), hostileValue),
  });
  const raw = fc.record({
    segment: pathParams.length > 0 ? rarely(RAW_SEGMENTS) : fc.constant(null),
    query: rarely(RAW_QUERIES),
    body: op.method === 'GET' ? fc.constant(null) : rarely(RAW_BODIES),
    headers: rarely(RAW_HEADERS),
  });

  return fc.tuple(parts, mutationArbitrary, raw).map(([generated, mutation, rawPiece]): Request => {
    const { path, query, body } = mutate(generated, mutation);
    let url = op.path;
    for (const [i, p] of pathParams.entries()) {
      const segment = i === 0 && rawPiece.segment !== null ? rawPiece.segment : encode(asText(path[p.name]));
      url = url.replace(`{${p.name}}`, segment);
    }
    const pairs = Object.entries(query)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `${encode(k)}=${encode(asText(v))}`);
    if (rawPiece.query !== null) pairs.push(rawPiece.query);
    if (pairs.length > 0) url += `?${pairs.join('&')}`;
    const written =
      rawPiece.body ?? (body === undefined ? null : { type: 'application/json', payload: JSON.stringify(body) });
    return {
      method: op.method,
      url,
      headers: { ...(written ? { 'content-type': written.type } : {}), ...(rawPiece.headers ?? {}) },
      ...(written ? { payload: written.payload } : {}),
    };
  });
}

/** Multipart bodies that broke uploads. */
function hostileMultiparts(): { name: string; headers: Record<string, string>; payload: Buffer }[] {
  const good = multipartForm({ kind: 'charter', body: 'hello' }, { name: 'a.pdf', content: PDF });
  const boundary = good.headers['content-type'].split('boundary=')[1] as string;
  const withFields = (fields: Record<string, string>) =>
    multipartForm(fields, { name: 'a.pdf', content: PDF }) as { headers: Record<string, string>; payload: Buffer };
  return [
    { name: 'no boundary', headers: { 'content-type': 'multipart/form-data' }, payload: good.payload },
    { name: 'truncated', headers: good.headers, payload: good.payload.subarray(0, good.payload.length - 30) },
    { name: 'cut in a header', headers: good.headers, payload: good.payload.subarray(0, 40) },
    { name: 'no closing boundary', headers: good.headers, payload: Buffer.from(`--${boundary}\r\n`) },
    { name: 'U+0000 in fields', ...withFields({ kind: 'charter\u0000', body: 'a\u0000b' }) },
    {
      name: 'invalid UTF-8 in a field',
      headers: good.headers,
      payload: Buffer.concat([
        Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="body"\r\n\r\n`),
        Buffer.from([0xed, 0xa0, 0x80, 0xff]),
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]),
    },
    { name: 'too many fields', ...withFields(Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`f${i}`, 'x']))) },
    { name: 'a U+0000 field name', ...withFields({ 'bo\u0000dy': 'x' }) },
    {
      name: 'U+0000 in the file name',
      ...(multipartForm({ kind: 'charter' }, { name: 'a\u0000.pdf', content: PDF }) as {
        headers: Record<string, string>;
        payload: Buffer;
      }),
    },
    {
      name: 'an empty file',
      ...(multipartForm({ kind: 'charter' }, { name: 'a.pdf', content: Buffer.alloc(0) }) as {
        headers: Record<string, string>;
        payload: Buffer;
      }),
    },
  ];
}

// ---- the run ----------------------------------------------------------------------------------

/** Why an answer is wrong, or null. */
function fault(res: LightMyRequestResponse): string | null {
  if (res.statusCode >= 500) return `answered ${res.statusCode}`;
  if (res.statusCode < 400) return null;
  const type = String(res.headers['content-type'] ?? '');
  if (!type.startsWith('application/problem+json')) return `answered ${res.statusCode} as ${type || 'no content type'}`;
  const problem = res.json();
  if (problem.status !== res.statusCode || typeof problem.code !== 'string' || typeof problem.detail !== 'string')
    return `answered ${res.statusCode} with a malformed problem`;
  return null;
}

let t: TestApp;
let doc: Doc;
let operations: Operation[];
let member: Session;
let knownIds: string[];
let conversationId: string;
let applicationId: string;

beforeAll(async () => {
  t = await createTestApp();
  doc = (await t.call('GET', '/api/openapi.json')).json();
  operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({
      method: method.toUpperCase(),
      path,
      summary: op.summary ?? '',
      parameters: op.parameters ?? [],
      body: op.requestBody?.content['application/json']?.schema,
    })),
  );

  // A member of an approved organisation with an opportunity and a conversation with another one.
  const admin = await t.createAdmin();
  const operatorRu = await t.userWithRole(admin, 'fz.op.ru@example.ru', 'operator', 'RU');
  const operatorCn = await t.userWithRole(admin, 'fz.op.cn@example.cn', 'operator', 'CN');
  const owner = await approvedOrganisation(t, operatorRu, 'fz.owner@example.ru', { name: { ru: 'Фаззер' } });
  const other = await approvedOrganisation(t, operatorCn, 'fz.other@example.cn', { jurisdiction: 'CN' });
  member = owner.admin;
  const created = await t.call('POST', '/api/v1/opportunities', {
    as: member,
    body: {
      organizationId: owner.organizationId,
      type: 'technology_offer',
      title: { ru: 'Литий' },
      summary: { ru: 'Извлечение лития.' },
    },
  });
  const opportunityId = created.json().id as string;
  await t.call('POST', `/api/v1/opportunities/${opportunityId}/submit`, { as: member });
  await t.call('POST', `/api/v1/opportunities/${opportunityId}/publish`, { as: operatorRu });
  const interest = await t.call('POST', `/api/v1/opportunities/${opportunityId}/interests`, {
    as: other.admin,
    body: { organizationId: other.organizationId, message: '感兴趣' },
  });
  const accepted = await t.call('POST', `/api/v1/interests/${interest.json().id}/accept`, { as: member });
  if (accepted.statusCode !== 200) throw new Error(accepted.body);
  const registry = (
    await t.call('GET', `/api/v1/organizations/${owner.organizationId}/registry`, { as: member })
  ).json();
  conversationId = accepted.json().conversationId;
  applicationId = registry.applications[0].id;
  knownIds = [
    owner.organizationId,
    other.organizationId,
    member.userId,
    opportunityId,
    interest.json().id,
    conversationId,
    applicationId,
  ];
}, 120_000);
afterAll(() => t.close());

/** Runs every operation (but those `skip` names) as `as`; returns what went wrong, one line each. */
async function fuzzAll(as: Session | null, skip: (op: Operation) => boolean = () => false) {
  const failures: string[] = [];
  let sent = 0;
  for (const [index, op] of operations.entries()) {
    if (skip(op)) continue;
    let last = '';
    const details = await fc.check(
      fc.asyncProperty(requestArbitrary(op, doc, knownIds), async (request) => {
        const res = await t.call(request.method as never, request.url, {
          as,
          headers: request.headers,
          ...(request.payload !== undefined ? { payload: request.payload } : {}),
        });
        sent += 1;
        const wrong = fault(res);
        if (wrong) last = `${wrong}: ${res.body.slice(0, 300)}`;
        return wrong === null;
      }),
      { seed: SEED + index, numRuns: RUNS_PER_OPERATION, endOnFailure: true },
    );
    if (details.failed) {
      const request = details.counterexample?.[0];
      failures.push(
        `${op.method} ${op.path}: ${request?.method} ${request?.url.slice(0, 300)} ${String(request?.payload ?? '').slice(0, 300)} → ${last}`,
      );
    }
  }
  return { failures, sent };
}

describe('every operation of the OpenAPI document, with hostile input', () => {
  it('covers the whole document', () => {
    expect(operations.length).toBeGreaterThan(80);
    expect(operations.filter((op) => op.body).length).toBeGreaterThan(30);
  });

  it('never answers 5xx, and every error is problem+json, anonymously', async () => {
    const { failures, sent } = await fuzzAll(null);
    expect(failures).toEqual([]);
    expect(sent).toBe(operations.length * RUNS_PER_OPERATION);
  }, 120_000);

  it('never answers 5xx, and every error is problem+json, signed in as a member of an organisation', async () => {
    // Signing out would turn the rest of the run anonymous.
    const { failures, sent } = await fuzzAll(member, (op) => op.path === '/api/v1/auth/logout');
    expect(failures).toEqual([]);
    expect(sent).toBe((operations.length - 1) * RUNS_PER_OPERATION);
    // The run was made signed in from start to end.
    expect((await t.call('GET', '/api/v1/me', { as: member })).statusCode).toBe(200);
  }, 120_000);

  it('answers hostile multipart bodies to the upload operations with problem+json', async () => {
    // The document describes uploads in words: a multipart body has no JSON schema.
    const uploads = operations.filter((op) => op.method === 'POST' && /multipart/i.test(op.summary));
    expect(uploads.map((op) => op.path).sort()).toEqual([
      '/api/v1/applications/{id}/documents',
      '/api/v1/conversations/{id}/attachments',
    ]);
    const failures: string[] = [];
    for (const op of uploads) {
      const url = op.path.replace('{id}', op.path.startsWith('/api/v1/conversations') ? conversationId : applicationId);
      for (const form of hostileMultiparts()) {
        for (const as of [null, member]) {
          const res = await t.call('POST', url, { as, headers: form.headers, payload: form.payload });
          const wrong = fault(res);
          if (wrong) failures.push(`${op.method} ${url} (${form.name}, ${as ? 'member' : 'anonymous'}): ${wrong}`);
        }
      }
    }
    expect(failures).toEqual([]);
    // The uploads themselves were reached: a well-formed upload to the conversation still works.
    const good = multipartForm({ body: 'still works' }, { name: 'a.pdf', content: PDF });
    const res = await t.call('POST', `/api/v1/conversations/${conversationId}/attachments`, { as: member, ...good });
    expect(res.statusCode).toBe(201);
  }, 120_000);
});
