import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousAccessibilityViolations } from './support/accessibility.js';
import { launchChromium, readerContext } from './support/browser.js';
import { startTestPlatform, type TestPlatform } from './support/platform.js';

// A demo account (see dashboard.e2e.ts) saves a search of the exchange.
const DEMO_PASSWORD = 'innobridge-demo';
const CHEN = 'chen@demo.innobridge.local';

let platform: TestPlatform;
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
  platform = await startTestPlatform({ demoData: true });
});

afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

const READERS = [
  {
    lang: 'ru',
    browserLocale: 'ru-RU',
    save: 'Сохранить этот поиск',
    name: 'Название',
    alerts: 'Оповещения по почте',
    daily: 'Ежедневная сводка в 08:00 по вашему времени',
    title: 'Мои сохранённые поиски',
    feed: 'Лента Atom',
  },
  {
    lang: 'zh',
    browserLocale: 'zh-CN',
    save: '保存此搜索',
    name: '名称',
    alerts: '邮件提醒',
    daily: '每日摘要，您当地时间 08:00',
    title: '我保存的搜索',
    feed: 'Atom 订阅源',
  },
  {
    lang: 'en',
    browserLocale: 'en-US',
    save: 'Save this search',
    name: 'Name',
    alerts: 'E-mail alerts',
    daily: 'Daily digest, at 08:00 your time',
    title: 'My saved searches',
    feed: 'Atom feed',
  },
] as const;

describe('saved searches', () => {
  it.each(READERS)(
    'saves a search of the exchange with a daily digest and shows its feed, in $lang',
    async (reader) => {
      const context = await readerContext(browser, platform.url, { locale: reader.browserLocale });
      const headers = { Origin: platform.url };
      const login = await context.request.post('/api/v1/auth/login', {
        data: { email: CHEN, password: DEMO_PASSWORD },
        headers,
      });
      expect(login.status()).toBe(200);
      expect((await context.request.patch('/api/v1/me', { data: { locale: reader.lang }, headers })).status()).toBe(
        200,
      );

      const page = await context.newPage();
      await page.goto('/exchange?q=battery&sort=date');
      await page.getByTestId('save-search').click();
      const dialog = page.getByRole('dialog');
      // Unique to this attempt, should the test be run again on the same platform.
      const name = `battery ${reader.lang} ${Math.random().toString(36).slice(2, 8)}`;
      await dialog.getByLabel(reader.name).fill(name);
      await dialog.getByLabel(reader.alerts).click();
      await page.locator('.ant-select-item-option', { hasText: reader.daily }).click();
      await dialog.getByRole('button', { name: reader.save }).click();
      await expect.poll(() => dialog.isVisible()).toBe(false);

      await page.goto('/saved-searches');
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(reader.title);
      const card = page.getByRole('region', { name });
      await expect.poll(() => card.count()).toBe(1);
      // The alert frequency chosen is the one shown.
      expect(await card.textContent()).toContain(reader.daily);
      const feed = card.getByLabel(reader.feed);
      expect(await feed.inputValue()).toMatch(/\/api\/v1\/feeds\/saved-searches\/[\w-]{20,}$/);
      // The feed is there at its address, as a feed reader would read it.
      const atom = await context.request.get(new URL(await feed.inputValue()).pathname);
      expect(atom.status()).toBe(200);
      expect(await atom.text()).toContain(`<title>${name}</title>`);
      expect(await seriousAccessibilityViolations(page)).toEqual([]);

      // On a phone, nothing runs off the side of the page.
      await page.setViewportSize({ width: 375, height: 740 });
      const overflowing = () =>
        page.evaluate(() =>
          [...document.querySelectorAll('main *')]
            .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
            .map((e) => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')}`)
            .slice(0, 5),
        );
      await expect.poll(overflowing).toEqual([]);

      const saved = await context.request.get('/api/v1/me/saved-searches');
      const mine = ((await saved.json()).items as { id: string; name: string; frequency: string }[]).find(
        (s) => s.name === name,
      );
      expect(mine?.frequency).toBe('daily');
      await context.close();
    },
  );
});
