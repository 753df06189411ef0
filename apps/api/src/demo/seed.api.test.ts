import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { DEMO_PASSWORD, demoAccounts, demoOrganizations } from './demo-data.js';
import { demoOpportunities } from './demo-exchange.js';
import { demoServices } from './demo-services.js';
import { seedDemoData } from './seed.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  expect(await seedDemoData(t.ctx)).toBe(true);
}, 120_000);
afterAll(() => t.close());

const demoEmail = (key: string) => demoAccounts.find((a) => a.key === key)?.email as string;

describe('the demo data', () => {
  it('signs in every demo account with the documented password', async () => {
    for (const account of demoAccounts) {
      const res = await t.call('POST', '/api/v1/auth/login', {
        body: { email: account.email, password: DEMO_PASSWORD },
      });
      expect(res.statusCode, account.email).toBe(200);
    }
  });

  it('shows participants and partners in the public registry, and keeps applications in the queue', async () => {
    const registry = (await t.call('GET', '/api/v1/registry?limit=100')).json();
    expect(registry.total).toBeGreaterThanOrEqual(15);
    expect(registry.total).toBeLessThan(demoOrganizations.length);
    const operator = await t.signIn(demoEmail('operatorRu'), DEMO_PASSWORD);
    const queue = (await t.call('GET', '/api/v1/registry/applications', { as: operator })).json();
    expect(queue.items.length).toBeGreaterThan(0);
  });

  it('publishes opportunities found across languages, with one waiting for moderation', async () => {
    const found = (await t.call('GET', `/api/v1/opportunities?q=${encodeURIComponent('电池回收')}`)).json();
    const titles = found.items.map((o: { title: { en?: string } }) => o.title.en);
    expect(titles).toContain('Hydrometallurgical recycling of lithium-ion batteries');
    expect(titles).toContain('Seeking battery recycling technology for new-energy vehicles');
    const all = (await t.call('GET', '/api/v1/opportunities?limit=100')).json();
    expect(all.total).toBe(demoOpportunities.filter((o) => o.state === 'published').length);
    const operator = await t.signIn(demoEmail('operatorRu'), DEMO_PASSWORD);
    const moderation = (await t.call('GET', '/api/v1/moderation/opportunities', { as: operator })).json();
    expect(moderation.items).toHaveLength(1);
  });

  it('has an accepted interest with a conversation under way, and one waiting for an answer', async () => {
    const wang = await t.signIn(demoEmail('wang'), DEMO_PASSWORD);
    const conversations = (await t.call('GET', '/api/v1/conversations', { as: wang })).json();
    expect(conversations.items).toHaveLength(1);
    expect(conversations.unreadTotal).toBe(1);
    const chen = await t.signIn(demoEmail('chen'), DEMO_PASSWORD);
    const memberships = (await t.call('GET', '/api/v1/me', { as: chen })).json().memberships;
    const received = await Promise.all(
      memberships.map(
        async (m: { organizationId: string }) =>
          (
            await t.call('GET', `/api/v1/organizations/${m.organizationId}/interests?box=received&state=pending`, {
              as: chen,
            })
          ).json().items,
      ),
    );
    expect(received.flat()).toHaveLength(1);
  });

  it('publishes support services of both operators and of partners approved as providers', async () => {
    const page = (await t.call('GET', '/api/v1/services?limit=100')).json() as {
      items: { provider: { kind: string; jurisdiction: string } }[];
    };
    expect(page.items).toHaveLength(demoServices.filter((s) => !s.draft).length);
    const kinds = new Set(page.items.map((s) => `${s.provider.kind} ${s.provider.jurisdiction}`));
    expect([...kinds].sort()).toEqual(['operator CN', 'operator RU', 'organization CN', 'organization RU']);
    const soft = (await t.call('GET', '/api/v1/services?category=soft_landing&jurisdiction=RU')).json().items;
    expect(soft).toHaveLength(1);
  });

  it('is not seeded twice', async () => {
    expect(await seedDemoData(t.ctx)).toBe(false);
  });
});
