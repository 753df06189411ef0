import { randomUUID } from 'node:crypto';
import type { ErrorCode } from '@innobridge/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertEvent, insertRegistration } from '../test/events-fixture.js';
import { factories, type User } from '../test/factories.js';
import { createTestApp, type TestApp } from '../test/test-app.js';

/**
 * The authorisation matrix of B2B meetings: every route, called by each kind of actor with a valid
 * request, so that only who is calling decides the answer. The event (in pick mode) is organised by
 * an organisation on the Chinese side; `participant` asks `recipient` for the meetings the rows use.
 */

const ACTORS = [
  'anonymous',
  'outsider',
  'waitlisted',
  'participant',
  'recipient',
  'organiserMember',
  'operator',
  'foreignOperator',
  'admin',
] as const;
type ActorName = (typeof ACTORS)[number];
const WHO: Record<ActorName, string> = {
  anonymous: 'an anonymous caller',
  outsider: 'a signed-in person not registered for the event',
  waitlisted: 'a person on the waiting list',
  participant: 'a registered participant (the requester)',
  recipient: 'the registered participant asked for a meeting',
  organiserMember: "a member of the event's organising organisation",
  operator: "an operator of the event's side",
  foreignOperator: 'an operator of the other side',
  admin: 'a platform admin',
};

type Refusal = { status: 403 | 404 | 409; code: ErrorCode };
type Expected = number | Refusal;
const NOT_REGISTERED: Refusal = { status: 403, code: 'meetings_registration_required' };
const NOT_ORGANISER: Refusal = { status: 403, code: 'meetings_organiser_required' };
const NOT_FOUND: Refusal = { status: 404, code: 'meeting_request_not_found' };

type Prepared = { params?: Record<string, string>; body?: unknown };
type Row = {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  route: string;
  body?: unknown;
  prepare?: (actor: ActorName) => Promise<Prepared>;
  perActor?: true;
  expect: Record<ActorName, Expected>;
};

let t: TestApp;
const sessions = {} as Record<Exclude<ActorName, 'anonymous'>, User>;
let eventId: string;
const registrations = {} as Record<'participant' | 'recipient' | 'host', string>;
let pastSlot: string;
let futureSlot: string;
let table = 0;

/** Everyone but the anonymous caller gets `signed`; the anonymous caller 401. */
const signed = (value: Expected): Record<ActorName, Expected> =>
  Object.fromEntries(ACTORS.map((a) => [a, a === 'anonymous' ? 401 : value])) as Record<ActorName, Expected>;
const participants = (ok: number) => ({ ...signed(NOT_REGISTERED), participant: ok, recipient: ok });
const organisers = (ok: number) => ({ ...signed(NOT_ORGANISER), organiserMember: ok, operator: ok, admin: ok });

/** A fresh meeting between participant and recipient (any open one between them is cancelled first). */
async function meeting(state: 'requested' | 'accepted' | 'placed'): Promise<string> {
  await t.database.query(
    "update meeting_requests set state = 'cancelled', slot_id = null, table_number = null where event_id = $1 and state in ('requested', 'accepted')",
    [eventId],
  );
  const id = randomUUID();
  const placed = state === 'placed';
  await t.database.query(
    `insert into meeting_requests (id, event_id, requester_id, recipient_id, message, state, slot_id, table_number,
       created_at, updated_at) values ($1, $2, $3, $4, 'Meet?', $5, $6, $7, $8, $8)`,
    [
      id,
      eventId,
      registrations.participant,
      registrations.recipient,
      state === 'requested' ? 'requested' : 'accepted',
      placed ? pastSlot : null,
      placed ? ++table : null,
      t.clock.now(),
    ],
  );
  return id;
}

async function newSlot(): Promise<string> {
  const res = await t.call('POST', `/api/v1/events/${eventId}/meetings/manage/slots`, {
    as: sessions.operator,
    body: { startsAt: '2026-09-10T05:00:00Z', endsAt: '2026-09-10T05:20:00Z', tables: 3 },
  });
  return res.json().id;
}

beforeAll(async () => {
  t = await createTestApp();
  const f = factories(t);
  sessions.outsider = await f.user();
  sessions.waitlisted = await f.user();
  sessions.participant = await f.user({ locale: 'ru' });
  sessions.recipient = await f.user({ locale: 'zh' });
  sessions.organiserMember = await f.user();
  sessions.operator = await f.operator('CN');
  sessions.foreignOperator = await f.operator('RU');
  sessions.admin = await f.admin();
  const organiserOrg = await f.organization(sessions.organiserMember, { jurisdiction: 'CN' });
  eventId = await insertEvent(t, sessions.operator.userId, { organizerOrganizationId: organiserOrg.id });
  await insertRegistration(t, eventId, sessions.waitlisted.userId, { state: 'waitlisted' });
  registrations.participant = await insertRegistration(t, eventId, sessions.participant.userId);
  registrations.recipient = await insertRegistration(t, eventId, sessions.recipient.userId);
  const host = await f.user();
  registrations.host = await insertRegistration(t, eventId, host.userId);
  for (const [who, session] of [
    ['participant', sessions.participant],
    ['recipient', sessions.recipient],
    ['host', host],
  ] as const) {
    const res = await t.call('PUT', `/api/v1/events/${eventId}/meetings/profile`, {
      as: session,
      body: { offer: { en: `${who} offers` }, seek: { en: 'partners' }, languages: ['en'] },
    });
    if (res.statusCode !== 200) throw new Error(res.body);
  }
  const made = await t.call('POST', `/api/v1/events/${eventId}/meetings/manage/slots`, {
    as: sessions.operator,
    body: { startsAt: '2026-03-01T02:00:00Z', endsAt: '2026-03-01T02:20:00Z', tables: 1000 },
  });
  pastSlot = made.json().id;
  futureSlot = await newSlot();
});
afterAll(() => t.close());

