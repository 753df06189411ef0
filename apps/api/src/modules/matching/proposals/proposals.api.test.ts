import type { MatchProposal, MatchProposalList, RecommendationsPage } from '@innobridge/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Factories, factories } from '../../../../test/factories.js';
import { createTestApp, type Session, type TestApp } from '../../../../test/test-app.js';
import { MATCH_REFRESH_JOB, proposalFeedbackCounts } from '../index.js';

let t: TestApp;
let f: Factories;
let operatorRu: Session;
let operatorCn: Session;
let ru: { admin: Session; organizationId: string };
let cn: { admin: Session; organizationId: string };
let reader: Session;
let ruOffer: string;
let cnRequest: string;
let cnNearby: string;
let cnOther: string;

const publish = async (who: { admin: Session; organizationId: string }, body: Record<string, unknown>) =>
  (
    await f.opportunity(who.admin, who.organizationId, {
      state: 'published',
      operator: who === cn ? operatorCn : operatorRu,
      body,
    })
  ).id;

const list = async (id: string, which: 'candidates' | 'similar', as: Session | null = null, locale = 'en') => {
  const res = await t.call('GET', `/api/v1/matching/opportunities/${id}/${which}`, { as, locale });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as MatchProposalList;
};
const ids = (l: { items: MatchProposal[] }) =>
  l.items.map((p) => (p.candidate.kind === 'opportunity' ? p.candidate.opportunity.id : p.candidate.organization.id));

beforeAll(async () => {
  t = await createTestApp();
  f = factories(t);
  operatorRu = await f.operator('RU', { signedIn: false });
  operatorCn = await f.operator('CN', { signedIn: false });
  ru = await f.organizationWithStatus({ owner: { locale: 'ru' }, operator: operatorRu, name: { ru: 'НатрийЭнерго' } });
  cn = await f.organizationWithStatus({
    owner: { locale: 'zh' },
    operator: operatorCn,
    jurisdiction: 'CN',
    name: { zh: '钠能科技' },
  });
  const third = await f.organizationWithStatus({ operator: operatorRu });
  reader = await f.member(third.organizationId, third.admin);
  // A Russian offer and a Chinese request about the same technology; neither chose an area.
  ruOffer = await publish(ru, {
    type: 'technology_offer',
    title: { ru: 'Натрий-ионные аккумуляторы для стационарных накопителей энергии' },
    summary: {
      ru: 'Производим натрий-ионные аккумуляторы с активной балансировкой ячеек для систем накопления энергии.',
    },
    cooperationForms: ['licence', 'joint_venture'],
  });
  cnRequest = await publish(cn, {
    type: 'technology_request',
    title: { zh: '寻求钠离子电池储能技术' },
    summary: { zh: '我司计划建设储能电站，需要成熟的钠离子电池技术及主动均衡方案，可以技术许可方式合作。' },
    cooperationForms: ['licence'],
  });
  // Requests of the same broad field (batteries) about other things, and one of another field.
  cnNearby = await publish(cn, {
    type: 'technology_request',
    title: { zh: '寻求固态电池电解质技术' },
    summary: { zh: '需要全固态电池的硫化物电解质技术，用于电动汽车动力电池。' },
  });
  cnOther = await publish(cn, {
    type: 'technology_request',
    title: { zh: '寻求滴灌与水肥一体化设备' },
    summary: { zh: '为新疆棉田采购滴灌带和水肥一体机。' },
  });
});
afterAll(() => t.close());

