import type { ErrorCode, ServiceBody } from '@innobridge/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Factories, factories, type User } from '../test/factories.js';
import { createTestApp, type TestApp } from '../test/test-app.js';

/**
 * The authorisation matrix of the support services: every route, called by each kind of actor with a
 * valid request, so that only who is calling decides the answer. The provider is a Moscow partner
 * organisation an operator approved; its services are the provider's.
 */

const ACTORS = ['anonymous', 'stranger', 'member', 'orgAdmin', 'operator', 'foreignOperator'] as const;
type ActorName = (typeof ACTORS)[number];
type Refusal = { status: 401 | 403 | 404; code: ErrorCode };
type Expected = number | Refusal;

const NOT_SIGNED_IN: Refusal = { status: 401, code: 'unauthenticated' };
const NOT_OPERATOR: Refusal = { status: 403, code: 'service_provider_forbidden' };
const NOT_PROVIDER: Refusal = { status: 403, code: 'service_forbidden' };
const HIDDEN: Refusal = { status: 404, code: 'service_not_found' };
const NOT_MEMBER: Refusal = { status: 403, code: 'service_organization_forbidden' };

let t: TestApp;
let f: Factories;
const people = {} as Record<Exclude<ActorName, 'anonymous'>, User>;
let providerId: string;

const body = (): ServiceBody => ({
  providerId,
  category: 'legal',
  title: { en: 'Contract review' },
  description: { en: 'A lawyer reviews a contract with a partner abroad.' },
  cost: { kind: 'free' },
  deadlineDays: 5,
  rules: [],
  form: { fields: [] },
});

/** A fresh draft of the provider's. */
async function draft() {
  const res = await t.call('POST', '/api/v1/services', { as: people.orgAdmin, body: body() });
  if (res.statusCode !== 201) throw new Error(res.body);
  const s = res.json();
  return { params: { id: s.id as string }, body: { version: s.version as number } };
}

/** A fresh published service of the provider's. */
async function publishedService() {
  const d = await draft();
  const res = await t.call('POST', `/api/v1/services/${d.params.id}/publish`, { as: people.orgAdmin, body: d.body });
  const s = res.json();
  return { params: { id: s.id as string }, body: { version: s.version as number } };
}

/** A published service of the Moscow operator's, open to all. */
async function operatorService() {
  const res = await t.call('POST', '/api/v1/services', {
    as: people.operator,
    body: { ...body(), providerId: 'operator-ru', form: { fields: [] } },
  });
  const s = res.json();
  await t.call('POST', `/api/v1/services/${s.id}/publish`, { as: people.operator, body: { version: s.version } });
  return s.id as string;
}

/** An application of the provider organisation's for the operator's service, taken as far as asked. */
async function application(until: 'submitted' | 'delivered') {
  const serviceId = await operatorService();
  const res = await t.call('POST', `/api/v1/services/${serviceId}/applications`, {
    as: people.orgAdmin,
    body: { organizationId: providerId, answers: {}, submit: true },
  });
  let a = res.json();
  if (until === 'delivered') {
    for (const action of ['take', 'approve', 'deliver']) {
      a = (
        await t.call('POST', `/api/v1/service-applications/${a.id}/steps/${action}`, {
          as: people.operator,
          body: { version: a.version },
        })
      ).json();
    }
  }
  return { params: { id: a.id as string, action: 'take' }, body: { version: a.version as number } };
}

const NOT_APPLICANT: Refusal = { status: 403, code: 'service_application_forbidden' };
const NO_APPLICATION: Refusal = { status: 404, code: 'service_application_not_found' };

type Row = {
  method: 'GET' | 'POST' | 'PATCH';
  route: string;
  prepare?: () => Promise<{ params?: Record<string, string>; body?: unknown }>;
  body?: unknown;
  expect: Record<ActorName, Expected>;
};

