import { withCheckDigits } from '@innobridge/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app.js';

// Meaningful on PostgreSQL (several connections); on PGlite the requests are serialised and the
// same outcome must hold.
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
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
    const [a, b] = await Promise.all([t.signUp('race-a@example.com'), t.signUp('race-b@example.com')]);
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
    const members = await t.database.query('select count(*)::int as n from organization_members');
    expect(members.rows[0]?.n).toBe(1);
  });

  it('keeps one admin when the last two admins remove each other at once; the later finds itself removed', async () => {
    const a = await t.signUp('admin-a@example.com');
    const created = await t.call('POST', '/api/v1/organizations', {
      as: a,
      body: body(withCheckDigits('inn', '771234568'), 'Третья'),
    });
    const orgId = created.json().id as string;
    await t.call('POST', `/api/v1/organizations/${orgId}/invitations`, {
      as: a,
      body: { email: 'admin-b@example.com', role: 'admin' },
    });
    const b = await t.signUp('admin-b@example.com');
    await t.runJobs();
    const mail = t.mail.to('admin-b@example.com').find((m) => m.text.includes('/invitations/accept'));
    const token = /token=([\w-]+)/.exec(mail?.text ?? '')?.[1];
    expect((await t.call('POST', '/api/v1/invitations/accept', { as: b, body: { token } })).statusCode).toBe(200);

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
