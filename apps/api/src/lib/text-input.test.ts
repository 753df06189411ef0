import { describe, expect, it } from 'vitest';
import { AppError } from './app-error.js';
import { assertStorableText, isStorableText, unstorableTextPaths } from './text-input.js';

describe('isStorableText', () => {
  it('accepts text of every script, surrogate pairs and other control characters included', () => {
    for (const text of ['', 'Москва', '中关村', 'tab\there', 'emoji 🀄😀', '\u200b\u202e'])
      expect(isStorableText(text), JSON.stringify(text)).toBe(true);
  });

  it('refuses U+0000 and a lone surrogate of either half, wherever it stands', () => {
    for (const text of ['\0', 'a\u0000b', '\ud800', 'x\udfff', '\udc00\ud800', '😀\ud83d'])
      expect(isStorableText(text), JSON.stringify(text)).toBe(false);
  });
});

describe('unstorableTextPaths', () => {
  it('names every bad string and object key by its path, in document order', () => {
    const value = { title: { ru: 'ok', en: 'b\0ad' }, areas: ['ok', '\ud800'], 'k\0ey': 'fine', n: 1, none: null };
    expect(unstorableTextPaths(value)).toEqual(['title.en', 'areas.1', 'k\ufffdey']);
  });

  it('walks a body nested far deeper than the call stack would allow', () => {
    let deep: unknown = '\0';
    for (let i = 0; i < 200_000; i++) deep = [deep];
    const paths = unstorableTextPaths(deep);
    expect(paths).toHaveLength(1);
    expect(paths[0]?.split('.')).toHaveLength(200_000);
  });
});

describe('assertStorableText', () => {
  it('throws a validation error naming the fields, a bare string by its part', () => {
    const run = () => assertStorableText({ querystring: { q: '\0' }, body: '\ud800' });
    expect(run).toThrow(AppError);
    try {
      run();
    } catch (error) {
      expect((error as AppError).code).toBe('validation_failed');
      expect((error as AppError).options.fields).toEqual([
        { path: 'q', code: 'invalid_characters' },
        { path: 'body', code: 'invalid_characters' },
      ]);
    }
  });

  it('lets storable input through', () => {
    expect(() => assertStorableText({ params: { id: 'x' }, querystring: {}, body: undefined })).not.toThrow();
  });
});