describe('proposals across the language border', () => {
  it('are computed by the job that publication enqueues, not before it ran', async () => {
    const before = await list(ruOffer, 'candidates');
    expect(before).toEqual({ items: [], computedAt: null });
    await t.runJobs();
    const after = await list(ruOffer, 'candidates');
    expect(after.computedAt).not.toBeNull();
    expect(ids(after)).toContain(cnRequest);
  });

  it('match a Russian offer and a Chinese request with no common area, the unrelated ones below', async () => {
    const forOffer = ids(await list(ruOffer, 'candidates'));
    expect(forOffer[0]).toBe(cnRequest);
    for (const other of [cnNearby, cnOther]) {
      const at = forOffer.indexOf(other);
      expect(at === -1 || at > 0).toBe(true);
    }
    expect(forOffer).not.toContain(cnOther);
    expect(ids(await list(cnRequest, 'candidates'))[0]).toBe(ruOffer);
  });

  it('explain themselves with the concepts in the reader language and the words of each side', async () => {
    const [top] = (await list(cnRequest, 'candidates', null, 'zh')).items;
    const sodium = top?.explanation.concepts.find((c) => c.concept === 'energy.sodium-ion-battery');
    expect(sodium?.label).toBe('钠离子电池');
    expect(sodium?.a).toContain('钠离子电池');
    expect(sodium?.b.some((w) => /натрий-ионн/i.test(w))).toBe(true);
    expect(top?.explanation.notes).toContainEqual({ code: 'forms_shared', params: { forms: ['licence'] } });
    const inRussian = (await list(cnRequest, 'candidates', null, 'ru')).items[0];
    const label = inRussian?.explanation.concepts.find((c) => c.concept === 'energy.sodium-ion-battery')?.label;
    expect(label).toBe('натрий-ионный аккумулятор');
    expect(inRussian?.explanation.areas.map((a) => a.code)).toContain('energy.batteries');
    expect(inRussian?.explanation.areas.find((a) => a.code === 'energy.batteries')?.label).toMatch(/[а-я]/);
  });

  it('show visitors the candidate as the search does, members its description', async () => {
    const asVisitor = (await list(ruOffer, 'candidates')).items[0];
    expect(asVisitor?.candidate.kind === 'opportunity' && asVisitor.candidate.opportunity.description).toBeNull();
    const asMember = (await list(ruOffer, 'candidates', reader)).items[0];
    expect(asMember?.candidate.kind === 'opportunity' && asMember.candidate.opportunity.state).toBe('published');
    expect(asMember?.candidate.kind === 'opportunity' && asMember.candidate.opportunity.description).not.toBeNull();
  });

  it('list similar opportunities of the same kind', async () => {
    const similar = ids(await list(cnRequest, 'similar'));
    expect(similar).not.toContain(ruOffer);
    const nearbyAt = similar.indexOf(cnNearby);
    const otherAt = similar.indexOf(cnOther);
    expect(otherAt === -1 || (nearbyAt !== -1 && nearbyAt < otherAt)).toBe(true);
  });

  it('take a new publication into the stored lists of those it answers, and a closed one out', async () => {
    const second = await publish(cn, {
      type: 'technology_request',
      title: { zh: '钠离子电池储能系统合作' },
      summary: { zh: '寻找钠离子电池储能系统供应商。' },
    });
    await t.runJobs();
    expect(ids(await list(ruOffer, 'candidates'))).toContain(second);
    const res = await t.call('POST', `/api/v1/opportunities/${second}/withdraw`, { as: cn.admin });
    expect(res.statusCode, res.body).toBe(200);
    // Until the job ran, the stored list still names it, but only published candidates are shown.
    expect(ids(await list(ruOffer, 'candidates'))).not.toContain(second);
    await t.runJobs();
    expect(ids(await list(ruOffer, 'candidates'))).not.toContain(second);
    const closed = await t.call('GET', `/api/v1/matching/opportunities/${second}/candidates`);
    expect(closed.statusCode).toBe(404);
    expect(closed.json().code).toBe('opportunity_not_found');
    const own = await list(second, 'candidates', cn.admin);
    expect(own).toEqual({ items: [], computedAt: null });
  });

  it('stay whole through the nightly refresh, which recomputes every list in turn', async () => {
    const before = { offer: ids(await list(ruOffer, 'candidates')), request: ids(await list(cnRequest, 'candidates')) };
    expect(before.offer).toContain(cnRequest);
    expect(before.request).toContain(ruOffer);
    await t.ctx.jobs.send(t.ctx.db, MATCH_REFRESH_JOB, {});
    await t.runJobs();
    // Whichever of the two the pass reached first, each is still in the other's list.
    expect(ids(await list(ruOffer, 'candidates'))).toEqual(before.offer);
    expect(ids(await list(cnRequest, 'candidates'))).toEqual(before.request);
  });
});

