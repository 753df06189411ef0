import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousAccessibilityViolations } from './support/accessibility.js';
import { usePlatform } from './support/use-platform.js';

// The demo data: Beijing Shiheng AI (Haidian, Beijing) with a published pilot request, and Алексей
// Иванов of VtorLithium (Moscow), a member of another organisation.
const DEMO_PASSWORD = 'innobridge-demo';
const IVANOV = 'ivanov@demo.innobridge.local';
const SHIHENG = { ru: /Шихэн ИИ/, zh: '北京视衡智能科技有限公司', en: 'Beijing Shiheng AI Technology Co., Ltd.' };
const PILOT = {
  ru: 'ИИ для анализа медицинских изображений — ищем клинику для пилота',
  zh: '医学影像AI辅助诊断——寻求俄罗斯医院试点',
  en: 'AI for medical imaging — seeking a hospital for a pilot',
};

const platform = usePlatform({ demoData: true });

async function readerPage(locale: string): Promise<Page> {
  const context = await platform.context({
    locale,
    timezoneId: locale.startsWith('zh') ? 'Asia/Shanghai' : 'Europe/Moscow',
  });
  return context.newPage();
}

/** Picks a city or region in the registry's filter by typing its name, as a reader would. */
async function filterByCity(page: Page, label: string, typed: string, option: string) {
  await page.getByRole('combobox', { name: label }).click();
  await page.getByRole('combobox', { name: label }).fill(typed);
  await page.locator(`.ant-select-item-option[title="${option}"]`).click();
  await page.waitForURL((url) => url.searchParams.get('city') === 'CN-BJ');
}

const cardTitles = (page: Page) => page.locator('.registry-card-title').allTextContents();

/** What the registry's API finds in Beijing: the same for every reader. */
async function beijingTotal(): Promise<number> {
  const res = await fetch(`${platform.url}/api/v1/registry?city=CN-BJ&limit=100`);
  return ((await res.json()) as { total: number }).total;
}

describe('the registry by city across languages, and the card’s opportunities', () => {
  it('filters by Beijing typed in Russian, and shows the card’s opportunities with a sign-in prompt', async () => {
    const page = await readerPage('ru-RU');
    await page.goto('/registry');
    await filterByCity(page, 'Город или регион', 'пекин', 'Пекин');
    await expect.poll(async () => (await cardTitles(page)).length).toBe(await beijingTotal());
    const titles = await cardTitles(page);
    expect(titles.some((title) => SHIHENG.ru.test(title))).toBe(true);
    expect(titles.some((title) => /ВторЛитий/.test(title))).toBe(false);
    // The card's facts name the district in Russian.
    const card = page.locator('.registry-card').filter({ hasText: SHIHENG.ru });
    await expect.poll(() => card.textContent()).toContain('Пекин, район Хайдянь');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await card.getByRole('link', { name: SHIHENG.ru }).click();
    await page.getByRole('heading', { name: 'Опубликованные предложения' }).waitFor();
    await page.getByRole('link', { name: PILOT.ru }).waitFor();
    await page.getByRole('link', { name: 'Войдите, чтобы откликнуться' }).first().waitFor();
    expect(await page.getByRole('link', { name: 'Откликнуться', exact: true }).count()).toBe(0);
    expect(await page.locator('a[href^="mailto:"]').count()).toBe(0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it('filters by Beijing typed in Chinese, with the same organisations, names in Chinese', async () => {
    const page = await readerPage('zh-CN');
    await page.goto('/registry');
    await filterByCity(page, '城市或地区', '北京', '北京');
    await expect.poll(async () => (await cardTitles(page)).length).toBe(await beijingTotal());
    expect(await cardTitles(page)).toContain(SHIHENG.zh);
    const card = page.locator('.registry-card').filter({ hasText: SHIHENG.zh });
    await expect.poll(() => card.textContent()).toContain('北京市海淀区');
    await card.getByRole('link', { name: SHIHENG.zh }).click();
    await page.getByRole('heading', { name: '已发布的合作机会' }).waitFor();
    await page.getByRole('link', { name: PILOT.zh }).waitFor();
    await page.getByRole('link', { name: '登录后表达意向' }).first().waitFor();
  });

  it('lets a member of another organisation express interest from the card, in English', async () => {
    const page = await readerPage('en-GB');
    await page.goto('/sign-in');
    await page.getByLabel('E-mail').fill(IVANOV);
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page
      .getByRole('main')
      .getByRole('button', { name: /^Sign in$/ })
      .click();
    await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    // Ivanov reads in Russian: this time in English, chosen in the header.
    await page.goto('/registry?city=Beijing');
    await page.getByRole('banner').getByText('English', { exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Cluster registry' }).waitFor();
    // The city named in the link is the place of the list, shown in the reader's language.
    await page.locator('.registry-search').getByTitle('Beijing', { exact: true }).waitFor();
    const card = page.locator('.registry-card').filter({ hasText: SHIHENG.en });
    await expect.poll(() => card.textContent()).toContain('Beijing, Haidian District');
    await card.getByRole('link', { name: SHIHENG.en }).click();
    await page.getByRole('heading', { name: 'Published opportunities' }).waitFor();
    await page.getByRole('link', { name: PILOT.en, exact: true }).waitFor();
    await page.getByRole('link', { name: `Express interest in “${PILOT.en}”` }).click();
    await page.waitForURL((url) => url.pathname.startsWith('/opportunities/'));
    await page.getByRole('heading', { level: 1, name: PILOT.en }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });
});
