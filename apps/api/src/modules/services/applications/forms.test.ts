import type { FormDefinition } from '@innobridge/contracts';
import { describe, expect, it } from 'vitest';
import { checkAnswers, checkDefinition } from './forms.js';

const v1: FormDefinition = {
  fields: [
    { key: 'team', type: 'number', label: { en: 'Team size' }, required: true },
    { key: 'start', type: 'date', label: { ru: 'Дата начала' }, required: false },
    {
      key: 'stage',
      type: 'choice',
      label: { zh: '阶段' },
      required: true,
      options: [
        { value: 'seed', label: { en: 'Seed' } },
        { value: 'growth', label: { en: 'Growth' } },
      ],
    },
    { key: 'deck', type: 'file', label: { en: 'Pitch deck' }, required: false },
  ],
};

describe('application forms as data', () => {
  it('checks a definition: unique keys, labels, options only for a choice', () => {
    expect(checkDefinition(v1)).toEqual([]);
    expect(
      checkDefinition({
        fields: [
          { key: 'a', type: 'choice', label: { en: 'A' }, required: false, options: [] },
          { key: 'a', type: 'text', label: {}, required: false, options: [{ value: 'x', label: { en: 'X' } }] },
        ],
      }).map((i) => `${i.path} ${i.code}`),
    ).toEqual([
      'form.fields.0.options required',
      'form.fields.1.key invalid',
      'form.fields.1.label required',
      'form.fields.1.options unknown_field',
    ]);
  });

  it('checks answers by type, required flags and choices', () => {
    expect(checkAnswers(v1, { team: 4, stage: 'seed', start: '2027-01-15' })).toEqual([]);
    expect(
      checkAnswers(v1, { team: 'four', start: '2027-02-30', stage: 'series_z', deck: 'not-an-id', extra: 'x' }).map(
        (i) => `${i.path} ${i.code}`,
      ),
    ).toEqual([
      'answers.extra unknown_field',
      'answers.team invalid',
      'answers.start invalid',
      'answers.stage invalid_option',
      'answers.deck invalid',
    ]);
    expect(checkAnswers(v1, {}).map((i) => i.path)).toEqual(['answers.team', 'answers.stage']);
    // A draft may leave out what is required.
    expect(checkAnswers(v1, {}, false)).toEqual([]);
  });

  it('old answers still validate against the version they were made with after the form changed', () => {
    const answers = { team: 4, stage: 'seed' };
    const v2: FormDefinition = { fields: [{ key: 'pitch', type: 'text', label: { en: 'Pitch' }, required: true }] };
    expect(checkAnswers(v2, answers).length).toBeGreaterThan(0);
    expect(checkAnswers(v1, answers)).toEqual([]);
  });
});
