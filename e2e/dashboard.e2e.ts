import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousAccessibilityViolations } from './support/accessibility.js';
import { usePlatform } from './support/use-platform.js';

// The demo data: 陈浩 (chen) runs Shiheng Medical, whose pilot request has an interest from Moscow
// Engineering waiting for an answer.
const DEMO_PASSWORD = 'innobridge-demo';
const CHEN = 'chen@demo.innobridge.local';

const platform = usePlatform({ demoData: true });

function heading(page: Page) {
  return page.getByRole('heading', { level: 1 });
}

const READERS = [
  {
    lang: 'ru',
    browserLocale: 'ru-RU',
    labels: { email: 'Электронная почта', password: 'Пароль', submit: /^Войти$/ },
    dashboard: 'Рабочий стол',
    interests: 'Интерес к вашим предложениям',
    opportunity: 'ИИ для анализа медицинских изображений — ищем клинику для пилота',
    interestPage: /^Отклик организации/,
  },
  {
    lang: 'zh',
    browserLocale: 'zh-CN',
    // Ant Design spaces out a two-character Chinese button label: 登 录.
    labels: { email: '电子邮箱', password: '密码', submit: /^登\s?录$/ },
    dashboard: '工作台',
    interests: '待答复的合作意向',
    opportunity: '医学影像AI辅助诊断——寻求俄罗斯医院试点',
    interestPage: /^来自.+的合作意向$/,
  },
  {
    lang: 'en',
    browserLocale: 'en-US',
    labels: { email: 'E-mail', password: 'Password', submit: /^Sign in$/ },
    dashboard: 'Dashboard',
    interests: 'Interests to answer',
    opportunity: 'AI for medical imaging — seeking a hospital for a pilot',
    interestPage: /^Interest from /,
  },
] as const;

describe('the dashboard', () => {
  it.each(READERS)(
    'greets a member with a received interest after sign-in, in $lang, and takes them to it',
    async (reader) => {
      const context = await platform.context({ locale: reader.browserLocale });
      // The interface follows the account's language once signed in: the account reads in this one.
      const headers = { Origin: platform.url };
      const login = await context.request.post('/api/v1/auth/login', {
        data: { email: CHEN, password: DEMO_PASSWORD },
        headers,
      });
      expect(login.status()).toBe(200);
      const patched = await context.request.patch('/api/v1/me', { data: { locale: reader.lang }, headers });
      expect(patched.status()).toBe(200);
      await context.clearCookies();

      const page = await context.newPage();
      await page.goto('/sign-in');
      await page.getByLabel(reader.labels.email).fill(CHEN);
      await page.getByLabel(reader.labels.password).fill(DEMO_PASSWORD);
      await page.getByRole('main').getByRole('button', { name: reader.labels.submit }).click();
      await page.waitForURL('**/dashboard');
      await expect.poll(() => heading(page).textContent()).toBe(reader.dashboard);

      const interests = page.getByRole('region', { name: reader.interests });
      const item = interests.getByRole('link', { name: reader.opportunity });
      await expect.poll(() => item.count()).toBe(1);
      expect(Number(await interests.getAttribute('data-count'))).toBeGreaterThanOrEqual(1);
      expect(await seriousAccessibilityViolations(page)).toEqual([]);

      await item.click();
      await page.waitForURL(/\/interests\/[0-9a-f-]{36}$/);
      await expect.poll(() => heading(page).textContent()).toMatch(reader.interestPage);

      // Signed in, the home page is the dashboard.
      await page.goto('/');
      await page.waitForURL('**/dashboard');
      await expect.poll(() => heading(page).textContent()).toBe(reader.dashboard);
      await context.close();
    },
  );
});

describe('the home page', () => {
  it.each([
    {
      locale: 'en-US',
      coming: 'Coming',
      registry: 'Registry of organisations',
      matchmaking: 'Matchmaking across languages',
    },
    {
      locale: 'ru-RU',
      coming: 'Скоро',
      registry: 'Реестр организаций',
      matchmaking: 'Подбор партнёров на разных языках',
    },
    { locale: 'zh-CN', coming: '即将推出', registry: '机构名录', matchmaking: '跨语言匹配' },
  ])('marks the parts still being built as coming and links the others, in $locale', async (reader) => {
    const context = await platform.context({ locale: reader.locale });
    const page = await context.newPage();
    await page.goto('/');
    const cards = page.locator('.feature-card');
    await expect.poll(() => cards.count()).toBe(6);

    for (const feature of ['matchmaking', 'data']) {
      const card = page.locator(`.feature-card[data-feature="${feature}"]`);
      expect(await card.locator('.coming-tag').textContent()).toBe(reader.coming);
      expect(await card.getByRole('link').count()).toBe(0);
    }
    expect(await page.locator('.feature-card[data-feature="matchmaking"] h3').textContent()).toContain(
      reader.matchmaking,
    );
    for (const [feature, path] of [
      ['registry', '/registry'],
      ['exchange', '/exchange'],
      ['events', '/events'],
      ['services', '/services'],
    ]) {
      const card = page.locator(`.feature-card[data-feature="${feature}"]`);
      expect(await card.locator('.coming-tag').count()).toBe(0);
      expect(await card.getByRole('link').getAttribute('href')).toBe(path);
    }
    await page.locator('.feature-card[data-feature="registry"]').getByRole('link', { name: reader.registry }).click();
    await page.waitForURL('**/registry');
    await context.close();
  });
});
