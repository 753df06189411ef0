import type { Service, ServiceBody, ServicePage, ServiceProvider } from '@innobridge/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Factories, factories, type User } from '../../../test/factories.js';
import { createTestApp, type TestApp } from '../../../test/test-app.js';

let t: TestApp;
let f: Factories;
let ruOperator: User;
let cnOperator: User;
/** A Chinese startup (a participant) and a Moscow company that becomes a provider. */
let startup: { admin: User; organizationId: string };
let partner: { admin: User; organizationId: string };
let partnerMember: User;
let stranger: User;

const softLanding = (over: Partial<ServiceBody> = {}): ServiceBody => ({
  providerId: 'operator-ru',
  category: 'soft_landing',
  title: { en: 'Soft landing in Moscow', ru: 'Мягкая посадка в Москве' },
  description: { en: 'An office, a mentor and introductions for a foreign startup.' },
  cost: { kind: 'free' },
  deadlineDays: 10,
  rules: [
    { kind: 'status', statuses: ['participant', 'partner'] },
    { kind: 'jurisdiction', jurisdictions: ['CN'] },
  ],
  form: {
    fields: [
      { key: 'team', type: 'number', label: { en: 'Team size', ru: 'Размер команды', zh: '团队人数' }, required: true },
    ],
  },
  ...over,
});

async function created(who: User, body: ServiceBody): Promise<Service> {
  const res = await t.call('POST', '/api/v1/services', { as: who, body });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

async function published(who: User, body: ServiceBody): Promise<Service> {
  const s = await created(who, body);
  const res = await t.call('POST', `/api/v1/services/${s.id}/publish`, { as: who, body: { version: s.version } });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

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
  partner = await f.organizationWithStatus({ jurisdiction: 'RU', owner: { locale: 'ru' }, operator: ruOperator });
  partnerMember = await f.member(partner.organizationId, partner.admin);
  stranger = await f.user();
});
afterAll(() => t?.close());

