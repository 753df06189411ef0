import { describe, expect, it } from 'vitest';
import { areaConcept, extractConcepts, shippedConceptIndex } from './index.js';

const index = shippedConceptIndex();
const ids = (text: string) => extractConcepts(index, text).map((f) => f.concept);

describe('the shipped concept index', () => {
  it('holds every area of the taxonomy as a concept, labelled in three languages', () => {
    expect(index.concepts.get(areaConcept('energy.batteries'))).toEqual({
      id: 'area:energy.batteries',
      area: 'energy.batteries',
      label: { ru: 'литий-ионные аккумуляторы', zh: '锂离子电池', en: 'lithium-ion batteries' },
    });
    expect(index.parents.get('energy.batteries')).toBe('energy');
  });

  it('finds the battery area in Russian inflections, in Chinese and in English', () => {
    expect(ids('Поставляем литий-ионных аккумуляторов для электробусов')).toContain(areaConcept('energy.batteries'));
    expect(ids('采购锂离子电池')).toContain(areaConcept('energy.batteries'));
    expect(ids('Lithium-ion batteries for buses')).toContain(areaConcept('energy.batteries'));
  });

  it('finds no concept in a word that only shares its stem with a term', () => {
    // Porter2 and Snowball join customers to customs, machines to machining, wells, housings, reports,
    // bonds and pilots to the terms with those words; стали (became) to сталь, метров to метро.
    expect(
      ids('Our customers run the machines in wells of the gearbox housings; the pilot ended with reports and bonds.'),
    ).toEqual(['manufacturing.gearbox']);
    expect(ids('Цены стали выше, до 20 метров; литые корпуса.')).toEqual([]);
  });

  it('still finds those concepts by their longer terms, in every language', () => {
    const found = ids('Customs clearance of CNC machining parts for oil wells, 铜合金, медь');
    for (const id of ['logistics.customs-clearance', 'manufacturing.machining', 'energy.oil-well', 'materials.copper'])
      expect(found).toContain(id);
    expect(extractConcepts(index, 'сплавы меди; 铜合金').find((f) => f.concept === 'materials.copper')?.words).toEqual([
      'меди',
      '铜合金',
    ]);
  });
});
