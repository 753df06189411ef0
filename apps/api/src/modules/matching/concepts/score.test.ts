import { describe, expect, it } from 'vitest';
import { areaConcept, buildConceptIndex } from './concept-index.js';
import { extractFromTexts } from './extract.js';
import { AREAS, GLOSSARY } from './fixtures.test-helpers.js';
import { conceptsOfOpportunity, matchSideOf, type OpportunityTexts } from './opportunity-side.js';
import { areaProfile, type Frequencies, idf, kindWeight, type MatchSide, scoreMatch, WEIGHTS } from './score.js';

const index = buildConceptIndex({ areas: AREAS, glossary: GLOSSARY });
const TODAY = '2026-12-03';
const freq: Frequencies = { total: 100, of: (c) => (c.startsWith('area:energy') ? 30 : 5) };

function side(type: MatchSide['type'], texts: string[], extra: Partial<MatchSide> = {}): MatchSide {
  return {
    type,
    trl: null,
    areas: [],
    concepts: extractFromTexts(index, texts),
    cooperationForms: [],
    targetCountries: [],
    country: null,
    deadline: null,
    ...extra,
  };
}

const ruOffer = side(
  'technology_offer',
  [
    'Твердотельные аккумуляторы для электробусов',
    'Производим твердотельные батареи без жидкого электролита: нет теплового разгона, ресурс 5000 циклов.',
  ],
  { trl: 7, country: 'RU', cooperationForms: ['licence', 'joint_venture'] },
);
const zhRequest = side(
  'technology_request',
  ['寻求固态电池技术', '我公司为电动客车寻找固态电池供应商，要求解决热失控问题。'],
  { country: 'CN', targetCountries: ['RU', 'KZ'], cooperationForms: ['licence'] },
);
const ruHydrogen = side(
  'technology_offer',
  ['PEM-электролизеры для производства водорода', 'Электролизер с протонообменной мембраной, 1 МВт.'],
  { trl: 7, country: 'RU' },
);

describe('scoreMatch', () => {
  it('ranks a Russian offer and a Chinese request about the same technology, with no area chosen, above an unrelated offer of the same field', () => {
    const same = scoreMatch(index, ruOffer, zhRequest, freq, TODAY);
    const other = scoreMatch(index, ruHydrogen, zhRequest, freq, TODAY);
    expect(same).not.toBeNull();
    expect(other).not.toBeNull();
    expect(same?.score ?? 0).toBeGreaterThan(2 * (other?.score ?? 0));
    expect(other?.parts.concepts).toBe(0);
    expect(other?.explanation.areas).toEqual([{ code: 'energy', level: 1 }]);
  });

  it('explains itself: the shared areas, the concepts with the words of each side, the notes', () => {
    const result = scoreMatch(index, ruOffer, zhRequest, freq, TODAY);
    expect(result?.explanation.areas).toEqual([{ code: 'energy.batteries', level: 2 }]);
    const concepts = result?.explanation.concepts ?? [];
    expect(concepts.map((c) => c.concept).sort()).toEqual(['batteries.solid-state', 'batteries.thermal-runaway']);
    expect(concepts.find((c) => c.concept === 'batteries.solid-state')).toMatchObject({
      area: 'energy.batteries',
      a: ['Твердотельные аккумуляторы', 'твердотельные батареи'],
      b: ['固态电池'],
    });
    expect(concepts.find((c) => c.concept === 'batteries.thermal-runaway')).toMatchObject({
      a: ['теплового разгона'],
      b: ['热失控'],
    });
    expect(result?.explanation.notes).toEqual([
      { code: 'forms_shared', params: { forms: ['licence'] } },
      { code: 'country_targeted', side: 'b', params: { country: 'RU' } },
    ]);
  });

  it('is the same score both ways round', () => {
    const ab = scoreMatch(index, ruOffer, zhRequest, freq, TODAY)?.score;
    const ba = scoreMatch(index, zhRequest, ruOffer, freq, TODAY)?.score;
    expect(ab).toBeCloseTo(ba ?? -1, 10);
  });

  it('gives nothing for kinds that do not answer each other, and a pilot only offers ready for one', () => {
    expect(scoreMatch(index, ruOffer, ruHydrogen, freq, TODAY)).toBeNull();
    const pilot = side('pilot_request', ['试点固态电池'], {});
    expect(scoreMatch(index, pilot, { ...ruOffer, trl: 4 }, freq, TODAY)).toBeNull();
    expect(scoreMatch(index, pilot, ruOffer, freq, TODAY)?.explanation.notes).toContainEqual({
      code: 'pilot_ready',
      side: 'b',
      params: { trl: 7, min: 6 },
    });
  });

  it('weighs rare concepts above common ones', () => {
    expect(idf(freq, 'batteries.solid-state')).toBeGreaterThan(idf(freq, areaConcept('energy.batteries')));
    expect(idf({ total: 0, of: () => 0 }, 'x')).toBeGreaterThan(0);
  });

  it('lowers the score for a passed deadline, a country not targeted and forms that differ', () => {
    const base = scoreMatch(index, ruOffer, zhRequest, freq, TODAY);
    const late = scoreMatch(index, ruOffer, { ...zhRequest, deadline: '2026-11-30' }, freq, TODAY);
    const elsewhere = scoreMatch(index, { ...ruOffer, country: 'DE' }, zhRequest, freq, TODAY);
    const forms = scoreMatch(index, ruOffer, { ...zhRequest, cooperationForms: ['investment'] }, freq, TODAY);
    for (const worse of [late, elsewhere, forms]) expect(worse?.score ?? 1).toBeLessThan(base?.score ?? 0);
    expect(late?.explanation.notes).toContainEqual({
      code: 'deadline_passed',
      side: 'b',
      params: { deadline: '2026-11-30' },
    });
    expect(elsewhere?.explanation.notes).toContainEqual({
      code: 'country_not_targeted',
      side: 'b',
      params: { country: 'DE' },
    });
    const soon = scoreMatch(index, ruOffer, { ...zhRequest, deadline: '2026-12-20' }, freq, TODAY);
    expect(soon?.explanation.notes).toContainEqual({
      code: 'deadline_near',
      side: 'b',
      params: { deadline: '2026-12-20' },
    });
  });
});

