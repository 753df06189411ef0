import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { type ErrorCode, withCheckDigits } from '@innobridge/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, PASSWORD, type Session, type TestApp, tokenFromLink } from '../test/test-app.js';
import { totpCodeAt } from './modules/identity/index.js';

/**
 * The authorisation matrix: every route of the identity, organizations, audit and alerts modules, called by
 * each kind of actor with a valid request, so that only who is calling decides the answer.
 */

const ACTORS = ['anonymous', 'stranger', 'member', 'orgAdmin', 'operator', 'admin'] as const;
type ActorName = (typeof ACTORS)[number];
const WHO: Record<ActorName, string> = {
  anonymous: 'an anonymous caller',
  stranger: 'a member of another organisation',
  member: 'a member of the organisation',
  orgAdmin: "the organisation's admin",
  operator: 'an operator',
  admin: 'a platform admin',
};

type Refusal = { status: 403; code: ErrorCode };
type Expected = number | Refusal;
const NOT_MEMBER: Refusal = { status: 403, code: 'organization_forbidden' };
const NOT_ORG_ADMIN: Refusal = { status: 403, code: 'organization_admin_required' };
const NOT_ADMIN: Refusal = { status: 403, code: 'admin_required' };
const NOT_AUDIT_ADMIN: Refusal = { status: 403, code: 'audit_admin_required' };

/** What one call needs beyond the row: path parameters, a body, another session of the same actor, a clean-up. */
type Prepared = { params?: Record<string, string>; body?: unknown; as?: Session | null; cleanUp?: () => Promise<void> };
type Row = {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  route: string;
  body?: unknown;
  /** Makes what the call consumes (a token, an invitation, a member to remove), fresh for each actor. */
  prepare?: (actor: ActorName, as: Session | null) => Promise<Prepared>;
  expect: Record<ActorName, Expected>;
};

let t: TestApp;
const sessions = {} as Record<Exclude<ActorName, 'anonymous'>, Session>;
let orgId: string;
let thirdOrgAdmin: Session;
let thirdOrgId: string;
let roleTargetId: string;
let twoFactorRecoveryCodes: string[];

let serial = 0;
const fresh = (what: string) => `${what}-${++serial}@matrix.test`;
const orgBody = () => ({
  type: 'company',
  jurisdiction: 'RU',
  city: 'Moscow',
  legalId: withCheckDigits('inn', String(770_100_000 + ++serial)),
  name: { ru: `Организация ${serial}`, en: `Organisation ${serial}` },
});

async function createOrg(as: Session) {
  const res = await t.call('POST', '/api/v1/organizations', { as, body: orgBody() });
  if (res.statusCode !== 201) throw new Error(`create failed: ${res.body}`);
  return res.json().id as string;
}

async function invite(organizationId: string, by: Session, email: string) {
  const res = await t.call('POST', `/api/v1/organizations/${organizationId}/invitations`, { as: by, body: { email } });
  if (res.statusCode !== 201) throw new Error(`invite failed: ${res.body}`);
  await t.runJobs();
  return { id: res.json().id as string, token: tokenFromLink(t.mail.to(email).at(-1), '/invitations/accept') };
}

async function join(organizationId: string, by: Session, session: Session) {
  const { token } = await invite(organizationId, by, session.email);
  const res = await t.call('POST', '/api/v1/invitations/accept', { as: session, body: { token } });
  if (res.statusCode !== 200) throw new Error(`accept failed: ${res.body}`);
}

async function currentSessionId(session: Session) {
  const res = await t.call('GET', '/api/v1/me/sessions', { as: session });
  return (res.json().items as { id: string; current: boolean }[]).find((s) => s.current)?.id as string;
}

async function mailedToken(email: string, page: string) {
  await t.runJobs();
  return tokenFromLink(t.mail.to(email).at(-1), page);
}

beforeAll(async () => {
  t = await createTestApp();
  sessions.admin = await t.createAdmin('admin@matrix.test');
  sessions.operator = await t.userWithRole(sessions.admin, 'operator@matrix.test', 'operator', 'RU');
  sessions.orgAdmin = await t.signUp('org-admin@matrix.test');
  orgId = await createOrg(sessions.orgAdmin);
  sessions.member = await t.signUp('member@matrix.test');
  await join(orgId, sessions.orgAdmin, sessions.member);
  sessions.stranger = await t.signUp('stranger@matrix.test');
  await createOrg(sessions.stranger);
  // Invitations that each actor accepts come from an organisation none of them belongs to.
  thirdOrgAdmin = await t.signUp('third@matrix.test');
  thirdOrgId = await createOrg(thirdOrgAdmin);
  roleTargetId = (await t.signUp('role-target@matrix.test')).userId;
  await t.signUp('login-target@matrix.test');
  await t.signUp('reset-target@matrix.test');
  twoFactorRecoveryCodes = (await t.enableTwoFactor(await t.signUp('two-factor@matrix.test'))).recoveryCodes;
});
afterAll(() => t.close());

