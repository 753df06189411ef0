import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../test/test-app.js';

/** Validation messages say what was wrong in the words of what is measured, in the caller's language. */
let t: TestApp;
let person: Session;

beforeAll(async () => {
  t = await createTestApp();
  person = await t.signUp('validation-messages@example.com');
});
afterAll(() => t.close());

const organization = (changes: Record<string, unknown>) => ({
  type: 'company',
  jurisdiction: 'OTHER',
  city: 'Minsk',
  legalId: 'BY 190000001',
  name: { en: 'Validation Ltd' },
  ...changes,
});

async function fieldOf(res: Awaited<ReturnType<TestApp['call']>>) {
  expect(res.statusCode).toBe(422);
  expect(res.json().code).toBe('validation_failed');
  return res.json().errors[0] as { path: string; code: string; message: string };
}

describe('validation messages', () => {
  it.each([
    ['en', 'The value must not be greater than 100.'],
    ['ru', 'Значение не должно быть больше 100.'],
    ['zh', '数值不能大于 100。'],
  ])('a page size over the limit names the limit, not a length (%s)', async (locale, message) => {
    const res = await t.call('GET', '/api/v1/opportunities?limit=1000', { locale });
    expect(await fieldOf(res)).toEqual({ path: 'limit', code: 'too_large', message });
  });

  it('a page size under the limit names the smallest one', async () => {
    const res = await t.call('GET', '/api/v1/opportunities?limit=0', { locale: 'en' });
    expect(await fieldOf(res)).toEqual({
      path: 'limit',
      code: 'too_small',
      message: 'The value must not be less than 1.',
    });
  });

  it.each([
    ['en', 'This field is required.'],
    ['ru', 'Обязательное поле.'],
    ['zh', '此项为必填项。'],
  ])('a missing choice is a missing value, not a wrong choice (%s)', async (locale, message) => {
    const { type: _omitted, ...withoutType } = organization({});
    const res = await t.call('POST', '/api/v1/organizations', { as: person, locale, body: withoutType });
    expect(await fieldOf(res)).toEqual({ path: 'type', code: 'required', message });
  });

  it('a wrong choice is still a wrong choice', async () => {
    const res = await t.call('POST', '/api/v1/organizations', {
      as: person,
      locale: 'en',
      body: organization({ type: 'guild' }),
    });
    expect(await fieldOf(res)).toMatchObject({ path: 'type', code: 'invalid_option' });
  });

  it.each([
    ['en', 'Too long: at most 120 characters are allowed.'],
    ['ru', 'Текст слишком длинный. Допустимая длина, символов: не более 120.'],
    ['zh', '内容过长：最多允许 120 个字符。'],
  ])('a text over its limit names the number of characters allowed (%s)', async (locale, message) => {
    const res = await t.call('POST', '/api/v1/organizations', {
      as: person,
      locale,
      body: organization({ city: 'M'.repeat(121) }),
    });
    expect(await fieldOf(res)).toEqual({ path: 'city', code: 'too_long', message });
    const count = await t.database.query('select count(*)::int as n from organizations');
    expect(count.rows[0]?.n).toBe(0);
  });

  it.each([
    ['en', 'Too many items: at most 20 are allowed.'],
    ['ru', 'Слишком много элементов. Допустимое количество: не более 20.'],
    ['zh', '项目过多：最多允许 20 项。'],
  ])('a list over its limit names the number of items allowed (%s)', async (locale, message) => {
    const res = await t.call('POST', '/api/v1/opportunities', {
      as: person,
      locale,
      body: {
        organizationId: '0195d0c4-8b6e-7000-8000-000000000000',
        type: 'technology_offer',
        title: { en: 'Too many areas' },
        summary: { en: 'A list longer than the contract allows.' },
        areas: Array.from({ length: 21 }, (_, i) => `area-${i}`),
      },
    });
    expect(await fieldOf(res)).toEqual({ path: 'areas', code: 'too_many', message });
  });
});
