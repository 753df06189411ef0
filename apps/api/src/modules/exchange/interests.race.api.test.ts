import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { approvedOrganisation } from '../../../test/registry-helpers.js';
import { createTestApp, type Session, type TestApp, tokenFromLink } from '../../../test/test-app.js';

// Real concurrency needs PostgreSQL (TEST_DATABASE_URL); on PGlite the requests are serialised and
// the outcome must be the same.
let t: TestApp;
let operator: Session;
let owner: { admin: Session; organizationId: string };
let colleague: Session;
let sender: { admin: Session; organizationId: string };

beforeAll(async () => {
  t = await createTestApp();
  const admin = await t.createAdmin();
  operator = await t.userWithRole(admin, 'race.op@example.ru', 'operator', 'RU');
  owner = await approvedOrganisation(t, operator, 'race.owner@example.ru');
  sender = await approvedOrganisation(t, operator, 'race.sender@example.ru');
  // A second admin of the owner, through the real invitation flow.
  const invited = await t.call('POST', `/api/v1/organizations/${owner.organizationId}/invitations`, {
    as: owner.admin,
    body: { email: 'race.colleague@example.ru', role: 'admin' },
  });
  if (invited.statusCode !== 201) throw new Error(invited.body);
  await t.runJobs();
  const token = tokenFromLink(t.mail.to('race.colleague@example.ru').at(-1), '/invitations/accept');
  colleague = await t.signUp('race.colleague@example.ru');
  const accepted = await t.call('POST', '/api/v1/invitations/accept', { as: colleague, body: { token } });
  if (accepted.statusCode !== 200) throw new Error(accepted.body);
});
afterAll(() => t.close());

async function publishedOffer(title: string) {
  const created = await t.call('POST', '/api/v1/opportunities', {
    as: owner.admin,
    body: {
      organizationId: owner.organizationId,
      type: 'business_offer',
      title: { ru: title },
      summary: { ru: title },
    },
  });
  const id = created.json().id as string;
  await t.call('POST', `/api/v1/opportunities/${id}/submit`, { as: owner.admin });
  await t.call('POST', `/api/v1/opportunities/${id}/publish`, { as: operator });
  return id;
}

const count = async (sqlText: string, params: unknown[]) =>
  (await t.database.query(sqlText, params)).rows[0] as { n: number };

describe('races on expressions of interest', () => {
  it('keeps one interest when the same one is sent twice at once', async () => {
    const opportunityId = await publishedOffer('Контрактное производство');
    const send = () =>
      t.call('POST', `/api/v1/opportunities/${opportunityId}/interests`, {
        as: sender.admin,
        body: { organizationId: sender.organizationId, message: 'Интересно' },
      });
    const results = await Promise.all([send(), send()]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 201]);
    expect(results[0]?.json().id).toBe(results[1]?.json().id);
    const rows = await count('select count(*)::int as n from interests where opportunity_id = $1', [opportunityId]);
    expect(rows.n).toBe(1);
  });

  it('records one decision when two members accept and decline at once; one conversation at most', async () => {
    for (let round = 0; round < 3; round++) {
      const opportunityId = await publishedOffer(`Дистрибуция ${round}`);
      const interest = (
        await t.call('POST', `/api/v1/opportunities/${opportunityId}/interests`, {
          as: sender.admin,
          body: { organizationId: sender.organizationId, message: 'Интересно' },
        })
      ).json();
      const results = await Promise.all([
        t.call('POST', `/api/v1/interests/${interest.id}/accept`, { as: owner.admin, locale: 'en' }),
        t.call('POST', `/api/v1/interests/${interest.id}/decline`, {
          as: colleague,
          locale: 'en',
          body: { reason: 'timing' },
        }),
      ]);
      expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
      const loser = results.find((r) => r.statusCode === 409)?.json();
      expect(loser.code).toBe('interest_state_conflict');
      expect(loser.detail).toMatch(/accepted|declined/);
      const winner = results.find((r) => r.statusCode === 200)?.json();
      const conversations = await count('select count(*)::int as n from conversations where interest_id = $1', [
        interest.id,
      ]);
      expect(conversations.n).toBe(winner.state === 'accepted' ? 1 : 0);
    }
  });
});