const NEW_PASSWORD = 'matrix changed secret 7';
/** An authenticator's code `steps` periods from now: each use of a secret needs a later step than the last. */
const codeAhead = (secret: string, steps: number) =>
  totpCodeAt(secret, new Date(t.clock.now().getTime() + steps * 30_000));

/** Turns two-factor sign-in off again after a row turned it on, with a code of a step not used yet. */
async function turnTwoFactorOff(as: Session, secret: string) {
  const res = await t.call('POST', '/api/v1/me/two-factor/disable', {
    as,
    body: { password: PASSWORD, code: codeAhead(secret, 1) },
  });
  if (res.statusCode !== 204) throw new Error(`turning two-factor off failed: ${res.body}`);
}

/** A saved search of the organisation's admin, fresh for each call: only its owner reaches it. */
async function ownSavedSearch(): Promise<{ id: string; token: string }> {
  // Those a refused call left behind are removed first, so the owner's limit is never reached.
  const kept = (await t.call('GET', '/api/v1/me/saved-searches', { as: sessions.orgAdmin })).json().items as {
    id: string;
  }[];
  for (const old of kept) await t.call('DELETE', `/api/v1/me/saved-searches/${old.id}`, { as: sessions.orgAdmin });
  const res = await t.call('POST', '/api/v1/me/saved-searches', {
    as: sessions.orgAdmin,
    body: { name: 'Matrix', query: { q: 'matrix' } },
  });
  if (res.statusCode !== 201) throw new Error(`saving a search failed: ${res.body}`);
  const saved = res.json();
  return { id: saved.id, token: String(saved.feedUrl).split('/').at(-1) as string };
}
const OWNER_ONLY = (ok: number) => ({
  anonymous: 401,
  stranger: 404,
  member: 404,
  orgAdmin: ok,
  operator: 404,
  admin: 404,
});
const savedSearchParams = async () => {
  const saved = await ownSavedSearch();
  return {
    params: { id: saved.id },
    cleanUp: () =>
      t.call('DELETE', `/api/v1/me/saved-searches/${saved.id}`, { as: sessions.orgAdmin }).then(() => undefined),
  };
};

/** What every caller gets alike. */
const EVERYONE = (e: Expected): Row['expect'] => ({
  anonymous: e,
  stranger: e,
  member: e,
  orgAdmin: e,
  operator: e,
  admin: e,
});
/** An unknown link: `alerts_link_invalid`. */
const LINK_INVALID = 404;
const unknownLink = async () => ({ params: { token: 'no-such-token-0000000000000000000000000000' } });

