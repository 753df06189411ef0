import type { MatchProposal, MatchProposalList, OrganizationRecommendations } from '@innobridge/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Factories, factories } from '../../../../test/factories.js';
import { createTestApp, type Session, type TestApp } from '../../../../test/test-app.js';
import { MATCH_REFRESH_JOB } from '../index.js';

// Organisations as candidates and organisations' own recommendations (issue 13): a Chinese R&D partner
// search finds a Russian organisation whose profile names the concept in Russian, and the
// organisation sees the search among the opportunities recommended to it.

let t: TestApp;
let f: Factories;
let operatorRu: Session;
let operatorCn: Session;
type Org = { admin: Session; organizationId: string };
let ruLab: Org;
let ruFarm: Org;
let ruLate: Org;
let cn: Org;
let cnSearch: string;
let cnChallenge: string;
let cnOffer: string;

const candidates = async (id: string, locale = 'en') => {
  const res = await t.call('GET', `/api/v1/matching/opportunities/${id}/candidates`, { locale });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as MatchProposalList;
};
const organizationsIn = (l: { items: MatchProposal[] }) =>
  l.items.flatMap((p) => (p.candidate.kind === 'organization' ? [p.candidate.organization.id] : []));
const recommendations = async (organizationId: string, as: Session | null, locale = 'en') =>
  t.call('GET', `/api/v1/matching/organizations/${organizationId}/recommendations`, { as, locale });
const recommended = async (who: Org, locale = 'en') => {
  const res = await recommendations(who.organizationId, who.admin, locale);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as OrganizationRecommendations;
};
const opportunityIds = (l: OrganizationRecommendations) =>
  l.items.flatMap((p) => (p.candidate.kind === 'opportunity' ? [p.candidate.opportunity.id] : []));

beforeAll(async () => {
  t = await createTestApp();
  f = factories(t);
  operatorRu = await f.operator('RU', { signedIn: false });
  operatorCn = await f.operator('CN', { signedIn: false });
  // A Russian laboratory whose profile names the technology in Russian only; no area chosen.
  ruLab = await f.organizationWithStatus({
    owner: { locale: 'ru' },
    operator: operatorRu,
    type: 'research_institute',
    name: { ru: 'Лаборатория электрохимической энергетики' },
    description: {
      ru: 'Разрабатываем натрий-ионные аккумуляторы и катодные материалы для них, испытываем ячейки для стационарных накопителей энергии.',
    },
  });
  // One of a nearby field, and one of another field.
  ruFarm = await f.organizationWithStatus({
    owner: { locale: 'ru' },
    operator: operatorRu,
    name: { ru: 'АгроПолив' },
    description: { ru: 'Системы капельного орошения и фертигации для теплиц и полей.' },
  });
  ruLate = await f.organizationWithStatus({
    owner: { locale: 'ru' },
    operator: operatorRu,
    name: { ru: 'Новые материалы' },
    description: { ru: 'Порошковая металлургия и аддитивное производство деталей.' },
  });
  cn = await f.organizationWithStatus({
    owner: { locale: 'zh' },
    operator: operatorCn,
    jurisdiction: 'CN',
    name: { zh: '华储能源' },
  });
  const publish = async (body: Record<string, unknown>) =>
    (await f.opportunity(cn.admin, cn.organizationId, { state: 'published', operator: operatorCn, body })).id;
  cnSearch = await publish({
    type: 'rd_partner_search',
    title: { zh: '寻找钠离子电池研发合作伙伴' },
    summary: { zh: '我们正在开发用于储能电站的钠离子电池，寻找在正极材料和电芯测试方面有经验的研究机构联合研发。' },
  });
  cnChallenge = await publish({
    type: 'corporate_challenge',
    title: { zh: '钠离子电池储能系统的企业技术挑战' },
    summary: { zh: '征集钠离子电池储能系统的解决方案。' },
  });
  // An offer looks for no organisation.
  cnOffer = await publish({
    type: 'technology_offer',
    title: { zh: '钠离子电池电芯' },
    summary: { zh: '提供钠离子电池电芯。' },
    trl: 7,
  });
  await t.runJobs();
});
afterAll(() => t.close());

describe('organisations as candidates', () => {
  it('a Chinese R&D partner search finds the Russian organisation whose profile names the concept in Russian', async () => {
    const list = await candidates(cnSearch, 'zh');
    const found = organizationsIn(list);
    expect(found[0]).toBe(ruLab.organizationId);
    expect(found).not.toContain(ruFarm.organizationId);
    expect(found).not.toContain(cn.organizationId);
    const lab = list.items.find(
      (p) => p.candidate.kind === 'organization' && p.candidate.organization.id === ruLab.organizationId,
    );
    const sodium = lab?.explanation.concepts.find((c) => c.concept === 'energy.sodium-ion-battery');
    expect(sodium?.label).toBe('钠离子电池');
    expect(sodium?.a).toContain('钠离子电池');
    expect(sodium?.b.some((w) => /натрий-ионн/i.test(w))).toBe(true);
    expect(lab?.candidate.kind === 'organization' && lab.candidate.organization.name.ru).toBe(
      'Лаборатория электрохимической энергетики',
    );
  });

  it('a corporate challenge finds organisations too, an offer none', async () => {
    expect(organizationsIn(await candidates(cnChallenge))).toContain(ruLab.organizationId);
    expect(organizationsIn(await candidates(cnOffer))).toEqual([]);
  });
});

