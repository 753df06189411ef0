import type { MatchNote } from '@innobridge/contracts';
import { resources } from '@innobridge/i18n';
import { describe, expect, it } from 'vitest';
import { noteKey, type Perspective, scoreBand, scriptLanguage } from './matching-labels.js';

const NOTES: MatchNote[] = [
  { code: 'pilot_ready', side: 'a', params: { trl: 7, min: 6 } },
  { code: 'pilot_ready', side: 'b', params: { trl: 6, min: 6 } },
  { code: 'forms_shared', params: { forms: ['licence'] } },
  { code: 'forms_differ', params: { a: ['licence'], b: ['investment'] } },
  { code: 'country_targeted', side: 'a', params: { country: 'CN' } },
  { code: 'country_targeted', side: 'b', params: { country: 'RU' } },
  { code: 'country_not_targeted', side: 'a', params: { country: 'CN' } },
  { code: 'country_not_targeted', side: 'b', params: { country: 'RU' } },
  { code: 'deadline_near', side: 'a', params: { deadline: '2026-12-20' } },
  { code: 'deadline_near', side: 'b', params: { deadline: '2026-12-20' } },
  { code: 'deadline_passed', side: 'a', params: { deadline: '2026-11-01' } },
  { code: 'deadline_passed', side: 'b', params: { deadline: '2026-11-01' } },
];

/** A message of the matching namespace by its dotted key, in one language. */
function message(lang: 'ru' | 'zh' | 'en', key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], resources[lang].matching);
}

describe('score bands', () => {
  it('tells a score by its band, strongest first', () => {
    expect(scoreBand(0.91)).toBe('strong');
    expect(scoreBand(0.5)).toBe('strong');
    expect(scoreBand(0.49)).toBe('good');
    expect(scoreBand(0.25)).toBe('good');
    expect(scoreBand(0.1)).toBe('possible');
    expect(scoreBand(0)).toBe('possible');
  });
});

describe('the language of a side’s words', () => {
  it('is told by the script', () => {
    expect(scriptLanguage('锂离子电池')).toBe('zh');
    expect(scriptLanguage('литий-ионный аккумулятор')).toBe('ru');
    expect(scriptLanguage('lithium-ion battery')).toBe('en');
    expect(scriptLanguage('LiFePO4 电池')).toBe('zh');
  });
});

describe('compatibility notes', () => {
  it('speak of the reader’s side as theirs and of the candidate as the other side', () => {
    const countryA = NOTES[4] as MatchNote;
    const countryB = NOTES[5] as MatchNote;
    expect(noteKey(countryA, 'mine')).toBe('matching.note.country_targeted.mine');
    expect(noteKey(countryB, 'mine')).toBe('matching.note.country_targeted.theirs');
    expect(noteKey(countryA, 'this')).toBe('matching.note.country_targeted.this');
    expect(noteKey(countryB, 'this')).toBe('matching.note.country_targeted.theirsThis');
    expect(noteKey(NOTES[2] as MatchNote, 'mine')).toBe('matching.note.forms_shared');
    expect(noteKey(NOTES[3] as MatchNote, 'this')).toBe('matching.note.forms_differ.this');
  });

  it.each(['ru', 'zh', 'en'] as const)('have a message for every code, side and perspective in %s', (lang) => {
    for (const perspective of ['mine', 'this'] as Perspective[]) {
      for (const note of NOTES) {
        const text = message(lang, noteKey(note, perspective));
        expect(typeof text, `${lang} ${note.code} ${'side' in note ? note.side : ''} ${perspective}`).toBe('string');
        // Every parameter of the note is placed in the message by interpolation.
        for (const param of Object.keys(note.params)) expect(text).toContain(`{{${param}}}`);
      }
    }
  });
});
