import type { Dashboard } from '@innobridge/contracts';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type Factories, factories, type User } from '../../../test/factories.js';
import { createTestApp, type TestApp } from '../../../test/test-app.js';

let t: TestApp;
let f: Factories;
let operatorRu: User;
let owner: User;
let colleague: User;
let sender: User;
let ownerOrg: string;
let senderOrg: string;
let askedOrg: string;
let waitingOrg: string;
let conversationId: string;
let pendingInterestId: string;
let returnedId: string;
let askedApplicationId: string;
let waitingApplicationId: string;
let moderatedId: string;

const dashboardOf = async (who: User): Promise<Dashboard> => {
  const res = await t.call('GET', '/api/v1/me/dashboard', { as: who });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};

beforeAll(async () => {
  t = await createTestApp();
  f = factories(t);
  operatorRu = await f.operator('RU', { email: 'dash.op.ru@example.ru' });
  const operatorCn = await f.operator('CN', { signedIn: false });
  const owned = await f.organizationWithStatus({
    owner: { locale: 'ru' },
    operator: operatorRu,
    name: { ru: 'Литий' },
  });
  owner = owned.admin;
  ownerOrg = owned.organizationId;
  colleague = await f.member(ownerOrg, owner);
  const sending = await f.organizationWithStatus({ jurisdiction: 'CN', operator: operatorCn, name: { zh: '固锂' } });
  sender = sending.admin;
  senderOrg = sending.organizationId;

  // Received interests: one pending, one accepted (its conversation holds the other side's messages).
  const offer = await f.opportunity(owner, ownerOrg, { state: 'published', operator: operatorRu });
  const other = await f.opportunity(owner, ownerOrg, { state: 'published', operator: operatorRu });
  pendingInterestId = (await f.interest(sender, senderOrg, offer.id)).id;
  const accepted = await f.interest(sender, senderOrg, other.id, { acceptedBy: owner });
  conversationId = accepted.conversationId as string;
  await f.message(sender, conversationId, 'Hello');
  await f.message(sender, conversationId, 'Are you there?');
  await f.message(owner, conversationId, 'Yes');

  returnedId = (await f.returnedOpportunity(owner, ownerOrg, { operator: operatorRu, comment: 'Add the TRL.' })).id;
  moderatedId = (await f.opportunity(owner, ownerOrg, { state: 'submitted' })).id;

  // Two more organisations of the owner: one asked for information, one waiting for its review.
  const asked = await f.organization(owner, { name: { en: 'Asked Ltd' } });
  askedOrg = asked.id;
  askedApplicationId = (await f.clusterStatus(asked, owner, { until: 'submitted' })).id;
  await f.informationRequest(askedApplicationId, operatorRu);
  const waiting = await f.organization(owner, { name: { en: 'Waiting Ltd' } });
  waitingOrg = waiting.id;
  waitingApplicationId = (await f.clusterStatus(waiting, owner, { until: 'submitted' })).id;
});
afterAll(() => t?.close());

describe('the dashboard of an organisation member', () => {
  it('lists the organisations with their status and the open application with its deadline', async () => {
    const d = await dashboardOf(owner);
    expect(d.organizations.map((o) => [o.id, o.status, o.role])).toEqual([
      [ownerOrg, 'participant', 'admin'],
      [askedOrg, 'applicant', 'admin'],
      [waitingOrg, 'applicant', 'admin'],
    ]);
    expect(d.organizations[0]?.application).toBeNull();
    const asked = d.organizations[1]?.application;
    expect(asked).toMatchObject({ id: askedApplicationId, state: 'info_requested', deadlineAt: null });
    expect(asked?.pausedWorkingDaysLeft).toBeGreaterThan(0);
    const waiting = d.organizations[2]?.application;
    expect(waiting).toMatchObject({ id: waitingApplicationId, state: 'submitted', jurisdiction: 'RU' });
    expect(Date.parse(String(waiting?.deadlineAt))).toBeGreaterThan(t.clock.now().getTime());
    expect(d.nextDeadline).toEqual({
      applicationId: waitingApplicationId,
      organizationId: waitingOrg,
      deadlineAt: waiting?.deadlineAt,
      jurisdiction: 'RU',
    });
  });

  it('counts and shows what waits: interests, information requests, returned opportunities, unread conversations', async () => {
    const d = await dashboardOf(owner);
    expect(d.interests.count).toBe(1);
    expect(d.interests.items).toEqual([
      expect.objectContaining({
        id: pendingInterestId,
        fromOrganizationId: senderOrg,
        fromOrganizationName: { zh: '固锂' },
      }),
    ]);
    expect(d.informationRequests.count).toBe(1);
    expect(d.informationRequests.items).toEqual([
      expect.objectContaining({ applicationId: askedApplicationId, organizationId: askedOrg, jurisdiction: 'RU' }),
    ]);
    expect(d.informationRequests.items[0]?.requestedAt).toBe(t.clock.now().toISOString());
    expect(d.returnedOpportunities.count).toBe(1);
    expect(d.returnedOpportunities.items).toEqual([
      expect.objectContaining({ id: returnedId, organizationId: ownerOrg, comment: 'Add the TRL.' }),
    ]);
    // The owner's own message is not unread; the other side's two are.
    expect(d.conversations).toMatchObject({ count: 1, unreadMessages: 2 });
    expect(d.conversations.items).toEqual([
      expect.objectContaining({ id: conversationId, otherOrganizationId: senderOrg, unread: 2 }),
    ]);
    expect(d.operator).toBeNull();
  });

  it('forgets a conversation once its reader has read it, for that reader only', async () => {
    const before = await dashboardOf(colleague);
    expect(before.conversations.count).toBe(1);
    const read = await t.call('GET', `/api/v1/conversations/${conversationId}`, { as: colleague });
    expect(read.statusCode, read.body).toBe(200);
    const marked = await t.call('POST', `/api/v1/conversations/${conversationId}/read`, { as: colleague });
    expect([200, 204]).toContain(marked.statusCode);
    expect((await dashboardOf(colleague)).conversations).toMatchObject({ count: 0, unreadMessages: 0, items: [] });
    expect((await dashboardOf(owner)).conversations.count).toBe(1);
  });

  it('shows the other side its sent interest nowhere and a person with no organisation nothing that waits', async () => {
    expect((await dashboardOf(sender)).interests.count).toBe(0);
    const loner = await f.user();
    const d = await dashboardOf(loner);
    expect(d.organizations).toEqual([]);
    expect([
      d.interests.count,
      d.informationRequests.count,
      d.returnedOpportunities.count,
      d.conversations.count,
    ]).toEqual([0, 0, 0, 0]);
    expect(d.nextDeadline).toBeNull();
  });

  it('answers 401 to a visitor', async () => {
    expect((await t.call('GET', '/api/v1/me/dashboard')).statusCode).toBe(401);
  });
});

