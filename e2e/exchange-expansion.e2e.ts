import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { seriousAccessibilityViolations } from './support/accessibility.js';
import { usePlatform } from './support/use-platform.js';

// The search across languages (ADR 0022): a query in one language finds an offer written only in
// another through a synonym of the taxonomy, and the card says why; a mistyped query offers the
// corrected one as a link that runs it. In each interface language.
const ROBOTS = 'Collaborative robot arms for assembly lines';
const FUEL_CELLS = 'Топливные элементы для погрузчиков';

const platform = usePlatform({ demoData: true });

beforeAll(async () => {
  const [organization] = (await platform.query(`SELECT id, jurisdiction FROM organizations LIMIT 1`)).rows;
  // One offer in English only, one in Russian only.
  await platform.query(
    `INSERT INTO opportunities (id, organization_id, jurisdiction, type, state, title, summary, published_at,
       expires_at, created_by, created_at, updated_at)
     VALUES (gen_random_uuid(), $1, $2, 'technology_offer', 'published', jsonb_build_object('en', $3::text),
       '{"en": "Cobots that work beside people."}', now(), now() + interval '1 year', $1, now(), now()),
       (gen_random_uuid(), $1, $2, 'technology_offer', 'published', jsonb_build_object('ru', $4::text),
       '{"ru": "Модули мощностью 30 кВт."}', now(), now() + interval '1 year', $1, now(), now())`,
    [organization?.id, organization?.jurisdiction, ROBOTS, FUEL_CELLS],
  );
});

const card = (page: Page, title: string) => page.locator('.opportunity-card').filter({ hasText: title });

describe('a search across languages', () => {
  for (const reader of [
    {
      locale: 'ru-RU',
      query: 'роботы',
      title: ROBOTS,
      why: /^Найдено по синониму «.+» для «роботы» \(область: .+\)$/,
      typo: 'робты',
      fixed: 'роботы',
      didYouMean: /^Возможно, вы искали роботы\?$/,
    },
    {
      locale: 'zh-CN',
      query: '机器人',
      title: ROBOTS,
      why: /^通过“机器人”的同义词“.+”找到（领域：.+）$/,
      typo: '机械背',
      fixed: '机械臂',
      didYouMean: /^您是不是要找机械臂？$/,
    },
    {
      locale: 'en-GB',
      query: 'hydrogen',
      title: FUEL_CELLS,
      why: /^Found through the synonym “.+” of “hydrogen” \(area: .+\)$/,
      typo: 'hidrogen',
      fixed: 'hydrogen',
      didYouMean: /^Did you mean hydrogen\?$/,
    },
  ]) {
    it(`finds a one-language offer through a synonym and says why; "did you mean" runs the corrected search (${reader.locale})`, async () => {
      const context = await platform.context({ locale: reader.locale });
      const page = await context.newPage();
      await page.goto(`/exchange?q=${encodeURIComponent(reader.query)}`);
      const found = card(page, reader.title);
      await found.waitFor();
      await expect.poll(() => found.locator('.match-reasons li').first().textContent()).toMatch(reader.why);
      expect(await seriousAccessibilityViolations(page)).toEqual([]);

      await page.goto(`/exchange?q=${encodeURIComponent(reader.typo)}`);
      const suggestion = page.locator('.did-you-mean');
      await suggestion.waitFor();
      expect(await suggestion.textContent()).toMatch(reader.didYouMean);
      const link = suggestion.getByRole('link', { name: reader.fixed });
      expect(await link.textContent()).toBe(reader.fixed);
      await link.click();
      await page.waitForURL((url) => url.searchParams.get('q') === reader.fixed);
      await card(page, reader.title).waitFor();
      expect(await page.locator('.exchange-search input').first().inputValue()).toBe(reader.fixed);
      await context.close();
    });
  }
});