describe("an organisation's own recommendations", () => {
  it('list the opportunities its profile answers, explained from its side', async () => {
    const list = await recommended(ruLab, 'ru');
    expect(list.computedAt).not.toBeNull();
    const ids = opportunityIds(list);
    expect(ids).toContain(cnSearch);
    expect(ids).toContain(cnChallenge);
    expect(ids).not.toContain(cnOffer);
    const search = list.items.find(
      (p) => p.candidate.kind === 'opportunity' && p.candidate.opportunity.id === cnSearch,
    );
    expect(search?.forOrganizationId).toBe(ruLab.organizationId);
    const sodium = search?.explanation.concepts.find((c) => c.concept === 'energy.sodium-ion-battery');
    expect(sodium?.label).toBe('натрий-ионный аккумулятор');
    expect(sodium?.a.some((w) => /натрий-ионн/i.test(w))).toBe(true);
    expect(sodium?.b).toContain('钠离子电池');
    expect(opportunityIds(await recommended(ruFarm))).toEqual([]);
  });

  it('are recomputed when the profile changes, and the organisation enters the candidates', async () => {
    expect(opportunityIds(await recommended(ruLate))).not.toContain(cnSearch);
    expect(organizationsIn(await candidates(cnSearch))).not.toContain(ruLate.organizationId);
    const res = await t.call('PATCH', `/api/v1/organizations/${ruLate.organizationId}`, {
      as: ruLate.admin,
      body: { products: { ru: 'Катодные материалы для натрий-ионных аккумуляторов.' } },
    });
    expect(res.statusCode, res.body).toBe(200);
    await t.runJobs();
    expect(opportunityIds(await recommended(ruLate))).toContain(cnSearch);
    expect(organizationsIn(await candidates(cnSearch))).toContain(ruLate.organizationId);
    // And once the profile no longer names it, it leaves both.
    const back = await t.call('PATCH', `/api/v1/organizations/${ruLate.organizationId}`, {
      as: ruLate.admin,
      body: { products: { ru: 'Детали из металлических порошков.' } },
    });
    expect(back.statusCode, back.body).toBe(200);
    await t.runJobs();
    expect(opportunityIds(await recommended(ruLate))).not.toContain(cnSearch);
    expect(organizationsIn(await candidates(cnSearch))).not.toContain(ruLate.organizationId);
  });

  it('take in a new publication that answers the profile, and stay whole through the nightly refresh', async () => {
    const second = (
      await f.opportunity(cn.admin, cn.organizationId, {
        state: 'published',
        operator: operatorCn,
        body: {
          type: 'rd_partner_search',
          title: { zh: '钠离子电池正极材料联合研发' },
          summary: { zh: '寻找钠离子电池正极材料的研发伙伴。' },
        },
      })
    ).id;
    await t.runJobs();
    expect(opportunityIds(await recommended(ruLab))).toContain(second);
    const before = opportunityIds(await recommended(ruLab));
    const candidatesBefore = organizationsIn(await candidates(cnSearch));
    await t.ctx.jobs.send(t.ctx.db, MATCH_REFRESH_JOB, {});
    await t.runJobs();
    expect(opportunityIds(await recommended(ruLab))).toEqual(before);
    expect(organizationsIn(await candidates(cnSearch))).toEqual(candidatesBefore);
  });

  it('take feedback from the members', async () => {
    const [first] = (await recommended(ruLab)).items;
    expect(first).toBeDefined();
    const put = (as: Session, value: string | null) =>
      t.call('PUT', `/api/v1/matching/proposals/${first?.id}/feedback`, { as, body: { value } });
    const stranger = await f.user();
    expect((await put(stranger, 'not_useful')).statusCode).toBe(404);
    expect((await put(ruLab.admin, 'not_useful')).statusCode).toBe(204);
    expect((await recommended(ruLab)).items.map((p) => p.id)).not.toContain(first?.id);
    expect((await put(ruLab.admin, null)).statusCode).toBe(204);
    expect((await recommended(ruLab)).items.map((p) => p.id)).toContain(first?.id);
  });

  it('are for its members, operators and admins', async () => {
    expect((await recommendations(ruLab.organizationId, null)).statusCode).toBe(401);
    const stranger = await f.user();
    const refused = await recommendations(ruLab.organizationId, stranger);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('organization_forbidden');
    expect((await recommendations(ruLab.organizationId, cn.admin)).statusCode).toBe(403);
    const operator = await f.operator('CN');
    expect((await recommendations(ruLab.organizationId, operator)).statusCode).toBe(200);
    const member = await f.member(ruLab.organizationId, ruLab.admin);
    expect((await recommendations(ruLab.organizationId, member)).statusCode).toBe(200);
    const missing = await recommendations('00000000-0000-4000-8000-000000000000', member);
    expect(missing.statusCode).toBe(404);
    expect((await recommendations('not-an-id', member)).statusCode).toBe(422);
  });
});
