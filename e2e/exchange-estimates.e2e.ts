import { beforeAll, describe, expect, it } from 'vitest';
import { seriousAccessibilityViolations } from './support/accessibility.js';
import { usePlatform } from './support/use-platform.js';

// A word found in more opportunities than the exchange counts one by one (1,000): the page gives the
// numbers as estimates and says so, in each language.
const MATCHES = 1600;

const platform = usePlatform({ demoData: true });

beforeAll(async () => {
  const [organization] = (await platform.query(`SELECT id, jurisdiction FROM organizations LIMIT 1`)).rows;
  await platform.query(
    `INSERT INTO opportunities (id, organization_id, jurisdiction, type, state, title, summary, published_at,
       expires_at, created_by, created_at, updated_at)
     SELECT gen_random_uuid(), $1, $2, CASE WHEN i % 4 = 0 THEN 'pilot_request' ELSE 'technology_offer' END,
       'published', jsonb_build_object('en', 'Hydrogen electrolyser ' || i), '{"en": "Stacks for green hydrogen."}',
       now(), now() + interval '1 year', $1, now(), now()
     FROM generate_series(1, $3::int) AS i`,
    [organization?.id, organization?.jurisdiction, MATCHES],
  );
});

describe('an exchange search with more matches than are counted one by one', () => {
  for (const [locale, found, explained] of [
    ['en-GB', /^About [\d,]+ opportunities found$/, /the numbers are estimates/],
    ['ru-RU', /^Найдено около [\d\s\u00a0\u202f]+ публикаций$/, /числа приблизительные/],
    ['zh-CN', /^共找到约 [\d,]+ 条合作机会$/, /以上数量为估计值/],
  ] as const) {
    it(`gives the total and the facet counts as estimates, and says so (${locale})`, async () => {
      const context = await platform.browser.newContext({ baseURL: platform.url, locale, reducedMotion: 'reduce' });
      const page = await context.newPage();
      await page.goto('/exchange?q=hydrogen');
      const total = page.getByText(found);
      await total.waitFor();
      const n = Number(((await total.textContent()) ?? '').replace(/\D/g, ''));
      // About 200 of the 1,600 are in the sample of one in eight: the estimate is near, and rounded.
      expect(n).toBeGreaterThan(1000);
      expect(n).toBeLessThan(2400);
      expect(await page.getByText(explained).isVisible()).toBe(true);
      expect(await page.locator('.facet-count').first().textContent()).toMatch(/^≈/);
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      await context.close();
    });
  }
});
