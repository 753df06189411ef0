import { describe, expect, it } from 'vitest';
import { areaConcept, extractConcepts, shippedConceptIndex } from './index.js';

const index = shippedConceptIndex();
const ids = (text: string) => extractConcepts(index, text).map((f) => f.concept);

describe('the shipped concept index', () => {
  it('holds every area of the taxonomy as a concept', () => {
    expect(index.concepts.get(areaConcept('energy.batteries'))).toEqual({
      id: 'area:energy.batteries',
      area: 'energy.batteries',
    });
    expect(index.parents.get('energy.batteries')).toBe('energy');
  });

  it('finds the battery area in Russian inflections, in Chinese and in English', () => {
    expect(ids('Поставляем литий-ионных аккумуляторов для электробусов')).toContain(areaConcept('energy.batteries'));
    expect(ids('采购锂离子电池')).toContain(areaConcept('energy.batteries'));
    expect(ids('Lithium-ion batteries for buses')).toContain(areaConcept('energy.batteries'));
  });
});