describe('providers', () => {
  it('the two operators are providers from the start', async () => {
    const res = await t.call('GET', '/api/v1/service-providers');
    expect(res.statusCode).toBe(200);
    const items = res.json().items as ServiceProvider[];
    expect(items.filter((p) => p.kind === 'operator').map((p) => [p.id, p.jurisdiction, p.state])).toEqual(
      expect.arrayContaining([
        ['operator-ru', 'RU', 'approved'],
        ['operator-cn', 'CN', 'approved'],
      ]),
    );
  });

  it('an operator approves a partner organisation as a provider and revokes it, both audited; others may not', async () => {
    const refused = await t.call('POST', '/api/v1/service-providers', {
      as: partner.admin,
      body: { organizationId: partner.organizationId },
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('service_provider_forbidden');
    // Before approval, its people cannot create services for it.
    const early = await t.call('POST', '/api/v1/services', {
      as: partner.admin,
      body: softLanding({ providerId: partner.organizationId }),
    });
    expect(early.statusCode).toBe(404);

    const approved = await t.call('POST', '/api/v1/service-providers', {
      as: ruOperator,
      body: { organizationId: partner.organizationId },
    });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json()).toMatchObject({
      id: partner.organizationId,
      kind: 'organization',
      jurisdiction: 'RU',
      state: 'approved',
    });

    const service = await published(
      partnerMember,
      softLanding({ providerId: partner.organizationId, title: { en: 'Partner legal help' }, category: 'legal' }),
    );
    expect(service.provider.name).toBeTruthy();

    const revoked = await t.call('POST', `/api/v1/service-providers/${partner.organizationId}/revoke`, {
      as: cnOperator,
    });
    expect(revoked.statusCode).toBe(200);
    expect(revoked.json().state).toBe('revoked');
    // Its services leave the catalogue; its people may no longer create any.
    const page = (await t.call('GET', '/api/v1/services?q=Partner')).json() as ServicePage;
    expect(page.items).toHaveLength(0);
    expect((await t.call('GET', `/api/v1/services/${service.id}`)).statusCode).toBe(404);
    const later = await t.call('POST', '/api/v1/services', {
      as: partner.admin,
      body: softLanding({ providerId: partner.organizationId }),
    });
    expect(later.statusCode).toBe(409);
    expect(later.json().code).toBe('service_provider_not_approved');
    // An operator cannot be revoked.
    expect((await t.call('POST', '/api/v1/service-providers/operator-cn/revoke', { as: ruOperator })).statusCode).toBe(
      403,
    );

    const admin = await f.admin();
    const audit = (await t.call('GET', '/api/v1/admin/audit?limit=100', { as: admin })).json().items as {
      action: string;
      subjectId: string;
    }[];
    const decisions = audit.filter((e) => e.subjectId === partner.organizationId).map((e) => e.action);
    expect(decisions).toEqual(expect.arrayContaining(['service_provider.approved', 'service_provider.revoked']));
    // Approved again: the same provider, with its services back.
    const again = await t.call('POST', '/api/v1/service-providers', {
      as: ruOperator,
      body: { organizationId: partner.organizationId },
    });
    expect(again.json().state).toBe('approved');
    expect((await t.call('GET', `/api/v1/services/${service.id}`)).statusCode).toBe(200);
  });
});

describe('services', () => {
  it('an operator creates a draft, seen only by its provider, then publishes and withdraws it', async () => {
    const draft = await created(ruOperator, softLanding());
    expect(draft).toMatchObject({
      state: 'draft',
      jurisdiction: 'RU',
      languages: ['ru', 'en'],
      cost: { kind: 'free' },
      form: { version: 1 },
      publishedAt: null,
    });
    expect((await t.call('GET', `/api/v1/services/${draft.id}`)).statusCode).toBe(404);
    expect((await t.call('GET', `/api/v1/services/${draft.id}`, { as: stranger })).statusCode).toBe(404);
    expect((await t.call('GET', `/api/v1/services/${draft.id}`, { as: ruOperator })).statusCode).toBe(200);
    // Only the provider's people act on it; the other operator is not the Moscow provider.
    const foreign = await t.call('POST', `/api/v1/services/${draft.id}/publish`, {
      as: cnOperator,
      body: { version: draft.version },
    });
    expect(foreign.statusCode).toBe(403);
    expect(foreign.json().code).toBe('service_forbidden');

    const stale = await t.call('POST', `/api/v1/services/${draft.id}/publish`, {
      as: ruOperator,
      body: { version: 99 },
    });
    expect(stale.statusCode).toBe(409);
    const pub = await t.call('POST', `/api/v1/services/${draft.id}/publish`, {
      as: ruOperator,
      body: { version: draft.version },
    });
    expect(pub.statusCode).toBe(200);
    expect(pub.json().state).toBe('published');
    expect((await t.call('GET', `/api/v1/services/${draft.id}`)).statusCode).toBe(200);
    const again = await t.call('POST', `/api/v1/services/${draft.id}/publish`, {
      as: ruOperator,
      body: { version: pub.json().version },
    });
    expect(again.statusCode).toBe(409);

    const out = await t.call('POST', `/api/v1/services/${draft.id}/withdraw`, {
      as: ruOperator,
      body: { version: pub.json().version },
    });
    expect(out.json().state).toBe('withdrawn');
    expect((await t.call('GET', `/api/v1/services/${draft.id}`)).statusCode).toBe(404);

    const mine = (await t.call('GET', '/api/v1/me/services', { as: ruOperator })).json().items as Service[];
    expect(mine.map((s) => s.id)).toContain(draft.id);
  });

  it('checks costs, forms and texts; bad input changes nothing', async () => {
    const bad = await t.call('POST', '/api/v1/services', {
      as: ruOperator,
      body: softLanding({
        form: {
          fields: [
            { key: 'a', type: 'choice', label: { en: 'Pick' }, required: false },
            { key: 'a', type: 'text', label: {}, required: false },
          ],
        },
      }),
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().code).toBe('service_form_invalid');
    const noCurrency = await t.call('POST', '/api/v1/services', {
      as: ruOperator,
      body: { ...softLanding(), cost: { kind: 'fixed', amount: 100 } },
    });
    expect(noCurrency.statusCode).toBe(422);
    const untitled = await created(ruOperator, softLanding({ title: {} }));
    const refused = await t.call('POST', `/api/v1/services/${untitled.id}/publish`, {
      as: ruOperator,
      body: { version: untitled.version },
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().code).toBe('service_incomplete');
    expect((await t.call('GET', `/api/v1/services/${untitled.id}`, { as: ruOperator })).json().state).toBe('draft');
  });

  it('a changed form is the next version; the one before is kept', async () => {
    const s = await created(ruOperator, softLanding());
    const res = await t.call('PATCH', `/api/v1/services/${s.id}`, {
      as: ruOperator,
      body: {
        version: s.version,
        cost: { kind: 'fixed', amount: 50000, currency: 'RUB' },
        form: { fields: [{ key: 'pitch', type: 'text', label: { en: 'Pitch' }, required: true }] },
      },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      cost: { kind: 'fixed', amount: 50000, currency: 'RUB' },
      form: { version: 2, fields: [{ key: 'pitch' }] },
    });
  });
});

describe('the catalogue', () => {
  let landing: Service;
  let grant: Service;
  beforeAll(async () => {
    landing = await published(ruOperator, softLanding({ title: { en: 'Moscow landing pad', zh: '莫斯科软着陆' } }));
    grant = await published(
      cnOperator,
      softLanding({
        providerId: 'operator-cn',
        category: 'grant_subsidy',
        title: { zh: '中关村创新资助' },
        description: { zh: '面向俄罗斯参与者的资助。' },
        cost: { kind: 'quote' },
        budget: { amount: 1_000_000, currency: 'CNY' },
        rules: [
          { kind: 'status', statuses: ['participant'] },
          { kind: 'jurisdiction', jurisdictions: ['RU'] },
          { kind: 'organization_type', types: ['company'] },
        ],
      }),
    );
  });

  const browse = async (query: string, as?: User, locale?: 'ru' | 'zh' | 'en') => {
    const res = await t.call('GET', `/api/v1/services?${query}`, { as, locale });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as ServicePage;
  };
  const ids = (page: ServicePage) => page.items.map((s) => s.id);

  it('visitors browse, search and filter by category, provider, jurisdiction, language and cost', async () => {
    expect(ids(await browse('q=landing pad'))).toEqual([landing.id]);
    expect(ids(await browse('q=资助'))).toEqual([grant.id]);
    expect(ids(await browse('category=grant_subsidy'))).toEqual([grant.id]);
    expect(ids(await browse('category=grant_subsidy,soft_landing'))).toEqual(
      expect.arrayContaining([grant.id, landing.id]),
    );
    expect(ids(await browse('provider=operator-cn'))).toEqual([grant.id]);
    expect(ids(await browse('jurisdiction=CN'))).toEqual([grant.id]);
    expect(ids(await browse('language=zh'))).toEqual(expect.arrayContaining([grant.id, landing.id]));
    expect(ids(await browse('language=ru'))).not.toContain(grant.id);
    expect(ids(await browse('cost=quote'))).toEqual([grant.id]);
    const all = await browse('limit=1');
    expect(all.items).toHaveLength(1);
    expect(all.nextCursor).toBeTruthy();
    expect(all.items[0]?.eligibility).toBeNull();
  });

  it('"services for my organisation": each judged, with the reason of every rule in the reader\'s language', async () => {
    const page = await browse(`organization=${startup.organizationId}&jurisdiction=CN`, startup.admin, 'zh');
    const card = page.items.find((s) => s.id === grant.id);
    expect(card?.eligibility?.eligible).toBe(false);
    expect(card?.eligibility?.rules.find((r) => r.kind === 'jurisdiction')?.explanation).toBe(
      '您的机构注册于中国；此服务仅限注册于以下国家的机构：俄罗斯。',
    );
    expect(card?.eligibility?.rules.find((r) => r.kind === 'organization_type')?.explanation).toBe(
      '您的机构类型是初创企业；此服务仅限：公司。',
    );
    const mine = await browse(`organization=${startup.organizationId}&eligible=1&limit=100`, startup.admin, 'en');
    expect(ids(mine)).toContain(landing.id);
    expect(ids(mine)).not.toContain(grant.id);
    expect(mine.items.every((s) => s.eligibility?.eligible)).toBe(true);
  });

  it("judges only for the reader's own organisations", async () => {
    const res = await t.call('GET', `/api/v1/services?organization=${startup.organizationId}`, { as: stranger });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('service_organization_forbidden');
    expect((await t.call('GET', `/api/v1/services?organization=${startup.organizationId}`)).statusCode).toBe(401);
  });
});