/** A side made as the platform makes it: concepts of the fields (the title's marked) and the texts' words. */
function opportunity(type: MatchSide['type'], texts: OpportunityTexts): MatchSide {
  const fields = { type, trl: 7, areas: [], cooperationForms: [], targetCountries: [], deadline: null };
  return matchSideOf({ ...fields, organizationJurisdiction: 'OTHER', ...texts }, conceptsOfOpportunity(index, texts));
}

describe('what a concept weighs', () => {
  it('weighs a concept its title names above one only in its description', () => {
    const request = opportunity('technology_request', {
      title: { zh: '寻求固态电池' },
      summary: { zh: '也考虑激光雷达' },
    });
    const battery = opportunity('technology_offer', {
      title: { ru: 'Предложение' },
      summary: { ru: 'твердотельные батареи' },
    });
    const lidar = opportunity('technology_offer', { title: { ru: 'Предложение' }, summary: { ru: 'лидар' } });
    const a = scoreMatch(index, request, battery, freq, TODAY);
    const b = scoreMatch(index, request, lidar, freq, TODAY);
    expect(a?.parts.concepts).toBeCloseTo(WEIGHTS.title / Math.hypot(WEIGHTS.title, 1), 10);
    expect(a?.score ?? 0).toBeGreaterThan(b?.score ?? 1);
  });

  it('weighs the name of a domain, then of an area, below a concept of the glossary', () => {
    expect(kindWeight(index, areaConcept('energy'))).toBe(WEIGHTS.domainConcept);
    expect(kindWeight(index, areaConcept('energy.batteries'))).toBe(WEIGHTS.areaConcept);
    expect(kindWeight(index, 'batteries.solid-state')).toBe(1);
    expect(WEIGHTS.domainConcept).toBeLessThan(WEIGHTS.areaConcept);
    // The request names the power sector and a lidar; an offer that shares only the sector's name gets little.
    const even: Frequencies = { total: 100, of: () => 5 };
    const request = side('technology_request', ['power sector, лидар']);
    const sector = side('technology_offer', ['электроэнергетика']);
    const result = scoreMatch(index, request, sector, even, TODAY);
    expect(result?.parts.concepts).toBeCloseTo(WEIGHTS.domainConcept / Math.hypot(WEIGHTS.domainConcept, 1), 10);
  });
});

describe('text similarity within a language', () => {
  const texts = (summary: Record<string, string>): OpportunityTexts => ({ title: { en: 'Offer' }, summary });
  const request = opportunity('technology_request', texts({ ru: 'Нужны сорбенты для извлечения цезия из стоков' }));

  it('adds the words two texts of one language share, and nothing across languages', () => {
    const same = opportunity('technology_offer', texts({ ru: 'Ферроцианидные сорбенты цезия' }));
    const other = opportunity('technology_offer', texts({ zh: '铯吸附剂' }));
    const sameScore = scoreMatch(index, request, same, freq, TODAY);
    expect(sameScore?.parts.text ?? 0).toBeGreaterThan(0);
    expect(scoreMatch(index, request, other, freq, TODAY)?.parts.text).toBe(0);
    const withoutWords = scoreMatch(index, { ...request, terms: undefined }, same, freq, TODAY);
    expect(withoutWords?.parts.text).toBe(0);
    expect(sameScore?.score ?? 0).toBeGreaterThan(withoutWords?.score ?? 1);
  });

  it('gives nothing for the words every opportunity writes', () => {
    const generic = opportunity('technology_offer', texts({ ru: 'Компания предлагает технологию и ищет партнёров' }));
    const alsoGeneric = opportunity('technology_request', texts({ ru: 'Ищем технологию, нужен партнёр' }));
    expect(scoreMatch(index, alsoGeneric, generic, freq, TODAY)?.parts.text).toBe(0);
  });
});

describe('areaProfile', () => {
  it('counts a concept’s area and brings a level-2 area’s domain at a lower weight', () => {
    const profile = areaProfile(index, { areas: ['transport'], concepts: [{ concept: 'sensing.lidar', words: [] }] });
    expect(Object.fromEntries(profile)).toEqual({
      transport: WEIGHTS.domain,
      'transport.autonomous': 1,
    });
  });
});
