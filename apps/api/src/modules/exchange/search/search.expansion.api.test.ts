import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Factories, factories } from '../../../../test/factories.js';
import { createTestApp, type Session, type TestApp } from '../../../../test/test-app.js';

// The search across languages (ADR 0022): a word that names a taxonomy area also finds that area's
// terms in every language, after the exact matches; several words relax to some of them when all
// find few; every result says why it was found; a mistyped word gets a correction.
let t: TestApp;
let f: Factories;
let ruOp: Session;
let cnOp: Session;
let ru: { admin: Session; organizationId: string };
let cn: { admin: Session; organizationId: string };
const made: Record<string, string> = {};

type Page = {
  items: { id: string }[];
  total: number;
  matches: Record<string, { kind: string; term: string; via?: string; area?: { code: string } }[]>;
  suggestion: string | null;
  terms: string[];
};
const search = async (q: string, extra = ''): Promise<Page> => {
  const res = await t.call('GET', `/api/v1/opportunities?q=${encodeURIComponent(q)}${extra}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};
const ids = async (q: string) => (await search(q)).items.map((o) => o.id);

beforeAll(async () => {
  t = await createTestApp();
  f = factories(t);
  ruOp = await f.operator('RU', { email: 'exp.op.ru@example.ru' });
  cnOp = await f.operator('CN', { email: 'exp.op.cn@example.cn' });
  ru = await f.organizationWithStatus({ owner: { email: 'exp.ru@example.ru' }, operator: ruOp });
  cn = await f.organizationWithStatus({
    owner: { email: 'exp.cn@example.cn' },
    operator: cnOp,
    jurisdiction: 'CN',
    name: { zh: '深蓝机器人' },
  });
  const publish = async (key: string, body: Record<string, unknown>, chinese = false) => {
    t.clock.advance(60_000);
    const o = chinese
      ? await f.opportunity(cn.admin, cn.organizationId, { state: 'published', operator: cnOp, body })
      : await f.opportunity(ru.admin, ru.organizationId, { state: 'published', operator: ruOp, body });
    made[key] = o.id;
  };
  // Each written in one language only.
  await publish('zhCells', { title: { zh: '锂离子电池电芯供应' }, summary: { zh: '高能量密度电芯。' } }, true);
  await publish('zhRecycling', { title: { zh: '动力电池回收工艺' }, summary: { zh: '寻找合作伙伴。' } }, true);
  await publish('zhCobots', { title: { zh: '协作机器人' }, summary: { zh: '用于装配线。' } }, true);
  await publish('zhGreenH2', { title: { zh: '绿氢制备' }, summary: { zh: '碱性电解。' } }, true);
  await publish('ruWelding', { title: { ru: 'Сварочные роботы' }, summary: { ru: 'Для судостроения.' } });
  await publish('enRobots', { title: { en: 'Industrial robots' }, summary: { en: 'Six-axis arms for plants.' } });
  await publish('ruFuelCells', { title: { ru: 'Топливные элементы' }, summary: { ru: 'Для погрузчиков.' } });
  await publish('enBattery', { title: { en: 'Battery packs' }, summary: { en: 'Traction batteries for buses.' } });
});
afterAll(() => t?.close());

describe('a query expanded through the taxonomy', () => {
  it('finds 锂离子电池 by 锂电池, a synonym of its area, and says so', async () => {
    const page = await search('锂电池');
    expect(page.items.map((o) => o.id)).toContain(made.zhCells);
    expect(page.matches[made.zhCells as string]).toEqual([
      expect.objectContaining({
        kind: 'synonym',
        via: '锂电池',
        area: expect.objectContaining({ code: 'energy.batteries' }),
      }),
    ]);
    // The exact query still finds it, as an exact match.
    const exact = await search('锂离子电池');
    expect(exact.items[0]?.id).toBe(made.zhCells);
    expect(exact.matches[made.zhCells as string]).toEqual([{ kind: 'exact', term: '锂离子电池' }]);
  });

  it('finds the same robots in Russian, English and Chinese, whatever language they are written in', async () => {
    const robots = [made.zhCobots, made.ruWelding, made.enRobots].sort();
    expect((await ids('роботы')).sort()).toEqual(robots);
    expect((await ids('robots')).sort()).toEqual(robots);
    expect((await ids('机器人')).sort()).toEqual(robots);
    // The exact match first: the Russian query finds the Russian title before the others.
    expect((await ids('сварочные роботы'))[0]).toBe(made.ruWelding);
  });

  it('shows a Chinese-only offer to a Russian query and an English one, and a Russian-only one to English', async () => {
    expect(await ids('аккумуляторы')).toEqual(expect.arrayContaining([made.zhCells, made.zhRecycling]));
    // Both through synonyms (绿氢, топливные элементы): newest first.
    expect(await ids('водород')).toEqual([made.ruFuelCells, made.zhGreenH2]);
    const fuel = await search('fuel cells');
    expect(fuel.items.map((o) => o.id)).toEqual(expect.arrayContaining([made.ruFuelCells, made.zhGreenH2]));
    expect(fuel.matches[made.ruFuelCells as string]?.[0]).toMatchObject({ kind: 'synonym', via: 'fuel' });
    // The synonym found is highlighted too.
    expect(fuel.terms).toEqual(expect.arrayContaining(['топливные', 'элементы']));
  });

  it('ranks the exact matches before those found through synonyms', async () => {
    const page = await search('battery');
    expect(page.items[0]?.id).toBe(made.enBattery);
    expect(page.matches[made.enBattery as string]).toEqual([{ kind: 'exact', term: 'battery' }]);
    expect(page.items.map((o) => o.id)).toEqual(expect.arrayContaining([made.zhCells, made.zhRecycling]));
    expect(page.matches[made.zhCells as string]?.[0]?.kind).toBe('synonym');
  });
});

describe('a query relaxed to some of its words', () => {
  it('finds 电池回收 by 电池回收利用 although 利用 is in no text', async () => {
    expect(await ids('电池回收利用')).toContain(made.zhRecycling);
  });

  it('lists what has some of the words, after all of them and marked as partial, only when all find few', async () => {
    const page = await search('robots underwater');
    expect(page.items.map((o) => o.id).sort()).toEqual([made.zhCobots, made.ruWelding, made.enRobots].sort());
    expect(page.matches[made.enRobots as string]).toEqual([{ kind: 'partial', term: 'robots' }]);
    expect(page.matches[made.zhCobots as string]).toEqual([
      expect.objectContaining({ kind: 'partial', via: 'robots' }),
    ]);
    expect(page.total).toBe(3);
    // In Russian: one word in no text does not empty the results.
    expect((await ids('роботы подводные')).sort()).toEqual([made.zhCobots, made.ruWelding, made.enRobots].sort());
    // All words found: nothing relaxed.
    const strict = await search('industrial robots');
    expect(strict.items[0]?.id).toBe(made.enRobots);
    expect(
      Object.values(strict.matches)
        .flat()
        .some((m) => m.kind === 'partial'),
    ).toBe(false);
  });
});

describe('did you mean', () => {
  it.each([
    ['акумуляторы', 'аккумуляторы', 'zhCells'],
    ['batery', 'battery', 'enBattery'],
    ['robts', 'robots', 'enRobots'],
    ['锂电吃', '锂电池', 'zhCells'],
  ])('suggests %s → %s, which finds the results', async (typo, fixed, key) => {
    const wrong = await search(typo);
    expect(wrong.items).toEqual([]);
    expect(wrong.suggestion).toBe(fixed);
    expect(await ids(fixed)).toContain(made[key]);
  });

  it('suggests nothing when the query finds enough, or no word is close to a known one', async () => {
    expect((await search('роботы')).suggestion).toBeNull();
    expect((await search('qwxzv')).suggestion).toBeNull();
  });
});