describe('recommendations', () => {
  it("group the best proposals under each of my organisation's published opportunities", async () => {
    const res = await t.call('GET', `/api/v1/me/recommendations?organizationId=${ru.organizationId}`, {
      as: ru.admin,
      locale: 'ru',
    });
    expect(res.statusCode, res.body).toBe(200);
    const page = res.json() as RecommendationsPage;
    expect(page.groups.map((g) => g.opportunity.id)).toEqual([ruOffer]);
    expect(ids(page.groups[0] as { items: MatchProposal[] })[0]).toBe(cnRequest);
  });

  it('tell for each opportunity when its proposals were computed, null while the first computation is pending', async () => {
    const read = async () => {
      const res = await t.call('GET', `/api/v1/me/recommendations?organizationId=${ru.organizationId}`, {
        as: ru.admin,
      });
      expect(res.statusCode, res.body).toBe(200);
      return res.json() as RecommendationsPage;
    };
    const pending = await publish(ru, {
      type: 'technology_offer',
      title: { ru: 'Ванадиевые проточные батареи' },
      summary: { ru: 'Проточные ванадиевые батареи для накопителей энергии.' },
    });
    const before = await read();
    expect(before.groups.find((g) => g.opportunity.id === pending)).toMatchObject({ items: [], computedAt: null });
    expect(before.groups.find((g) => g.opportunity.id === ruOffer)?.computedAt).not.toBeNull();
    await t.runJobs();
    const after = await read();
    expect(after.groups.find((g) => g.opportunity.id === pending)?.computedAt).not.toBeNull();
    await t.call('POST', `/api/v1/opportunities/${pending}/withdraw`, { as: ru.admin });
    await t.runJobs();
  });

  it('are for the members of the organisation only', async () => {
    const other = await t.call('GET', `/api/v1/me/recommendations?organizationId=${ru.organizationId}`, { as: reader });
    expect(other.statusCode).toBe(403);
    expect(other.json().code).toBe('organization_forbidden');
    const anonymous = await t.call('GET', `/api/v1/me/recommendations?organizationId=${ru.organizationId}`);
    expect(anonymous.statusCode).toBe(401);
  });
});

