import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Factories, factories } from '../../../test/factories.js';
import { createTestApp, PASSWORD, type TestApp } from '../../../test/test-app.js';

// The account's time zone: an IANA name, stored in its canonical spelling; anything else is refused
// in the reader's language, and nothing is written.
let t: TestApp;
let f: Factories;
beforeAll(async () => {
  t = await createTestApp();
  f = factories(t);
});
afterAll(() => t.close());

describe('the time zone of an account', () => {
  it('is kept from sign-up, in its canonical spelling', async () => {
    const res = await t.call('POST', '/api/v1/auth/signup', {
      body: { email: 'li@example.cn', password: PASSWORD, displayName: '李', locale: 'zh', timeZone: 'asia/shanghai' },
    });
    expect(res.statusCode).toBe(202);
    const rows = await t.database.query(`SELECT time_zone FROM users WHERE email = $1`, ['li@example.cn']);
    expect((rows.rows[0] as { time_zone?: string } | undefined)?.time_zone).toBe('Asia/Shanghai');
  });

  it('refuses a sign-up with a zone that does not exist, and makes no account', async () => {
    const res = await t.call('POST', '/api/v1/auth/signup', {
      locale: 'ru',
      body: { email: 'mars@example.ru', password: PASSWORD, displayName: 'Марс', timeZone: 'Mars/Olympus' },
    });
    expect(res.statusCode).toBe(422);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({
      code: 'time_zone_invalid',
      errors: [{ path: 'timeZone', code: 'time_zone_invalid', message: expect.stringContaining('часового пояса') }],
    });
    const rows = await t.database.query(`SELECT 1 FROM users WHERE email = $1`, ['mars@example.ru']);
    expect(rows.rows).toHaveLength(0);
  });

  it('is changed in the profile, and a bad one leaves the profile as it was', async () => {
    const user = await f.user({ locale: 'en' });
    const s = await t.signIn(user.email);
    const set = await t.call('PATCH', '/api/v1/me', { as: s, body: { timeZone: 'Europe/Moscow' } });
    expect(set.statusCode).toBe(200);
    expect(set.json().timeZone).toBe('Europe/Moscow');

    for (const [zone, locale, words] of [
      ['MSK', 'en', 'not a time zone'],
      ['GMT+3', 'zh', '没有这个时区'],
      ['Europe/Atlantis', 'ru', 'Такого часового пояса нет'],
    ] as const) {
      const bad = await t.call('PATCH', '/api/v1/me', {
        as: s,
        locale,
        body: { displayName: 'Renamed', timeZone: zone },
      });
      expect(bad.statusCode).toBe(422);
      expect(bad.headers['content-type']).toContain('application/problem+json');
      expect(bad.json().code).toBe('time_zone_invalid');
      expect(bad.json().errors[0].message).toContain(words);
    }
    const me = await t.call('GET', '/api/v1/me', { as: s });
    expect(me.json()).toMatchObject({ timeZone: 'Europe/Moscow', displayName: user.displayName });
  });
});