// biome-ignore format: one row per route reads best as a table
const matrix: Row[] = [
  // Saved searches (alerts module): a person's own; another's is not told apart from none.
  {
    method: 'GET', route: '/api/v1/me/saved-searches',
    expect: { anonymous: 401, stranger: 200, member: 200, orgAdmin: 200, operator: 200, admin: 200 },
  },
  {
    method: 'POST', route: '/api/v1/me/saved-searches', body: { name: 'Mine', query: {} },
    expect: { anonymous: 401, stranger: 201, member: 201, orgAdmin: 201, operator: 201, admin: 201 },
  },
  { method: 'GET', route: '/api/v1/me/saved-searches/:id', prepare: savedSearchParams, expect: OWNER_ONLY(200) },
  {
    method: 'PATCH', route: '/api/v1/me/saved-searches/:id', body: { name: 'Renamed', version: 1 },
    prepare: savedSearchParams, expect: OWNER_ONLY(200),
  },
  { method: 'DELETE', route: '/api/v1/me/saved-searches/:id', prepare: savedSearchParams, expect: OWNER_ONLY(204) },
  { method: 'POST', route: '/api/v1/me/saved-searches/:id/feed-token', prepare: savedSearchParams, expect: OWNER_ONLY(200) },
  {
    method: 'PUT', route: '/api/v1/me/saved-searches/:id/webhook', body: { url: 'https://hooks.example.com/in' },
    prepare: savedSearchParams, expect: OWNER_ONLY(200),
  },
  { method: 'DELETE', route: '/api/v1/me/saved-searches/:id/webhook', prepare: savedSearchParams, expect: OWNER_ONLY(200) },
  {
    // The feed's secret address is the key: anyone who has it reads it, signed in or not.
    method: 'GET', route: '/api/v1/feeds/saved-searches/:token',
    prepare: async () => ({ params: { token: (await ownSavedSearch()).token } }),
    expect: { anonymous: 200, stranger: 200, member: 200, orgAdmin: 200, operator: 200, admin: 200 },
  },
  // An alert's unsubscribe link: its token is the key, and one that names no saved search is refused alike
  // to everyone (what a real link does is tested in alerts.api.test.ts).
  { method: 'GET', route: '/api/v1/alerts/unsubscribe/:token', prepare: unknownLink, expect: EVERYONE(LINK_INVALID) },
  { method: 'POST', route: '/api/v1/alerts/unsubscribe/:token', prepare: unknownLink, expect: EVERYONE(LINK_INVALID) },
  // identity: signing up and in is open to everyone
  {
    method: 'POST', route: '/api/v1/auth/signup',
    prepare: async () => ({ body: { email: fresh('signup'), password: PASSWORD, displayName: 'New' } }),
    expect: { anonymous: 202, stranger: 202, member: 202, orgAdmin: 202, operator: 202, admin: 202 },
  },
  {
    method: 'POST', route: '/api/v1/auth/confirm-email',
    prepare: async () => {
      const email = fresh('confirm');
      await t.call('POST', '/api/v1/auth/signup', { body: { email, password: PASSWORD, displayName: 'Pending' } });
      return { body: { token: await mailedToken(email, '/confirm-email') } };
    },
    expect: { anonymous: 200, stranger: 200, member: 200, orgAdmin: 200, operator: 200, admin: 200 },
  },
  {
    method: 'POST', route: '/api/v1/auth/resend-confirmation', body: { email: 'nobody@matrix.test' },
    expect: { anonymous: 202, stranger: 202, member: 202, orgAdmin: 202, operator: 202, admin: 202 },
  },
  {
    method: 'POST', route: '/api/v1/auth/login', body: { email: 'login-target@matrix.test', password: PASSWORD },
    expect: { anonymous: 200, stranger: 200, member: 200, orgAdmin: 200, operator: 200, admin: 200 },
  },
  {
    // a second session of the same actor, so that signing out does not end the one the other rows use
    method: 'POST', route: '/api/v1/auth/logout',
    prepare: async (_actor, as) => ({ as: as && (await t.signIn(as.email)) }),
    expect: { anonymous: 204, stranger: 204, member: 204, orgAdmin: 204, operator: 204, admin: 204 },
  },
  {
    method: 'POST', route: '/api/v1/auth/password-reset/request', body: { email: 'reset-target@matrix.test' },
    expect: { anonymous: 202, stranger: 202, member: 202, orgAdmin: 202, operator: 202, admin: 202 },
  },
  {
    method: 'POST', route: '/api/v1/auth/password-reset/confirm',
    // an account of its own for each actor: reset links to one e-mail are limited to a few an hour
    prepare: async () => {
      const email = fresh('reset');
      await t.signUp(email);
      await t.call('POST', '/api/v1/auth/password-reset/request', { body: { email } });
      return { body: { token: await mailedToken(email, '/reset-password'), password: `reset passphrase ${++serial}` } };
    },
    expect: { anonymous: 204, stranger: 204, member: 204, orgAdmin: 204, operator: 204, admin: 204 },
  },

  // identity: one's own account, for anyone signed in
  {
    method: 'GET', route: '/api/v1/me',
    expect: { anonymous: 401, stranger: 200, member: 200, orgAdmin: 200, operator: 200, admin: 200 },
  },
  {
    method: 'PATCH', route: '/api/v1/me', body: { timeZone: 'Europe/Moscow' },
    expect: { anonymous: 401, stranger: 200, member: 200, orgAdmin: 200, operator: 200, admin: 200 },
  },
  {
    method: 'POST', route: '/api/v1/me/password', body: { currentPassword: PASSWORD, newPassword: NEW_PASSWORD },
    prepare: async (_actor, as) => ({
      // this session survives the change; the password is set back so the other rows can sign in
      cleanUp: async () => {
        const back = await t.call('POST', '/api/v1/me/password', { as, body: { currentPassword: NEW_PASSWORD, newPassword: PASSWORD } });
        if (back.statusCode !== 204) throw new Error(`restore failed: ${back.body}`);
      },
    }),
    expect: { anonymous: 401, stranger: 204, member: 204, orgAdmin: 204, operator: 204, admin: 204 },
  },
  {
    method: 'GET', route: '/api/v1/me/sessions',
    expect: { anonymous: 401, stranger: 200, member: 200, orgAdmin: 200, operator: 200, admin: 200 },
  },
  {
    method: 'DELETE', route: '/api/v1/me/sessions/:id',
    prepare: async (_actor, as) => ({ params: { id: as ? await currentSessionId(await t.signIn(as.email)) : randomUUID() } }),
    expect: { anonymous: 401, stranger: 204, member: 204, orgAdmin: 204, operator: 204, admin: 204 },
  },
  {
    method: 'GET', route: '/api/v1/me/api-tokens',
    expect: { anonymous: 401, stranger: 200, member: 200, orgAdmin: 200, operator: 200, admin: 200 },
  },
  {
    method: 'POST', route: '/api/v1/me/api-tokens', body: { name: 'matrix', scopes: ['read'] },
    expect: { anonymous: 401, stranger: 201, member: 201, orgAdmin: 201, operator: 201, admin: 201 },
  },
  {
    method: 'DELETE', route: '/api/v1/me/api-tokens/:id',
    prepare: async (_actor, as) => {
      if (!as) return { params: { id: randomUUID() } };
      const created = await t.call('POST', '/api/v1/me/api-tokens', { as, body: { name: 'to revoke', scopes: ['read'] } });
      return { params: { id: created.json().id } };
    },
    expect: { anonymous: 401, stranger: 204, member: 204, orgAdmin: 204, operator: 204, admin: 204 },
  },

  // identity: two-factor sign-in, for anyone signed in; admins have it on and must keep it
  {
    method: 'POST', route: '/api/v1/auth/login/two-factor',
    prepare: async () => {
      const login = await t.call('POST', '/api/v1/auth/login', { body: { email: 'two-factor@matrix.test', password: PASSWORD } });
      return { body: { challengeToken: login.json().challengeToken, code: twoFactorRecoveryCodes.shift() } };
    },
    expect: { anonymous: 200, stranger: 200, member: 200, orgAdmin: 200, operator: 200, admin: 200 },
  },
  {
    method: 'POST', route: '/api/v1/me/two-factor/setup', body: { password: PASSWORD },
    expect: { anonymous: 401, stranger: 200, member: 200, orgAdmin: 200, operator: 200, admin: 409 },
  },
  {
    method: 'POST', route: '/api/v1/me/two-factor/enable',
    prepare: async (actor, as) => {
      if (!as || actor === 'admin') return { body: { code: '000000' } };
      const setup = await t.call('POST', '/api/v1/me/two-factor/setup', { as, body: { password: PASSWORD } });
      const secret: string = setup.json().secret;
      return { body: { code: codeAhead(secret, 0) }, cleanUp: () => turnTwoFactorOff(as, secret) };
    },
    expect: { anonymous: 401, stranger: 200, member: 200, orgAdmin: 200, operator: 200, admin: 409 },
  },
  {
    method: 'POST', route: '/api/v1/me/two-factor/disable',
    prepare: async (actor, as) => {
      if (!as || actor === 'admin') return { body: { password: PASSWORD, code: '000000' } };
      const { recoveryCodes } = await t.enableTwoFactor(as);
      return { body: { password: PASSWORD, code: recoveryCodes[0] } };
    },
    expect: {
      anonymous: 401, stranger: 204, member: 204, orgAdmin: 204, operator: 204,
      admin: { status: 403, code: 'two_factor_required_for_role' },
    },
  },
  {
    method: 'POST', route: '/api/v1/me/two-factor/recovery-codes',
    prepare: async (actor, as) => {
      if (!as) return { body: { code: '000000' } };
      if (actor === 'admin') return { body: { code: codeAhead(t.twoFactorSecretOf(as.email) as string, 1) } };
      const { secret } = await t.enableTwoFactor(as);
      // The enabling code took this step and the row's code the next: off again one step later.
      const cleanUp = async () => {
        t.clock.advance(30_000);
        await turnTwoFactorOff(as, secret);
      };
      return { body: { code: codeAhead(secret, 1) }, cleanUp };
    },
    expect: { anonymous: 401, stranger: 200, member: 200, orgAdmin: 200, operator: 200, admin: 200 },
  },

  // identity: administration, for platform admins only
  {
    method: 'GET', route: '/api/v1/admin/users',
    expect: { anonymous: 401, stranger: NOT_ADMIN, member: NOT_ADMIN, orgAdmin: NOT_ADMIN, operator: NOT_ADMIN, admin: 200 },
  },
  {
    method: 'POST', route: '/api/v1/admin/users/:id/roles', body: { role: 'board_member' },
    prepare: async () => ({ params: { id: roleTargetId } }),
    expect: { anonymous: 401, stranger: NOT_ADMIN, member: NOT_ADMIN, orgAdmin: NOT_ADMIN, operator: NOT_ADMIN, admin: 201 },
  },
  {
    method: 'DELETE', route: '/api/v1/admin/users/:id/roles/:grantId',
    prepare: async () => {
      const grant = await t.call('POST', `/api/v1/admin/users/${roleTargetId}/roles`, { as: sessions.admin, body: { role: 'operator', jurisdiction: 'CN' } });
      return { params: { id: roleTargetId, grantId: grant.json().id } };
    },
    expect: { anonymous: 401, stranger: NOT_ADMIN, member: NOT_ADMIN, orgAdmin: NOT_ADMIN, operator: NOT_ADMIN, admin: 204 },
  },
  {
    method: 'DELETE', route: '/api/v1/admin/users/:id/two-factor',
    prepare: async () => {
      const target = await t.signUp(fresh('lost-phone'));
      await t.enableTwoFactor(target);
      return { params: { id: target.userId } };
    },
    expect: { anonymous: 401, stranger: NOT_ADMIN, member: NOT_ADMIN, orgAdmin: NOT_ADMIN, operator: NOT_ADMIN, admin: 204 },
  },

  // organizations: the public registry
  {
    method: 'GET', route: '/api/v1/organizations',
    expect: { anonymous: 200, stranger: 200, member: 200, orgAdmin: 200, operator: 200, admin: 200 },
  },
  {
    method: 'POST', route: '/api/v1/organizations',
    prepare: async () => ({ body: orgBody() }),
    expect: { anonymous: 401, stranger: 201, member: 201, orgAdmin: 201, operator: 201, admin: 201 },
  },
  {
    // the organisation has no status: a visitor sees only what the public registry shows
    method: 'GET', route: '/api/v1/organizations/:id',
    expect: { anonymous: 404, stranger: 200, member: 200, orgAdmin: 200, operator: 200, admin: 200 },
  },
  {
    method: 'PATCH', route: '/api/v1/organizations/:id', body: { city: 'Moscow' },
    expect: { anonymous: 401, stranger: NOT_MEMBER, member: NOT_ORG_ADMIN, orgAdmin: 200, operator: NOT_MEMBER, admin: 200 },
  },

  // organizations: members
  {
    method: 'GET', route: '/api/v1/organizations/:id/members',
    expect: { anonymous: 401, stranger: NOT_MEMBER, member: 200, orgAdmin: 200, operator: 200, admin: 200 },
  },
  {
    method: 'PATCH', route: '/api/v1/organizations/:id/members/:userId', body: { role: 'member' },
    prepare: async () => ({ params: { userId: sessions.member.userId } }),
    expect: { anonymous: 401, stranger: NOT_MEMBER, member: NOT_ORG_ADMIN, orgAdmin: 200, operator: NOT_MEMBER, admin: 200 },
  },
  {
    // someone else than the caller: leaving is everyone's own right, removing others is not
    method: 'DELETE', route: '/api/v1/organizations/:id/members/:userId',
    prepare: async () => {
      const someone = await t.signUp(fresh('removable'));
      await join(orgId, sessions.orgAdmin, someone);
      return { params: { userId: someone.userId } };
    },
    expect: { anonymous: 401, stranger: NOT_MEMBER, member: NOT_ORG_ADMIN, orgAdmin: 204, operator: NOT_MEMBER, admin: 204 },
  },

  // organizations: invitations
  {
    method: 'GET', route: '/api/v1/organizations/:id/invitations',
    expect: { anonymous: 401, stranger: NOT_MEMBER, member: NOT_ORG_ADMIN, orgAdmin: 200, operator: NOT_MEMBER, admin: 200 },
  },
  {
    method: 'POST', route: '/api/v1/organizations/:id/invitations',
    prepare: async () => ({ body: { email: fresh('invitee') } }),
    expect: { anonymous: 401, stranger: NOT_MEMBER, member: NOT_ORG_ADMIN, orgAdmin: 201, operator: NOT_MEMBER, admin: 201 },
  },
  {
    method: 'DELETE', route: '/api/v1/organizations/:id/invitations/:invitationId',
    prepare: async () => ({ params: { invitationId: (await invite(orgId, sessions.orgAdmin, fresh('withdrawn'))).id } }),
    expect: { anonymous: 401, stranger: NOT_MEMBER, member: NOT_ORG_ADMIN, orgAdmin: 204, operator: NOT_MEMBER, admin: 204 },
  },
  {
    // an invitation addressed to the caller, from an organisation they do not belong to yet
    method: 'POST', route: '/api/v1/invitations/accept',
    prepare: async (_actor, as) => ({ body: { token: (await invite(thirdOrgId, thirdOrgAdmin, as?.email ?? fresh('nobody'))).token } }),
    expect: { anonymous: 401, stranger: 200, member: 200, orgAdmin: 200, operator: 200, admin: 200 },
  },

  // audit
  {
    method: 'GET', route: '/api/v1/admin/audit',
    expect: { anonymous: 401, stranger: NOT_AUDIT_ADMIN, member: NOT_AUDIT_ADMIN, orgAdmin: NOT_AUDIT_ADMIN, operator: NOT_AUDIT_ADMIN, admin: 200 },
  },
  {
    method: 'GET', route: '/api/v1/admin/audit/verify',
    expect: { anonymous: 401, stranger: NOT_AUDIT_ADMIN, member: NOT_AUDIT_ADMIN, orgAdmin: NOT_AUDIT_ADMIN, operator: NOT_AUDIT_ADMIN, admin: 200 },
  },
];