describe('a change of the glossary', () => {
  it('recomputes the opportunities its terms are in, and the explanation names the concept as the operator wrote it', async () => {
    const offer = await publish(ru, {
      type: 'technology_offer',
      title: { ru: 'Магнонный транзистор' },
      summary: { ru: 'Разработали магнонный транзистор на плёнках, ищем партнёра для выпуска.' },
    });
    const request = await publish(cn, {
      type: 'technology_request',
      title: { zh: '寻求磁振子晶体管' },
      summary: { zh: '需要磁振子晶体管样品。' },
    });
    await t.runJobs();
    const named = async (locale: string) =>
      (await list(offer, 'candidates', null, locale)).items
        .find((p) => p.candidate.kind === 'opportunity' && p.candidate.opportunity.id === request)
        ?.explanation.concepts.find((c) => c.label === (locale === 'zh' ? '磁振子晶体管' : 'магнонный транзистор'));
    expect(await named('zh')).toBeUndefined();

    const admin = await t.createAdmin('admin@proposals.test');
    const created = await t.call('POST', '/api/v1/glossary/concepts', {
      as: admin,
      body: {
        area: null,
        terms: { ru: ['магнонный транзистор'], zh: ['磁振子晶体管'], en: ['magnon transistor'] },
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    // The job the change enqueued recomputes both sides; the nightly refresh is not needed.
    await t.runJobs();
    const inChinese = await named('zh');
    expect(inChinese?.a.some((w) => /магнонн/i.test(w))).toBe(true);
    expect(inChinese?.b).toContain('磁振子晶体管');
    expect(await named('ru')).toBeTruthy();
    expect(ids(await list(request, 'candidates'))).toContain(offer);
  });
});

describe('feedback', () => {
  it('hides a proposal from the one who found it not useful, lifts what they found useful, and is counted', async () => {
    const extra = await publish(cn, {
      type: 'technology_request',
      title: { zh: '储能电站电池管理' },
      summary: { zh: '储能电站需要钠离子电池的主动均衡与热失控预警。' },
    });
    await t.runJobs();
    const before = await list(ruOffer, 'candidates', ru.admin);
    const [first, second] = before.items;
    expect(first && second).toBeTruthy();
    const put = (id: string, value: string | null, as: Session | null = ru.admin) =>
      t.call('PUT', `/api/v1/matching/proposals/${id}/feedback`, { as, body: { value } });
    expect((await put(first?.id as string, 'not_useful')).statusCode).toBe(204);
    const mine = await list(ruOffer, 'candidates', ru.admin);
    expect(mine.items.map((p) => p.id)).not.toContain(first?.id);
    // Another reader's ranking is their own.
    expect((await list(ruOffer, 'candidates', reader)).items[0]?.id).toBe(first?.id);
    const last = before.items.at(-1);
    expect(last?.id).not.toBe(second?.id);
    expect((await put(last?.id as string, 'useful')).statusCode).toBe(204);
    const lifted = await list(ruOffer, 'candidates', ru.admin);
    expect(lifted.items[0]?.id).toBe(last?.id);
    expect(lifted.items[0]?.feedback).toBe('useful');
    expect((await list(ruOffer, 'candidates', reader)).items.at(-1)?.id).toBe(last?.id);
    expect((await put(last?.id as string, 'useful', reader)).statusCode).toBe(204);
    const counts = await proposalFeedbackCounts(t.ctx, [first?.id as string, last?.id as string]);
    expect(counts.get(first?.id as string)).toEqual({ useful: 0, notUseful: 1 });
    expect(counts.get(last?.id as string)).toEqual({ useful: 2, notUseful: 0 });
    // Taken back: shown again.
    expect((await put(first?.id as string, null)).statusCode).toBe(204);
    expect((await list(ruOffer, 'candidates', ru.admin)).items.map((p) => p.id)).toContain(first?.id);
    expect(extra).toBeTruthy();
  });

  it('survives a recomputation: the proposal id belongs to the pair', async () => {
    const before = (await list(ruOffer, 'candidates')).items.map((p) => p.id);
    await t.call('POST', `/api/v1/opportunities/${cnOther}/withdraw`, { as: cn.admin });
    await t.runJobs();
    const after = (await list(ruOffer, 'candidates')).items.map((p) => p.id);
    expect(after.filter((id) => before.includes(id)).length).toBeGreaterThan(0);
  });
});

describe('bad requests', () => {
  it('answer problem+json with stable codes', async () => {
    const cases: [string, string, unknown, Session | null, number, string][] = [
      ['GET', '/api/v1/matching/opportunities/not-an-id/candidates', undefined, null, 422, 'validation_failed'],
      [
        'GET',
        '/api/v1/matching/opportunities/00000000-0000-4000-8000-000000000000/similar',
        undefined,
        null,
        404,
        'opportunity_not_found',
      ],
      [
        'PUT',
        '/api/v1/matching/proposals/00000000-0000-4000-8000-000000000000/feedback',
        { value: 'useful' },
        reader,
        404,
        'proposal_not_found',
      ],
      ['GET', '/api/v1/me/recommendations?organizationId=nope', undefined, reader, 422, 'validation_failed'],
    ];
    for (const [method, url, body, as, status, code] of cases) {
      const res = await t.call(method as 'GET', url, { as, body, locale: 'zh' });
      expect(res.statusCode, url).toBe(status);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.json().code).toBe(code);
    }
    const [top] = (await list(ruOffer, 'candidates')).items;
    const bad = await t.call('PUT', `/api/v1/matching/proposals/${top?.id}/feedback`, {
      as: reader,
      body: { value: 'maybe' },
    });
    expect(bad.statusCode).toBe(422);
    const anonymous = await t.call('PUT', `/api/v1/matching/proposals/${top?.id}/feedback`, {
      body: { value: 'useful' },
    });
    expect(anonymous.statusCode).toBe(401);
  });
});
