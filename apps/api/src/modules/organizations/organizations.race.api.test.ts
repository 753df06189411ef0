import { withCheckDigits } from '@innobridge/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Factories, factories } from '../../../test/factories.js';
import { createTestApp, type TestApp } from '../../../test/test-app.js';

// Meaningful on PostgreSQL (several connections); on PGlite the requests are serialised and the
// same outcome must hold.
let t: TestApp;
let f: Factories;
beforeAll(async () => {
  t = await createTestApp();
  f = factories(t);
});
afterAll(() => t.close());

const body = (legalId: string, name: string) => ({
  type: 'startup',
  jurisdiction: 'RU',
  city: 'Moscow',
  legalId,
  name: { ru: name },
});

describe('concurrent changes', () => {
  it('registers one organisation when two people register the same identifier at once', async () => {
    const [a, b] = [await f.user(), await f.user()];
    const legalId = withCheckDigits('inn', '771234567');
    const results = await Promise.all([
      t.call('POST', '/api/v1/organizations', { as: a, body: body(legalId, 'Первая') }),
      t.call('POST', '/api/v1/organizations', { as: b, body: body(legalId, 'Вторая') }),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    const loser = results.find((r) => r.statusCode === 409);
    const winner = results.find((r) => r.statusCode === 201);
    // The winner is not in the public registry yet, so the loser learns only that the number is taken.
    expect(loser?.json().code).toBe('legal_id_registered');
    expect(loser?.body).not.toContain(winner?.json().id);
    const stored = await t.database.query('select count(*)::int as n from organizations where legal_id = $1', [
      legalId,
    ]);
    expect(stored.rows[0]?.n).toBe(1);
    const members = await t.database.query(
      'select count(*)::int as n from organization_members where user_id = any($1::uuid[])',
      [[a.userId, b.userId]],
    );
    expect(members.rows[0]?.n).toBe(1);
  });

  it('keeps one admin when the last two admins remove each other at once; the later finds itself removed', async () => {
    const a = await f.user();
    const orgId = (await f.organization(a, { type: 'startup', name: { ru: 'Третья' } })).id;
    const b = await f.member(orgId, a, { role: 'admin' });

    const results = await Promise.all([
      t.call('DELETE', `/api/v1/organizations/${orgId}/members/${b.userId}`, { as: a }),
      t.call('DELETE', `/api/v1/organizations/${orgId}/members/${a.userId}`, { as: b }),
    ]);
    // Whichever takes the organisation's lock first removes the other; the second, checked under the
    // same lock, is no longer a member of the organisation.
    expect(results.map((r) => r.statusCode).sort()).toEqual([204, 403]);
    expect(results.find((r) => r.statusCode === 403)?.json().code).toBe('organization_forbidden');
    const admins = await t.database.query(
      `select count(*)::int as n from organization_members where organization_id = $1 and role = 'admin'`,
      [orgId],
    );
    expect(admins.rows[0]?.n).toBe(1);
  });
});
