import { describe, expect, it } from 'vitest';
import { areaConcept, buildConceptIndex } from './concept-index.js';
import { extractConcepts } from './extract.js';
import { AREAS, GLOSSARY } from './fixtures.test-helpers.js';

const index = buildConceptIndex({ areas: AREAS, glossary: GLOSSARY });
const ids = (text: string) => extractConcepts(index, text).map((f) => f.concept);
const wordsOf = (text: string, concept: string) =>
  extractConcepts(index, text).find((f) => f.concept === concept)?.words;

describe('extractConcepts', () => {
  it('finds a Russian term in any inflection, with the words as written', () => {
    const text = 'Производим литий-ионных аккумуляторов для электробусов';
    expect(ids(text)).toContain(areaConcept('energy.batteries'));
    expect(wordsOf(text, areaConcept('energy.batteries'))).toEqual(['литий-ионных аккумуляторов']);
    expect(ids('Разработали твердотельные аккумуляторы')).toEqual(['batteries.solid-state']);
    expect(ids('поставка твердотельных батарей')).toEqual(['batteries.solid-state']);
  });

  it('takes the longest Russian or English term, not the words inside it', () => {
    expect(ids('твердотельный аккумулятор')).not.toContain('batteries.battery');
    expect(ids('аккумулятор на складе')).toEqual(['batteries.battery']);
    expect(ids('a solid-state battery pack')).toEqual(['batteries.solid-state']);
  });

  it('does not join words across punctuation', () => {
    expect(ids('твердотельный. Аккумулятор')).toEqual(['batteries.battery']);
  });

  it('finds the longest Chinese term first', () => {
    expect(ids('我们需要锂离子电池的供应商')).toEqual([areaConcept('energy.batteries')]);
    expect(ids('寻找固态电池技术')).toEqual(['batteries.solid-state']);
    expect(ids('电池管理')).toEqual(['batteries.battery']);
    expect(wordsOf('需要钠离子电池', 'batteries.sodium-ion')).toEqual(['钠离子电池']);
  });

  it('meets English plurals, case and hyphens written as spaces', () => {
    expect(ids('Solid state batteries for drones')).toEqual(['batteries.solid-state']);
    expect(ids('SOLID-STATE BATTERIES')).toEqual(['batteries.solid-state']);
    expect(ids('lithium ion battery')).toContain(areaConcept('energy.batteries'));
    expect(ids('PEM electrolysers and PEM electrolyzers')).toEqual(['hydrogen.pem-electrolyser']);
    expect(wordsOf('PEM electrolysers and PEM electrolyzers', 'hydrogen.pem-electrolyser')).toEqual([
      'PEM electrolysers',
      'PEM electrolyzers',
    ]);
  });

  it('reads texts of mixed scripts', () => {
    const found = ids('Модули Li-ion и LiDAR для беспилотных автомобилей, 激光雷达');
    expect(found).toEqual(
      expect.arrayContaining([areaConcept('energy.batteries'), 'sensing.lidar', areaConcept('transport.autonomous')]),
    );
    expect(wordsOf('Модули Li-ion и LiDAR, 激光雷达', 'sensing.lidar')).toEqual(['LiDAR', '激光雷达']);
    expect(ids('供应PEM电解槽')).toEqual(['hydrogen.pem-electrolyser']);
    expect(ids('PEM-электролизеров')).toEqual(['hydrogen.pem-electrolyser']);
  });

  it('finds nothing in a text without terms', () => {
    expect(ids('Мы ищем партнёра для совместной работы')).toEqual([]);
    expect(ids('')).toEqual([]);
  });
});

describe('abbreviations', () => {
  const abbreviations = buildConceptIndex({
    areas: [
      {
        code: 'ict.xr',
        parent: null,
        label: { ru: 'дополненная реальность', zh: '增强现实', en: 'augmented reality' },
        synonyms: { ru: ['AR'], zh: ['AR'], en: ['AR', 'AR glasses'] },
      },
    ],
    glossary: [{ id: 'electronics.pcb', area: null, ru: ['ПП'], zh: ['印制电路板'], en: ['PCB'] }],
  });
  const found = (text: string) => extractConcepts(abbreviations, text).map((f) => f.concept);

  it('meets an abbreviation only as written in capitals', () => {
    expect(found('We are here')).toEqual([]);
    expect(found('очки AR для склада')).toEqual(['area:ict.xr']);
    expect(found('AR glasses')).toEqual(['area:ict.xr']);
    expect(found('PCBs and PCB assembly')).toEqual(['electronics.pcb']);
  });

  it('still reads words written in capitals as words', () => {
    expect(found('AUGMENTED REALITY')).toEqual(['area:ict.xr']);
  });
});

describe('short Russian stems', () => {
  const short = buildConceptIndex({
    areas: [],
    glossary: [
      { id: 'agrifood.honey', area: null, ru: ['мёд'], zh: ['蜂蜜'], en: ['honey'] },
      { id: 'materials.lithium', area: null, ru: ['литий', 'лития'], zh: ['碳酸锂'], en: ['lithium'] },
      { id: 'energy.li-ion', area: null, ru: ['литий-ионные аккумуляторы'], zh: ['锂离子电池'], en: ['Li-ion'] },
    ],
  });
  const found = (text: string) => extractConcepts(short, text).map((f) => f.concept);

  it('meets a one-word term whose stem is three letters or fewer only in the forms it lists', () => {
    // Snowball makes мёд and меди (copper) both мед, литий and литые (cast) both лит.
    expect(found('сплавы меди и никеля')).toEqual([]);
    expect(found('литые детали')).toEqual([]);
    expect(found('гречишный мед')).toEqual(['agrifood.honey']);
    expect(found('добыча лития')).toEqual(['materials.lithium']);
  });

  it('still meets such a word by its stem inside a longer term', () => {
    expect(found('поставка литий-ионных аккумуляторов')).toEqual(['energy.li-ion']);
  });
});
