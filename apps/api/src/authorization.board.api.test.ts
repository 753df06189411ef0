import type { ErrorCode } from '@innobridge/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { factories, type User } from '../test/factories.js';
import { createTestApp, type TestApp } from '../test/test-app.js';
import { DAY } from './lib/clock.js';

/**
 * The authorisation matrix of the supervisory board: every route, called by each kind of actor with a
 * valid request, so that only who is calling decides the answer. Members see the board's inside; to
 * others it does not exist (404); the secretary prepares meetings, the chair closes items, a platform
 * admin (not a member) manages the composition and rules.
 */

const ACTORS = ['anonymous', 'outsider', 'member', 'secretary', 'chair', 'admin'] as const;
type ActorName = (typeof ACTORS)[number];

type Refusal = { status: 403 | 404 | 409; code: ErrorCode };
type Expected = number | Refusal;
const HIDDEN: Refusal = { status: 404, code: 'board_not_found' };
const NOT_ADMIN: Refusal = { status: 403, code: 'admin_required' };
const NOT_SECRETARY: Refusal = { status: 403, code: 'board_secretary_required' };
const NOT_CHAIR: Refusal = { status: 403, code: 'board_chair_required' };
const NOT_MEMBER: Refusal = { status: 403, code: 'board_member_required' };

type Row = {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  route: string;
  /** Makes what the call acts on, fresh for each actor. */
  prepare?: () => Promise<{ params?: Record<string, string>; body?: unknown }>;
  body?: unknown;
  expect: Record<ActorName, Expected>;
};

let t: TestApp;
const users = {} as Record<Exclude<ActorName, 'anonymous'>, User>;

const adminOnly = (status: number): Record<ActorName, Expected> => ({
  anonymous: 401,
  outsider: NOT_ADMIN,
  member: NOT_ADMIN,
  secretary: NOT_ADMIN,
  chair: NOT_ADMIN,
  admin: status,
});
const insiders = (status: number): Record<ActorName, Expected> => ({
  anonymous: 401,
  outsider: HIDDEN,
  member: status,
  secretary: status,
  chair: status,
  admin: status,
});
const secretaries = (status: number): Record<ActorName, Expected> => ({
  anonymous: 401,
  outsider: HIDDEN,
  member: NOT_SECRETARY,
  secretary: status,
  chair: status,
  admin: NOT_SECRETARY,
});
const voters = (status: number): Record<ActorName, Expected> => ({
  anonymous: 401,
  outsider: HIDDEN,
  member: status,
  secretary: status,
  chair: status,
  admin: NOT_MEMBER,
});