describe('the dashboard of an operator', () => {
  it("shows the jurisdiction's queue with the soonest deadline and the opportunities waiting for moderation", async () => {
    const d = await dashboardOf(operatorRu);
    expect(d.operator?.jurisdictions).toEqual(['RU']);
    // Submitted or in review only: the application asked for information waits for its applicant.
    expect(d.operator?.applications.count).toBe(1);
    expect(d.operator?.applications.items).toEqual([
      expect.objectContaining({
        id: waitingApplicationId,
        organizationId: waitingOrg,
        organizationName: { en: 'Waiting Ltd' },
      }),
    ]);
    expect(d.operator?.applications.oldestDeadlineAt).toBe(d.operator?.applications.items[0]?.deadlineAt);
    expect(d.operator?.moderation.count).toBe(1);
    expect(d.operator?.moderation.items).toEqual([
      expect.objectContaining({ id: moderatedId, organizationId: ownerOrg, organizationName: { ru: 'Литий' } }),
    ]);
    expect(d.operator?.moderation.oldestSubmittedAt).toBe(d.operator?.moderation.items[0]?.submittedAt);
  });

  it("does not show another jurisdiction's queue", async () => {
    const operatorCn = await f.operator('CN');
    const d = await dashboardOf(operatorCn);
    expect(d.operator?.applications.count).toBe(0);
    // Moderation covers the CN organisations and those from elsewhere: none waits.
    expect(d.operator?.moderation.count).toBe(0);
  });
});

/** The statements the database receives while `run` runs, on either driver. */
async function statementsOf(run: () => Promise<unknown>): Promise<string[]> {
  const sent: string[] = [];
  type Target = Record<string, (...args: unknown[]) => unknown>;
  const pglite = t.database.pglite as unknown as Target | undefined;
  const targets: [Target, string][] = pglite
    ? [
        [pglite, 'query'],
        [pglite, 'exec'],
      ]
    : [[pg.Client.prototype as unknown as Target, 'query']];
  const spies = targets.map(([target, name]) => {
    const original = target[name] as (...args: unknown[]) => unknown;
    return vi.spyOn(target, name).mockImplementation(function (this: unknown, ...args: unknown[]) {
      const [config] = args as [string | { text: string }];
      sent.push(typeof config === 'string' ? config : config.text);
      return Reflect.apply(original, this, args);
    });
  });
  try {
    await run();
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
  return sent;
}

describe('the dashboard read in a fixed number of statements', () => {
  it('sends as many statements with many waiting items as with one', async () => {
    const few = await statementsOf(() => dashboardOf(owner));
    const fewOperator = await statementsOf(() => dashboardOf(operatorRu));
    // More of everything: interests from new organisations, conversations with news, returns, a queue.
    for (let i = 0; i < 4; i++) {
      const { admin, organizationId } = await f.organizationWithStatus({ operator: operatorRu });
      const offer = await f.opportunity(owner, ownerOrg, { state: 'published', operator: operatorRu });
      await f.interest(admin, organizationId, offer.id);
      const accepted = await f.interest(
        admin,
        organizationId,
        (
          await f.opportunity(owner, ownerOrg, {
            state: 'published',
            operator: operatorRu,
          })
        ).id,
        { acceptedBy: owner },
      );
      await f.message(admin, accepted.conversationId as string);
      await f.returnedOpportunity(owner, ownerOrg, { operator: operatorRu });
      await f.opportunity(owner, ownerOrg, { state: 'submitted' });
      const applicant = await f.organization(admin);
      await f.clusterStatus(applicant, admin, { until: 'submitted' });
    }
    const d = await dashboardOf(owner);
    expect([d.interests.count, d.conversations.count, d.returnedOpportunities.count]).toEqual([5, 5, 5]);
    const many = await statementsOf(() => dashboardOf(owner));
    const manyOperator = await statementsOf(() => dashboardOf(operatorRu));
    expect((await dashboardOf(operatorRu)).operator?.applications.count).toBe(5);
    expect(many.length, many.join('\n---\n')).toBe(few.length);
    expect(manyOperator.length, manyOperator.join('\n---\n')).toBe(fewOperator.length);
    // The sign-in's own reads, the memberships, and one statement per kind of item and for the names.
    expect(many.length, many.join('\n---\n')).toBeLessThanOrEqual(12);
  });
});