const ofMeeting = (state: 'requested' | 'accepted' | 'placed') => async () => ({
  params: { id: await meeting(state) },
});

// biome-ignore format: one row per route keeps the matrix readable
const matrix: Row[] = [
  { method: 'GET', route: '/api/v1/events/:eventId/meetings', expect: signed(200) },
  { method: 'GET', route: '/api/v1/events/:eventId/meetings/profile', expect: participants(200) },
  {
    method: 'PUT', route: '/api/v1/events/:eventId/meetings/profile',
    body: { offer: { en: 'Batteries' }, seek: { en: 'Buyers' }, languages: ['en'] },
    expect: participants(200),
  },
  { method: 'PUT', route: '/api/v1/events/:eventId/meetings/availability', body: { slotIds: [] }, expect: participants(200) },
  {
    method: 'GET', route: '/api/v1/events/:eventId/meetings/participants',
    expect: { ...participants(200), organiserMember: 200, operator: 200, admin: 200 },
  },
  { method: 'GET', route: '/api/v1/events/:eventId/meetings/requests', expect: participants(200) },
  {
    method: 'POST', route: '/api/v1/events/:eventId/meetings/requests',
    prepare: async () => {
      await t.database.query(
        "update meeting_requests set state = 'cancelled' where recipient_id = $1 and state = 'requested'",
        [registrations.host],
      );
      return { body: { recipientId: registrations.host, message: 'Meet?' } };
    },
    perActor: true,
    expect: participants(201),
  },
  {
    method: 'POST', route: '/api/v1/events/:eventId/meetings/requests/:id/accept',
    prepare: async () => ({ ...(await ofMeeting('requested')()), body: { slotId: futureSlot } }),
    expect: { ...participants(200), participant: NOT_FOUND },
  },
  {
    method: 'POST', route: '/api/v1/events/:eventId/meetings/requests/:id/decline', body: { reason: 'Busy' },
    prepare: ofMeeting('requested'),
    expect: { ...participants(200), participant: NOT_FOUND },
  },
  {
    method: 'POST', route: '/api/v1/events/:eventId/meetings/requests/:id/cancel',
    prepare: ofMeeting('accepted'),
    expect: participants(200),
  },
  {
    method: 'POST', route: '/api/v1/events/:eventId/meetings/requests/:id/held',
    prepare: ofMeeting('placed'),
    expect: participants(200),
  },
  { method: 'GET', route: '/api/v1/events/:eventId/meetings/agenda', expect: participants(200) },
  { method: 'GET', route: '/api/v1/events/:eventId/meetings/agenda.ics', expect: participants(200) },
  { method: 'GET', route: '/api/v1/events/:eventId/meetings/manage', expect: organisers(200) },
  {
    method: 'POST', route: '/api/v1/events/:eventId/meetings/manage/slots',
    body: { startsAt: '2026-09-10T06:00:00Z', endsAt: '2026-09-10T06:20:00Z', tables: 4 },
    expect: organisers(201),
  },
  {
    method: 'PUT', route: '/api/v1/events/:eventId/meetings/manage/slots/:slotId',
    body: { startsAt: '2026-09-10T07:00:00Z', endsAt: '2026-09-10T07:20:00Z', tables: 5 },
    prepare: async () => ({ params: { slotId: await newSlot() } }),
    expect: organisers(200),
  },
  {
    method: 'DELETE', route: '/api/v1/events/:eventId/meetings/manage/slots/:slotId',
    prepare: async () => ({ params: { slotId: await newSlot() } }),
    expect: organisers(204),
  },
  {
    method: 'PUT', route: '/api/v1/events/:eventId/meetings/manage/meetings/:id/place',
    prepare: async () => ({ ...(await ofMeeting('accepted')()), body: { slotId: futureSlot, locked: true } }),
    expect: organisers(200),
  },
  {
    method: 'POST', route: '/api/v1/events/:eventId/meetings/manage/meetings/:id/unlock',
    prepare: ofMeeting('accepted'),
    expect: organisers(200),
  },
  {
    method: 'PATCH', route: '/api/v1/events/:eventId/meetings/manage/meetings/:id', body: { interpreter: true },
    prepare: ofMeeting('accepted'),
    expect: organisers(200),
  },
  { method: 'POST', route: '/api/v1/events/:eventId/meetings/manage/schedule', expect: organisers(200) },
  { method: 'POST', route: '/api/v1/events/:eventId/meetings/manage/publish', expect: organisers(200) },
];

const statusOf = (e: Expected) => (typeof e === 'number' ? e : e.status);
const describeExpected = (e: Expected) => (typeof e === 'number' ? String(e) : `${e.status} ${e.code}`);

for (const row of matrix) {
  describe(`${row.method} ${row.route}`, () => {
    let forRefusals: Promise<Prepared> | undefined;
    for (const actor of ACTORS) {
      const expected = row.expect[actor];
      it(`answers ${describeExpected(expected)} to ${WHO[actor]}`, async () => {
        const as = actor === 'anonymous' ? null : sessions[actor];
        const prepare = async () => (await row.prepare?.(actor)) ?? {};
        const refused = statusOf(expected) >= 400 && !row.perActor;
        if (refused) forRefusals ??= prepare();
        const prepared = refused && forRefusals ? await forRefusals : await prepare();
        const params: Record<string, string> = { eventId, ...prepared.params };
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
        if (statusOf(expected) >= 400) expect(res.headers['content-type']).toContain('application/problem+json');
      });
    }
  });
}
