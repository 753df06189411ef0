import type { Service, ServiceApplication, ServiceBody } from '@innobridge/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Factories, factories, type User } from '../../../test/factories.js';
import { createTestApp, type TestApp } from '../../../test/test-app.js';
import { DAY } from '../../lib/clock.js';

let t: TestApp;
let f: Factories;
let ruOperator: User;
let cnOperator: User;
let startup: { admin: User; organizationId: string };
let stranger: User;
let landing: Service;

const body = (over: Partial<ServiceBody> = {}): ServiceBody => ({
  providerId: 'operator-ru',
  category: 'soft_landing',
  title: { en: 'Soft landing in Moscow' },
  description: { en: 'An office and a mentor.' },
  cost: { kind: 'free' },
  deadlineDays: 5,
  rules: [{ kind: 'jurisdiction', jurisdictions: ['CN'] }],
  form: { fields: [{ key: 'team', type: 'number', label: { en: 'Team size' }, required: true }] },
  ...over,
});

async function published(who: User, b: ServiceBody): Promise<Service> {
  const res = await t.call('POST', '/api/v1/services', { as: who, body: b });
  expect(res.statusCode, res.body).toBe(201);
  const pub = await t.call('POST', `/api/v1/services/${res.json().id}/publish`, { as: who, body: { version: 1 } });
  expect(pub.statusCode, pub.body).toBe(200);
  return pub.json();
}

const stepOf = async (who: User, a: ServiceApplication, action: string, extra: Record<string, unknown> = {}) => {
  const res = await t.call('POST', `/api/v1/service-applications/${a.id}/steps/${action}`, {
    as: who,
    body: { version: a.version, ...extra },
  });
  return res;
};
const ok = async (res: { statusCode: number; body: string; json(): unknown }) => {
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as ServiceApplication;
};

beforeAll(async () => {
  t = await createTestApp();
  f = factories(t);
  ruOperator = await f.operator('RU', { locale: 'ru' });
  cnOperator = await f.operator('CN', { locale: 'zh' });
  startup = await f.organizationWithStatus({
    jurisdiction: 'CN',
    type: 'startup',
    owner: { locale: 'zh' },
    operator: cnOperator,
  });
  stranger = await f.user();
  landing = await published(ruOperator, body());
});
afterAll(() => t?.close());

