import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organisationWithAdmin, submittedApplication } from '../../../test/registry-helpers.js';
import { createTestApp, type TestApp } from '../../../test/test-app.js';

// Real concurrency needs PostgreSQL (TEST_DATABASE_URL); on PGlite the requests are serialised and
// the outcome must be the same: exactly one decision.
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const CRITERIA = [
  'legal_entity_verified',
  'registered_in_cluster_territory',
  'documents_complete',
  'no_exclusion_grounds',
];

describe('two operators deciding the same application at once', () => {
  it('records exactly one decision; the other operator gets a 409 that says what happened', async () => {
    const admin = await t.createAdmin();
    const first = await t.userWithRole(admin, 'first.operator@example.ru', 'operator', 'RU');
    const second = await t.userWithRole(admin, 'second.operator@example.ru', 'operator', 'RU');
    for (let round = 0; round < 3; round++) {
      const { admin: applicant, organizationId } = await organisationWithAdmin(t, `race${round}@example.ru`);
      const application = await submittedApplication(t, applicant, organizationId);
      await t.call('POST', `/api/v1/applications/${application.id}/take`, { as: first });

      const results = await Promise.all([
        t.call('POST', `/api/v1/applications/${application.id}/approve`, {
          as: first,
          locale: 'en',
          body: { checklist: CRITERIA, reason: 'approve' },
        }),
        t.call('POST', `/api/v1/applications/${application.id}/reject`, {
          as: second,
          locale: 'en',
          body: { reason: 'reject' },
        }),
      ]);
      const statuses = results.map((r) => r.statusCode).sort();
      expect(statuses).toEqual([200, 409]);
      const loser = results.find((r) => r.statusCode === 409)?.json();
      expect(['application_changed', 'application_state_conflict']).toContain(loser.code);
      expect(loser.detail).toMatch(/approved|rejected/);

      const winner = results.find((r) => r.statusCode === 200)?.json();
      const decisions = await t.database.query(
        `select count(*)::int as n from application_messages where application_id = $1 and kind = 'decision'`,
        [application.id],
      );
      expect(decisions.rows[0]?.n).toBe(1);
      const history = await t.database.query(
        `select to_status from status_history where organization_id = $1 order by at desc, id desc limit 1`,
        [organizationId],
      );
      expect(history.rows[0]?.to_status).toBe(winner.state === 'approved' ? 'participant' : 'none');
      const org = await t.call('GET', `/api/v1/organizations/${organizationId}`, { as: admin });
      expect(org.json().status).toBe(winner.state === 'approved' ? 'participant' : 'none');
    }
  });
});
