import { describe, expect, it } from 'vitest';
import { stemWord } from './stem.js';

const same = (...words: string[]) => new Set(words.map(stemWord)).size === 1;

describe('stemWord', () => {
  it('gives the forms of a Russian noun or adjective one stem', () => {
    expect(same('аккумулятор', 'аккумуляторы', 'аккумуляторов', 'аккумуляторами')).toBe(true);
    expect(same('батарея', 'батареи', 'батарей', 'батареями')).toBe(true);
    expect(same('материал', 'материала', 'материалы', 'материалов')).toBe(true);
    expect(same('экран', 'экрана', 'экраны', 'экраном')).toBe(true);
    expect(same('ионный', 'ионные', 'ионных', 'ион')).toBe(true);
    expect(same('автомобиль', 'автомобили', 'автомобилей')).toBe(true);
    expect(same('сканирование', 'сканированный', 'сканированных')).toBe(true);
    expect(same('электролизёр', 'электролизеров', 'Электролизеры')).toBe(true);
  });

  it('keeps different Russian words apart', () => {
    expect(stemWord('литий')).not.toBe(stemWord('линия'));
    expect(stemWord('водород')).not.toBe(stemWord('вода'));
  });

  it('gives English singular and plural one stem, case aside', () => {
    expect(same('battery', 'batteries', 'Batteries')).toBe(true);
    expect(same('cell', 'cells')).toBe(true);
    expect(same('LiDAR', 'lidars')).toBe(true);
  });

  it('leaves words with digits as they are, lower-cased', () => {
    expect(stemWord('LiFePO4')).toBe('lifepo4');
    expect(stemWord('5G')).toBe('5g');
  });
});