// biome-ignore format: one row per route reads best as a table
const matrix: Row[] = [
  {
    method: 'GET', route: '/api/v1/service-providers',
    expect: { anonymous: 200, stranger: 200, member: 200, orgAdmin: 200, operator: 200, foreignOperator: 200 },
  },
  {
    method: 'POST', route: '/api/v1/service-providers',
    prepare: async () => ({ body: { organizationId: providerId } }),
    expect: {
      anonymous: NOT_SIGNED_IN,
      stranger: NOT_OPERATOR,
      member: NOT_OPERATOR,
      orgAdmin: NOT_OPERATOR,
      operator: 200,
      foreignOperator: 200,
    },
  },
  {
    method: 'POST', route: '/api/v1/service-providers/:id/revoke',
    // Revoked and approved again at once by the operator, so that the next row finds it approved.
    prepare: async () => ({ params: { id: providerId } }),
    expect: {
      anonymous: NOT_SIGNED_IN,
      stranger: NOT_OPERATOR,
      member: NOT_OPERATOR,
      orgAdmin: NOT_OPERATOR,
      operator: 200,
      foreignOperator: 200,
    },
  },
  {
    method: 'GET', route: '/api/v1/services',
    expect: { anonymous: 200, stranger: 200, member: 200, orgAdmin: 200, operator: 200, foreignOperator: 200 },
  },
  {
    method: 'GET', route: '/api/v1/services?organization=:org',
    prepare: async () => ({ params: { org: providerId } }),
    expect: {
      anonymous: NOT_SIGNED_IN,
      stranger: NOT_MEMBER,
      member: 200,
      orgAdmin: 200,
      operator: NOT_MEMBER,
      foreignOperator: NOT_MEMBER,
    },
  },
  {
    method: 'GET', route: '/api/v1/me/services',
    expect: {
      anonymous: NOT_SIGNED_IN,
      stranger: 200,
      member: 200,
      orgAdmin: 200,
      operator: 200,
      foreignOperator: 200,
    },
  },
  {
    method: 'POST', route: '/api/v1/services',
    prepare: async () => ({ body: body() }),
    expect: {
      anonymous: NOT_SIGNED_IN,
      stranger: NOT_OPERATOR,
      member: 201,
      orgAdmin: 201,
      operator: NOT_OPERATOR,
      foreignOperator: NOT_OPERATOR,
    },
  },
  {
    method: 'GET', route: '/api/v1/services/:id',
    prepare: draft,
    expect: {
      anonymous: HIDDEN,
      stranger: HIDDEN,
      member: 200,
      orgAdmin: 200,
      operator: HIDDEN,
      foreignOperator: HIDDEN,
    },
  },
  {
    method: 'PATCH', route: '/api/v1/services/:id',
    prepare: async () => {
      const d = await draft();
      return { params: d.params, body: { version: d.body.version, deadlineDays: 7 } };
    },
    expect: {
      anonymous: NOT_SIGNED_IN,
      stranger: NOT_PROVIDER,
      member: 200,
      orgAdmin: 200,
      operator: NOT_PROVIDER,
      foreignOperator: NOT_PROVIDER,
    },
  },
  {
    method: 'POST', route: '/api/v1/services/:id/publish',
    prepare: draft,
    expect: {
      anonymous: NOT_SIGNED_IN,
      stranger: NOT_PROVIDER,
      member: 200,
      orgAdmin: 200,
      operator: NOT_PROVIDER,
      foreignOperator: NOT_PROVIDER,
    },
  },
  {
    method: 'POST', route: '/api/v1/services/:id/withdraw',
    prepare: publishedService,
    expect: {
      anonymous: NOT_SIGNED_IN,
      stranger: NOT_PROVIDER,
      member: 200,
      orgAdmin: 200,
      operator: NOT_PROVIDER,
      foreignOperator: NOT_PROVIDER,
    },
  },
  {
    method: 'POST', route: '/api/v1/services/:id/applications',
    prepare: async () => ({
      params: { id: await operatorService() },
      body: { organizationId: providerId, answers: {}, submit: true },
    }),
    expect: {
      anonymous: NOT_SIGNED_IN,
      stranger: NOT_MEMBER,
      member: 201,
      orgAdmin: 201,
      operator: NOT_MEMBER,
      foreignOperator: NOT_MEMBER,
    },
  },
  {
    method: 'GET', route: '/api/v1/services/:id/applications',
    prepare: async () => ({ params: { id: await operatorService() } }),
    expect: {
      anonymous: NOT_SIGNED_IN,
      stranger: NOT_PROVIDER,
      member: NOT_PROVIDER,
      orgAdmin: NOT_PROVIDER,
      operator: 200,
      foreignOperator: NOT_PROVIDER,
    },
  },
  {
    method: 'GET', route: '/api/v1/service-applications/:id',
    prepare: () => application('submitted'),
    expect: {
      anonymous: NOT_SIGNED_IN,
      stranger: NO_APPLICATION,
      member: 200,
      orgAdmin: 200,
      operator: 200,
      foreignOperator: NO_APPLICATION,
    },
  },
  {
    method: 'POST', route: '/api/v1/service-applications/:id/steps/:action',
    prepare: () => application('submitted'),
    expect: {
      anonymous: NOT_SIGNED_IN,
      stranger: NOT_APPLICANT,
      member: NOT_APPLICANT,
      orgAdmin: NOT_APPLICANT,
      operator: 200,
      foreignOperator: NOT_APPLICANT,
    },
  },
  {
    method: 'POST', route: '/api/v1/service-applications/:id/rating',
    prepare: async () => ({ ...(await application('delivered')), body: { score: 4 } }),
    expect: {
      anonymous: NOT_SIGNED_IN,
      stranger: NO_APPLICATION,
      member: 200,
      orgAdmin: 200,
      operator: NOT_APPLICANT,
      foreignOperator: NO_APPLICATION,
    },
  },
];

beforeAll(async () => {
  t = await createTestApp();
  f = factories(t);
  people.operator = await f.operator('RU');
  people.foreignOperator = await f.operator('CN');
  people.stranger = await f.user();
  const org = await f.organizationWithStatus({ operator: people.operator });
  people.orgAdmin = org.admin;
  people.member = await f.member(org.organizationId, org.admin);
  providerId = org.organizationId;
  const res = await t.call('POST', '/api/v1/service-providers', {
    as: people.operator,
    body: { organizationId: providerId },
  });
  if (res.statusCode !== 200) throw new Error(res.body);
});
afterAll(() => t?.close());

const statusOf = (e: Expected) => (typeof e === 'number' ? e : e.status);

for (const row of matrix) {
  describe(`${row.method} ${row.route}`, () => {
    for (const actor of ACTORS) {
      const expected = row.expect[actor];
      it(`answers ${typeof expected === 'number' ? expected : `${expected.status} ${expected.code}`} to ${actor}`, async () => {
        const prepared = (await row.prepare?.()) ?? {};
        const params = prepared.params ?? {};
        const url = row.route.replace(/:(\w+)/g, (_, name: string) => params[name] ?? '');
        const as = actor === 'anonymous' ? undefined : people[actor];
        const res = await t.call(row.method, url, { as, body: 'body' in prepared ? prepared.body : row.body });
        expect(res.statusCode, res.body).toBe(statusOf(expected));
        if (typeof expected !== 'number') expect(res.json().code).toBe(expected.code);
        // A revocation is undone at once, so that the provider stays approved for the rows after it.
        if (row.route.endsWith('/revoke') && res.statusCode === 200) {
          await t.call('POST', '/api/v1/service-providers', {
            as: people.operator,
            body: { organizationId: providerId },
          });
        }
      });
    }
  });
}