const statusOf = (e: Expected) => (typeof e === 'number' ? e : e.status);
const describeExpected = (e: Expected) => (typeof e === 'number' ? String(e) : `${e.status} ${e.code}`);

for (const row of matrix) {
  describe(`${row.method} ${row.route}`, () => {
    for (const actor of ACTORS) {
      const expected = row.expect[actor];
      it(`answers ${describeExpected(expected)} to ${WHO[actor]}`, async () => {
        const as = actor === 'anonymous' ? null : sessions[actor];
        const prepared = (await row.prepare?.(actor, as)) ?? {};
        const params: Record<string, string> = { id: orgId, ...prepared.params };
        const url = row.route.replace(/:(\w+)/g, (_, name: string) => {
          const value = params[name];
          if (!value) throw new Error(`no value for :${name}`);
          return value;
        });
        const body = 'body' in prepared ? prepared.body : row.body;
        const res = await t.call(row.method, url, { as: 'as' in prepared ? prepared.as : as, body });

        expect(res.statusCode, res.body).toBe(statusOf(expected));
        if (typeof expected !== 'number') expect(res.json().code).toBe(expected.code);
        if (expected === 401) expect(res.json().code).toBe('unauthenticated');
        if (statusOf(expected) >= 400) expect(res.headers['content-type']).toContain('application/problem+json');
        if (res.statusCode < 300) await prepared.cleanUp?.();
      });
    }
  });
}

describe('the matrix', () => {
  it('lists every route of the identity, organizations, audit and alerts modules', () => {
    const files = [
      'modules/identity/accounts/accounts.routes.ts',
      'modules/identity/sessions/sessions.routes.ts',
      'modules/identity/two-factor/two-factor.routes.ts',
      'modules/identity/api-tokens/api-tokens.routes.ts',
      'modules/identity/users/users.routes.ts',
      'modules/organizations/organizations.routes.ts',
      'modules/audit/audit.routes.ts',
      'modules/alerts/alerts.routes.ts',
    ];
    const declared = files.flatMap((file) =>
      [
        ...fs
          .readFileSync(new URL(file, import.meta.url), 'utf8')
          .matchAll(/\br\.(get|post|put|patch|delete)\(\s*'([^']+)'/g),
      ].map(([, method, route]) => `${method?.toUpperCase()} ${route}`),
    );
    expect(declared.length).toBeGreaterThan(25);
    expect(matrix.map((row) => `${row.method} ${row.route}`).sort()).toEqual(declared.sort());
  });
});