async function call(as: User, method: Row['method'], url: string, body?: unknown) {
  const res = await t.call(method, url, { as, body });
  if (res.statusCode >= 300) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`);
  return res.json();
}

/** A meeting drafted with one item; called (an absentee ballot opens) or opened in person when asked. */
async function meeting(stage: 'draft' | 'ballot' | 'open_in_person' | 'adopted') {
  const form = stage === 'open_in_person' ? 'in_person' : 'absentee';
  const at = new Date(t.clock.now().getTime() + DAY).toISOString();
  const made = await call(users.secretary, 'POST', '/api/v1/board/meetings', {
    title: { en: 'Meeting' },
    form,
    startsAt: at,
    deadline: form === 'absentee' ? at : null,
  });
  const drafted = await call(users.secretary, 'POST', `/api/v1/board/meetings/${made.id}/items`, {
    title: { en: 'Item' },
    resolution: { en: 'Resolved.' },
  });
  const itemId = drafted.items[0].id as string;
  if (stage === 'draft') return { meetingId: made.id as string, itemId };
  await call(users.secretary, 'POST', `/api/v1/board/meetings/${made.id}/call`);
  if (stage === 'open_in_person') await call(users.secretary, 'POST', `/api/v1/board/meetings/${made.id}/open`);
  if (stage === 'adopted') {
    for (const who of [users.member, users.secretary, users.chair]) {
      await call(who, 'PUT', `/api/v1/board/items/${itemId}/vote`, { choice: 'for' });
    }
    t.clock.advance(DAY + 1);
    await call(users.chair, 'GET', `/api/v1/board/meetings/${made.id}`);
  }
  return { meetingId: made.id as string, itemId };
}

// biome-ignore format: one row per route reads best as a table
const matrix: Row[] = [
  { method: 'GET', route: '/api/v1/board/members', expect: insiders(200) },
  {
    method: 'POST', route: '/api/v1/board/members',
    prepare: async () => ({ body: { userId: (await factories(t).user({ signedIn: false })).userId, seat: 'member', side: 'RU', termFrom: '2026-01-01' } }),
    expect: adminOnly(201),
  },
  {
    method: 'PATCH', route: '/api/v1/board/members/:id',
    // a past member's term, so that the board's seats stay three
    prepare: async () => {
      const created = await call(users.admin, 'POST', '/api/v1/board/members', { userId: (await factories(t).user({ signedIn: false })).userId, seat: 'member', side: 'CN', termFrom: '2025-01-01', termTo: '2025-12-31' });
      return { params: { id: created.id }, body: { leave: true, version: created.version } };
    },
    expect: adminOnly(200),
  },
  { method: 'GET', route: '/api/v1/board/rules', expect: insiders(200) },
  {
    method: 'PUT', route: '/api/v1/board/rules',
    prepare: async () => {
      const rules = await call(users.admin, 'GET', '/api/v1/board/rules');
      return { body: { ...rules } };
    },
    expect: adminOnly(200),
  },
  { method: 'GET', route: '/api/v1/board/meetings', expect: insiders(200) },
  { method: 'POST', route: '/api/v1/board/meetings', body: { title: { en: 'Meeting' }, form: 'online' }, expect: secretaries(201) },
  { method: 'GET', route: '/api/v1/board/meetings/:id', prepare: async () => ({ params: { id: (await meeting('draft')).meetingId } }), expect: insiders(200) },
  {
    method: 'POST', route: '/api/v1/board/meetings/:id/items',
    prepare: async () => ({ params: { id: (await meeting('draft')).meetingId }, body: { title: { zh: '议题' }, resolution: { zh: '决议。' } } }),
    expect: secretaries(201),
  },
  { method: 'POST', route: '/api/v1/board/meetings/:id/call', prepare: async () => ({ params: { id: (await meeting('draft')).meetingId } }), expect: secretaries(200) },
  {
    method: 'POST', route: '/api/v1/board/meetings/:id/open',
    prepare: async () => {
      const { meetingId } = await meeting('draft');
      const made = await call(users.secretary, 'POST', '/api/v1/board/meetings', { title: { en: 'In person' }, form: 'in_person', startsAt: new Date(t.clock.now().getTime() + DAY).toISOString() });
      await call(users.secretary, 'POST', `/api/v1/board/meetings/${made.id}/items`, { title: { en: 'Item' }, resolution: { en: 'Resolved.' } });
      await call(users.secretary, 'POST', `/api/v1/board/meetings/${made.id}/call`);
      return { params: { id: made.id ?? meetingId } };
    },
    expect: secretaries(200),
  },
  {
    method: 'POST', route: '/api/v1/board/items/:id/close',
    prepare: async () => ({ params: { id: (await meeting('open_in_person')).itemId } }),
    expect: { anonymous: 401, outsider: HIDDEN, member: NOT_CHAIR, secretary: NOT_CHAIR, chair: 200, admin: NOT_CHAIR },
  },
  { method: 'PUT', route: '/api/v1/board/items/:id/vote', prepare: async () => ({ params: { id: (await meeting('ballot')).itemId } }), body: { choice: 'for' }, expect: voters(200) },
  { method: 'PUT', route: '/api/v1/board/items/:id/conflict', prepare: async () => ({ params: { id: (await meeting('ballot')).itemId } }), body: { declared: true }, expect: voters(200) },
  { method: 'POST', route: '/api/v1/board/items/:id/publish', prepare: async () => ({ params: { id: (await meeting('adopted')).itemId } }), expect: secretaries(200) },
  { method: 'GET', route: '/api/v1/board/resolutions', expect: { anonymous: 200, outsider: 200, member: 200, secretary: 200, chair: 200, admin: 200 } },
];

beforeAll(async () => {
  t = await createTestApp();
  const f = factories(t);
  users.admin = await f.user({ roles: [{ role: 'admin' }] });
  users.outsider = await f.user();
  users.member = await f.user();
  users.secretary = await f.user();
  users.chair = await f.user();
  for (const [who, seat] of [
    ['member', 'member'],
    ['secretary', 'secretary'],
    ['chair', 'chair'],
  ] as const) {
    await call(users.admin, 'POST', '/api/v1/board/members', {
      userId: users[who].userId,
      seat,
      side: 'RU',
      termFrom: '2026-01-01',
    });
  }
});

afterAll(async () => {
  await t.close();
});

const statusOf = (expected: Expected) => (typeof expected === 'number' ? expected : expected.status);

for (const row of matrix) {
  describe(`${row.method} ${row.route}`, () => {
    for (const actor of ACTORS) {
      const expected = row.expect[actor];
      it(`answers ${statusOf(expected)} to ${actor}`, async () => {
        const prepared = row.prepare ? await row.prepare() : {};
        const url = row.route.replace(/:(\w+)/g, (_, name: string) => prepared.params?.[name] ?? '');
        const body = prepared.body ?? row.body;
        const as = actor === 'anonymous' ? null : users[actor];
        const res = await t.call(row.method, url, { as, body });
        expect(res.statusCode, res.body).toBe(statusOf(expected));
        if (typeof expected !== 'number') expect(res.json().code).toBe(expected.code);
      });
    }
  });
}
