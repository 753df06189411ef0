import { describe, expect, it } from 'vitest';
import { LOCALES } from '../common/enums.js';
import { isPlaceCode, OTHER_PLACE, PLACE_NAMES, PLACES, placeByName, placeName, placeWithin } from './places.js';

describe('the reference list of cities and regions', () => {
  it('has unique codes, names in every language, and parents that exist', () => {
    const codes = PLACES.map((p) => p.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes).not.toContain(OTHER_PLACE);
    for (const place of PLACES) {
      for (const lang of LOCALES) expect(place.name[lang].trim(), `${place.code} ${lang}`).not.toBe('');
      if (place.parent) expect(isPlaceCode(place.parent), place.code).toBe(true);
    }
  });

  it('never gives one name to two places', () => {
    const seen = new Map<string, string>();
    for (const [name, code] of PLACE_NAMES) {
      expect(seen.get(name) ?? code, name).toBe(code);
      seen.set(name, code);
    }
  });

  it('finds a place by its name in any language, and the most precise part of a composed name', () => {
    for (const typed of ['Пекин', '北京', 'Beijing', ' BEIJING ', 'Peking'])
      expect(placeByName(typed), typed).toBe('CN-BJ');
    expect(placeByName('Beijing · Haidian')).toBe('CN-BJ-HD');
    expect(placeByName('Москва, Зеленоград')).toBe('RU-MOW-ZEL');
    expect(placeByName('Алматы')).toBeUndefined();
  });

  it('names a place in the reader\'s language, and "other" by its own text', () => {
    expect(placeName('CN-BJ', '', 'ru')).toBe('Пекин');
    expect(placeName('CN-BJ', '', 'zh')).toBe('北京');
    expect(placeName('other', 'Almaty', 'zh')).toBe('Almaty');
  });

  it("includes a city's districts in a filter by the city", () => {
    expect(placeWithin('CN-BJ').sort()).toEqual(['CN-BJ', 'CN-BJ-CP', 'CN-BJ-HD', 'CN-BJ-ZGC']);
    expect(placeWithin('RU-KZN')).toEqual(['RU-KZN']);
  });
});
