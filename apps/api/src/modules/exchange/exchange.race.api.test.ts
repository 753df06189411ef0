import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { approvedOrganisation } from '../../../test/registry-helpers.js';
import { createTestApp, type Session, type TestApp } from '../../../test/test-app.js';

// Real concurrency needs PostgreSQL (TEST_DATABASE_URL); on PGlite the requests are serialised and
// the outcome must be the same: exactly one moderation decision.
let t: TestApp;
let first: Session;
let second: Session;
let owner: { admin: Session; organizationId: string };

beforeAll(async () => {
  t = await createTestApp();
  const admin = await t.createAdmin();
  first = await t.userWithRole(admin, 'race.first.moderator@example.ru', 'operator', 'RU');
  second = await t.userWithRole(admin, 'race.second.moderator@example.ru', 'operator', 'RU');
  owner = await approvedOrganisation(t, first, 'race.offer.owner@example.ru');
});
afterAll(() => t.close());

const count = async (sqlText: string, params: unknown[]) =>
  ((await t.database.query(sqlText, params)).rows[0] as { n: number }).n;

describe('two operators moderating the same opportunity at once', () => {
  it('records one decision; the other operator gets a 409 that says what happened', async () => {
    for (let round = 0; round < 3; round++) {
      const created = await t.call('POST', '/api/v1/opportunities', {
        as: owner.admin,
        body: {
          organizationId: owner.organizationId,
          type: 'business_offer',
          title: { ru: `Литьё под давлением ${round}` },
          summary: { ru: 'Серийное производство' },
        },
      });
      const id = created.json().id as string;
      expect((await t.call('POST', `/api/v1/opportunities/${id}/submit`, { as: owner.admin })).statusCode).toBe(200);

      const results = await Promise.all([
        t.call('POST', `/api/v1/opportunities/${id}/publish`, { as: first, locale: 'en' }),
        t.call('POST', `/api/v1/opportunities/${id}/return`, {
          as: second,
          locale: 'en',
          body: { reason: 'Add an English summary.' },
        }),
      ]);
      expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
      const loser = results.find((r) => r.statusCode === 409)?.json();
      expect(['opportunity_changed', 'opportunity_state_conflict']).toContain(loser.code);
      expect(loser.detail).toMatch(/published|draft/);

      const winner = results.find((r) => r.statusCode === 200)?.json();
      const stored = await t.call('GET', `/api/v1/opportunities/${id}`, { as: owner.admin });
      expect(stored.json().state).toBe(winner.state);
      const decisions = await count(
        `select count(*)::int as n from audit_log where subject_type = 'opportunity' and subject_id = $1
           and action in ('opportunity.publish', 'opportunity.return')`,
        [id],
      );
      expect(decisions).toBe(1);
      const notices = await count(
        `select count(*)::int as n from notifications where link = $1
           and kind in ('opportunity_published', 'opportunity_returned')`,
        [`/opportunities/${id}`],
      );
      expect(notices).toBe(1);
    }
  });
});
