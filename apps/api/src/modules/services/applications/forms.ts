import type { FormAnswers, FormDefinition } from '@innobridge/contracts';
import { hasAnyLanguage } from '@innobridge/contracts';
import type { FieldIssue } from '../../../lib/app-error.js';

/**
 * Application forms are data (ADR 0028): the provider's definition is checked here when saved, and
 * every application's answers are checked against the version of the form it was made with — the
 * same definition the web app renders.
 */

/** What is wrong with a form's definition: duplicate keys, a field without a label, a choice without options. */
export function checkDefinition(definition: FormDefinition, path = 'form'): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const seen = new Set<string>();
  definition.fields.forEach((field, i) => {
    if (seen.has(field.key)) issues.push({ path: `${path}.fields.${i}.key`, code: 'invalid' });
    seen.add(field.key);
    if (!hasAnyLanguage(field.label)) issues.push({ path: `${path}.fields.${i}.label`, code: 'required' });
    if (field.type === 'choice') {
      const options = field.options ?? [];
      if (options.length === 0) issues.push({ path: `${path}.fields.${i}.options`, code: 'required' });
      options.forEach((o, j) => {
        if (!hasAnyLanguage(o.label)) issues.push({ path: `${path}.fields.${i}.options.${j}.label`, code: 'required' });
      });
    } else if (field.options?.length) {
      issues.push({ path: `${path}.fields.${i}.options`, code: 'unknown_field' });
    }
  });
  return issues;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const isDate = (value: string) => {
  if (!DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
};
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * What is wrong with an application's answers under a form's definition: a required answer missing,
 * an answer of the wrong type, an unknown choice, an answer to no field. `complete` false checks a
 * draft: what is given must fit, what is missing may come later.
 */
export function checkAnswers(definition: FormDefinition, answers: FormAnswers, complete = true): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const keys = new Set(definition.fields.map((f) => f.key));
  for (const key of Object.keys(answers)) {
    if (!keys.has(key)) issues.push({ path: `answers.${key}`, code: 'unknown_field' });
  }
  for (const field of definition.fields) {
    const path = `answers.${field.key}`;
    const value = answers[field.key];
    if (value === undefined || value === '') {
      if (field.required && complete) issues.push({ path, code: 'required' });
      continue;
    }
    switch (field.type) {
      case 'text':
        if (typeof value !== 'string') issues.push({ path, code: 'invalid' });
        break;
      case 'number':
        if (typeof value !== 'number' || !Number.isFinite(value)) issues.push({ path, code: 'invalid' });
        break;
      case 'date':
        if (typeof value !== 'string' || !isDate(value)) issues.push({ path, code: 'invalid' });
        break;
      case 'choice':
        if (typeof value !== 'string' || !(field.options ?? []).some((o) => o.value === value)) {
          issues.push({ path, code: 'invalid_option' });
        }
        break;
      case 'file':
        if (typeof value !== 'string' || !UUID.test(value)) issues.push({ path, code: 'invalid' });
        break;
    }
  }
  return issues;
}
