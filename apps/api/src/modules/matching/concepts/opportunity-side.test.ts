import { describe, expect, it } from 'vitest';
import { areaConcept, buildConceptIndex } from './concept-index.js';
import { AREAS, GLOSSARY } from './fixtures.test-helpers.js';
import { conceptsOfOpportunity, matchSideOf } from './opportunity-side.js';

const index = buildConceptIndex({ areas: AREAS, glossary: GLOSSARY });

describe('an opportunity as a side of a pair', () => {
  it('finds the concepts of every field in every language, merged, and marks those its title names', () => {
    const found = conceptsOfOpportunity(index, {
      title: { ru: 'Твердотельные аккумуляторы', en: 'Solid-state batteries' },
      summary: { ru: 'Без теплового разгона' },
      description: { zh: '激光雷达电源' },
    });
    expect(found).toEqual([
      { concept: 'batteries.solid-state', words: ['Твердотельные аккумуляторы', 'Solid-state batteries'], title: true },
      { concept: 'batteries.thermal-runaway', words: ['теплового разгона'] },
      { concept: 'sensing.lidar', words: ['激光雷达'] },
    ]);
    expect(found.map((f) => f.concept)).not.toContain(areaConcept('energy.batteries'));
  });

  it('takes its kind, terms and country from the opportunity', () => {
    const side = matchSideOf(
      {
        type: 'technology_offer',
        trl: 7,
        areas: ['energy'],
        cooperationForms: ['licence'],
        targetCountries: ['CN'],
        deadline: null,
        organizationJurisdiction: 'OTHER',
      },
      [],
    );
    expect(side).toMatchObject({ type: 'technology_offer', trl: 7, areas: ['energy'], country: null });
    expect(side.terms).toBeUndefined();
  });

  it('keeps the words of its texts for the similarity within a language, the generic ones left out', () => {
    const side = matchSideOf(
      {
        type: 'technology_request',
        trl: null,
        areas: [],
        cooperationForms: [],
        targetCountries: [],
        deadline: null,
        organizationJurisdiction: 'CN',
        title: { ru: 'Компания ищет сорбенты', zh: '寻求吸附剂技术' },
        summary: { ru: 'Нужны сорбенты для цезия' },
      },
      [],
    );
    expect(side.terms).toMatchObject({ '~сорбент': 2, '~цезия': 1, '~吸附': 1, '~附剂': 1 });
    for (const generic of ['~компан', '~ищет', '~技术', '~寻求']) expect(side.terms).not.toHaveProperty(generic);
  });
});
