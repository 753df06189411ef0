import type { ErrorCode } from '@innobridge/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { beijingForum } from '../test/events-helpers.js';
import { type Factories, factories } from '../test/factories.js';
import { createTestApp, type Session, type TestApp } from '../test/test-app.js';

/**
 * The authorisation matrix of the events module: every route, called by each kind of actor with a
 * valid request, so that only who is calling decides the answer. The event is organised by an approved
 * organiser organisation (the organiser is its member); the registrant is registered for it; the
 * outsider is signed in and nothing more. Listed by the exchange's matrix, which checks that every
 * operation of the API has its row somewhere.
 */

const ACTORS = ['anonymous', 'outsider', 'registrant', 'organiser', 'operator', 'admin'] as const;
type ActorName = (typeof ACTORS)[number];

type Refusal = { status: 403 | 404 | 409; code: ErrorCode };
type Expected = number | Refusal;
const NOT_ORGANISER: Refusal = { status: 403, code: 'event_organizer_required' };
const NOT_OPERATOR: Refusal = { status: 403, code: 'operator_required' };
const NOT_REGISTERED: Refusal = { status: 404, code: 'event_registration_not_found' };

type Prepared = { params?: Record<string, string>; body?: unknown };
type Row = {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  route: string;
  body?: unknown;
  /** Makes what the call consumes, fresh for each actor. */
  prepare?: (actor: ActorName) => Promise<Prepared>;
  expect: Record<ActorName, Expected>;
};

let t: TestApp;
let f: Factories;
const sessions = {} as Record<Exclude<ActorName, 'anonymous'>, Session>;
let organizerOrgId: string;
let eventId: string;

async function newEvent(publish: boolean): Promise<string> {
  const created = await t.call('POST', '/api/v1/events', {
    as: sessions.organiser,
    body: beijingForum({ organizerOrganizationId: organizerOrgId }),
  });
  if (created.statusCode !== 201) throw new Error(created.body);
  const id = created.json().id as string;
  if (publish) await t.call('POST', `/api/v1/events/${id}/publish`, { as: sessions.organiser });
  return id;
}

/** A published event with the actor registered (when signed in), for routes that change a registration. */
async function registeredEvent(actor: ActorName): Promise<Prepared> {
  const id = await newEvent(true);
  if (actor !== 'anonymous') {
    await t.call('POST', `/api/v1/events/${id}/registration`, { as: sessions[actor], body: {} });
  }
  return { params: { id } };
}

beforeAll(async () => {
  t = await createTestApp();
  f = factories(t);
  sessions.outsider = await f.user();
  sessions.registrant = await f.user();
  sessions.organiser = await f.user();
  sessions.operator = await f.operator('RU');
  sessions.admin = await f.admin();
  organizerOrgId = (await f.organization(sessions.organiser, { jurisdiction: 'CN', place: 'CN-BJ' })).id;
  await t.call('POST', '/api/v1/event-organizers', { as: sessions.operator, body: { organizationId: organizerOrgId } });
  eventId = await newEvent(true);
  await t.call('POST', `/api/v1/events/${eventId}/registration`, { as: sessions.registrant, body: { listed: true } });
});
afterAll(() => t.close());

const all = (status: number): Record<ActorName, Expected> =>
  Object.fromEntries(ACTORS.map((a) => [a, status])) as Record<ActorName, Expected>;
const signedIn = (status: number): Record<ActorName, Expected> => ({ ...all(status), anonymous: 401 });
const organisers = (status: number): Record<ActorName, Expected> => ({
  anonymous: 401,
  outsider: NOT_ORGANISER,
  registrant: NOT_ORGANISER,
  organiser: status,
  operator: status,
  admin: status,
});
const operators = (status: number): Record<ActorName, Expected> => ({
  anonymous: 401,
  outsider: NOT_OPERATOR,
  registrant: NOT_OPERATOR,
  organiser: NOT_OPERATOR,
  operator: status,
  admin: status,
});
const fresh = (publish: boolean) => async () => ({ params: { id: await newEvent(publish) } });