describe('applications', () => {
  it('goes through the workflow: submitted, information asked and answered, approved, delivered, rated, closed', async () => {
    const made = await t.call('POST', `/api/v1/services/${landing.id}/applications`, {
      as: startup.admin,
      body: { organizationId: startup.organizationId, answers: { team: 5 }, submit: true },
    });
    expect(made.statusCode, made.body).toBe(201);
    let a = made.json() as ServiceApplication;
    expect(a).toMatchObject({ state: 'submitted', overdue: false, form: { version: 1 } });
    expect(a.deadlineAt).toBeTruthy();

    // The other operator is not the provider; a stranger sees nothing.
    expect((await stepOf(cnOperator, a, 'take')).statusCode).toBe(403);
    expect((await t.call('GET', `/api/v1/service-applications/${a.id}`, { as: stranger })).statusCode).toBe(404);

    a = await ok(await stepOf(ruOperator, a, 'take'));
    expect((await stepOf(ruOperator, a, 'request_information')).statusCode).toBe(422);
    a = await ok(await stepOf(ruOperator, a, 'request_information', { message: 'Which city do you start in?' }));
    expect(a).toMatchObject({ state: 'information_requested', message: 'Which city do you start in?' });
    a = await ok(await stepOf(startup.admin, a, 'answer', { answers: { team: 6 } }));
    expect(a).toMatchObject({ state: 'in_progress', answers: { team: 6 } });
    // Withdrawn only before a decision; rated only after delivery.
    expect(
      (await t.call('POST', `/api/v1/service-applications/${a.id}/rating`, { as: startup.admin, body: { score: 5 } }))
        .statusCode,
    ).toBe(409);
    a = await ok(await stepOf(ruOperator, a, 'approve'));
    expect((await stepOf(startup.admin, a, 'withdraw')).statusCode).toBe(409);
    a = await ok(await stepOf(ruOperator, a, 'deliver'));
    const rated = await t.call('POST', `/api/v1/service-applications/${a.id}/rating`, {
      as: startup.admin,
      body: { score: 5, comment: 'Very helpful.' },
    });
    expect(rated.statusCode, rated.body).toBe(200);
    expect(rated.json().rating).toEqual({ score: 5, comment: 'Very helpful.' });
    expect(
      (await t.call('POST', `/api/v1/service-applications/${a.id}/rating`, { as: startup.admin, body: { score: 1 } }))
        .statusCode,
    ).toBe(409);
    a = await ok(await stepOf(ruOperator, a, 'close'));
    expect(a.state).toBe('closed');
  });

  it('refuses an organisation that is not eligible, with the reason of each rule', async () => {
    const moscow = await f.organizationWithStatus({
      jurisdiction: 'RU',
      owner: { locale: 'ru' },
      operator: ruOperator,
    });
    const res = await t.call('POST', `/api/v1/services/${landing.id}/applications`, {
      as: moscow.admin,
      locale: 'ru',
      body: { organizationId: moscow.organizationId, answers: { team: 3 }, submit: true },
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('service_not_eligible');
    expect(res.json().rules[0].explanation).toContain('Россия');
  });

  it('keeps the form an application was made with: after the form changed, the old one still validates and renders', async () => {
    const s = await published(ruOperator, body({ title: { en: 'Versioned' } }));
    const draft = (
      await t.call('POST', `/api/v1/services/${s.id}/applications`, {
        as: startup.admin,
        body: { organizationId: startup.organizationId, answers: { team: 2 } },
      })
    ).json() as ServiceApplication;
    expect(draft.state).toBe('draft');
    const changed = await t.call('PATCH', `/api/v1/services/${s.id}`, {
      as: ruOperator,
      body: {
        version: s.version,
        form: { fields: [{ key: 'pitch', type: 'text', label: { en: 'Pitch' }, required: true }] },
      },
    });
    expect(changed.json().form.version).toBe(2);
    const submitted = await ok(await stepOf(startup.admin, draft, 'submit'));
    expect(submitted).toMatchObject({
      state: 'submitted',
      form: { version: 1, fields: [{ key: 'team' }] },
      answers: { team: 2 },
    });
    // A new application is made with the new form.
    const fresh = await t.call('POST', `/api/v1/services/${s.id}/applications`, {
      as: startup.admin,
      body: { organizationId: startup.organizationId, answers: { team: 2 }, submit: true },
    });
    expect(fresh.statusCode).toBe(422);
    expect(fresh.json().code).toBe('service_answers_invalid');
  });

  it("the provider's queue flags overdue applications and a grant's budget is never exceeded", async () => {
    const grant = await published(
      ruOperator,
      body({ title: { en: 'Grant' }, category: 'grant_subsidy', budget: { amount: 100, currency: 'RUB' } }),
    );
    const apply = async () => {
      const res = await t.call('POST', `/api/v1/services/${grant.id}/applications`, {
        as: startup.admin,
        body: { organizationId: startup.organizationId, answers: { team: 1 }, submit: true },
      });
      return ok({ ...res, statusCode: res.statusCode === 201 ? 200 : res.statusCode });
    };
    const first = await ok(await stepOf(ruOperator, await apply(), 'take'));
    const second = await ok(await stepOf(ruOperator, await apply(), 'take'));
    expect((await stepOf(ruOperator, first, 'approve')).statusCode).toBe(422);
    await ok(await stepOf(ruOperator, first, 'approve', { amount: 70 }));
    const over = await stepOf(ruOperator, second, 'approve', { amount: 40 });
    expect(over.statusCode).toBe(409);
    expect(over.json().code).toBe('service_budget_exceeded');

    t.clock.advance(12 * DAY);
    const queue = await t.call('GET', `/api/v1/services/${grant.id}/applications`, { as: ruOperator });
    expect(queue.statusCode).toBe(200);
    expect(queue.json().budgetLeft).toBe(30);
    const flagged = (queue.json().items as ServiceApplication[]).find((a) => a.id === second.id);
    expect(flagged?.overdue).toBe(true);
    expect((await t.call('GET', `/api/v1/services/${grant.id}/applications`, { as: startup.admin })).statusCode).toBe(
      403,
    );
  });
});