// biome-ignore format: one row per line of the table
const matrix: Row[] = [
  { method: 'GET', route: '/api/v1/events', expect: all(200) },
  {
    method: 'POST', route: '/api/v1/events', body: beijingForum(),
    expect: { ...organisers(201), organiser: NOT_ORGANISER },
  },
  { method: 'GET', route: '/api/v1/events/:id', expect: all(200) },
  {
    method: 'PUT', route: '/api/v1/events/:id',
    prepare: async () => {
      const id = await newEvent(false);
      return { params: { id }, body: { ...beijingForum(), version: 1 } };
    },
    expect: { ...organisers(200), outsider: { status: 404, code: 'event_not_found' }, registrant: { status: 404, code: 'event_not_found' } },
  },
  {
    method: 'POST', route: '/api/v1/events/:id/publish', prepare: fresh(false),
    expect: { ...organisers(200), outsider: { status: 404, code: 'event_not_found' }, registrant: { status: 404, code: 'event_not_found' } },
  },
  { method: 'POST', route: '/api/v1/events/:id/cancel', prepare: fresh(true), expect: organisers(200) },
  { method: 'POST', route: '/api/v1/events/:id/registration', prepare: fresh(true), body: {}, expect: signedIn(200) },
  { method: 'DELETE', route: '/api/v1/events/:id/registration', prepare: registeredEvent, expect: signedIn(200) },
  { method: 'GET', route: '/api/v1/events/:id/attendees', expect: all(200) },
  { method: 'GET', route: '/api/v1/events/:id/attendees.csv', expect: organisers(200) },
  { method: 'GET', route: '/api/v1/events/:id/calendar.ics', expect: all(200) },
  {
    method: 'GET', route: '/api/v1/events/:id/badge',
    expect: { anonymous: 401, outsider: NOT_REGISTERED, registrant: 200, organiser: NOT_REGISTERED, operator: NOT_REGISTERED, admin: NOT_REGISTERED },
  },
  { method: 'POST', route: '/api/v1/events/:id/badge/reissue', prepare: registeredEvent, expect: signedIn(200) },
  {
    method: 'POST', route: '/api/v1/events/:id/check-in',
    prepare: async () => {
      const { params } = await registeredEvent('registrant');
      const code = (await t.call('GET', `/api/v1/events/${params?.id}/badge`, { as: sessions.registrant })).json().code;
      return { params, body: { code } };
    },
    expect: organisers(200),
  },
  { method: 'GET', route: '/api/v1/events/:id/figures', expect: organisers(200) },
  { method: 'GET', route: '/api/v1/event-organizers', expect: operators(200) },
  {
    method: 'POST', route: '/api/v1/event-organizers',
    prepare: async () => ({ body: { organizationId: (await f.organization(sessions.outsider, { jurisdiction: 'RU' })).id } }),
    expect: operators(201),
  },
  {
    method: 'POST', route: '/api/v1/event-organizers/:organizationId/revoke',
    prepare: async () => {
      const organizationId = (await f.organization(sessions.outsider, { jurisdiction: 'RU' })).id;
      await t.call('POST', '/api/v1/event-organizers', { as: sessions.operator, body: { organizationId } });
      return { params: { organizationId } };
    },
    expect: operators(200),
  },
];

const statusOf = (e: Expected) => (typeof e === 'number' ? e : e.status);
const describeExpected = (e: Expected) => (typeof e === 'number' ? String(e) : `${e.status} ${e.code}`);

for (const row of matrix) {
  describe(`${row.method} ${row.route}`, () => {
    for (const actor of ACTORS) {
      const expected = row.expect[actor];
      it(`answers ${describeExpected(expected)} to ${actor}`, async () => {
        const as = actor === 'anonymous' ? null : sessions[actor];
        const prepared = (await row.prepare?.(actor)) ?? {};
        const params: Record<string, string> = { id: eventId, ...prepared.params };
        const url = row.route.replace(/:(\w+)/g, (_, name: string) => {
          const value = params[name];
          if (!value) throw new Error(`no value for :${name}`);
          return value;
        });
        const body = 'body' in prepared ? prepared.body : row.body;
        const res = await t.call(row.method, url, { as, body });
        expect(res.statusCode, res.body).toBe(statusOf(expected));
        if (typeof expected !== 'number') expect(res.json().code).toBe(expected.code);
        if (expected === 401) expect(res.json().code).toBe('unauthenticated');
      });
    }
  });
}
