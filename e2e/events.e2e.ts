import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousAccessibilityViolations } from './support/accessibility.js';
import { usePlatform } from './support/use-platform.js';

// A Russian operator in Moscow publishes a forum in Beijing on Beijing's clock; a Chinese participant
// on a phone reads it on both clocks, registers, and gets a badge with its QR code.
const DEMO_PASSWORD = 'innobridge-demo';
const OPERATOR_RU = 'operator.ru@demo.innobridge.local';
const WANG = 'wang@demo.innobridge.local';

const platform = usePlatform({ demoData: true });

const inRussian = { email: 'Электронная почта', password: 'Пароль', submit: /^Войти$/ };
const inChinese = { email: '电子邮箱', password: '密码', submit: /^登\s?录$/ };

async function signedIn(
  email: string,
  locale: string,
  timezoneId: string,
  viewport: { width: number; height: number },
  labels: typeof inRussian,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await platform.browser.newContext({
    baseURL: platform.url,
    locale,
    timezoneId,
    viewport,
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  await page.goto('/sign-in');
  await page.getByLabel(labels.email).fill(email);
  await page.getByLabel(labels.password).fill(DEMO_PASSWORD);
  await page.getByRole('main').getByRole('button', { name: labels.submit }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
  return { context, page };
}

const noSidewaysScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

describe('events across two clocks', () => {
  it('a Russian organiser publishes a forum in Beijing; Wang reads both clocks on a phone and registers', async () => {
    const title = `Форум Чжунгуаньцунь ${Math.random().toString(36).slice(2, 7)}`;
    const organiser = await signedIn(OPERATOR_RU, 'ru-RU', 'Europe/Moscow', { width: 1366, height: 900 }, inRussian);
    const page = organiser.page;
    await page.getByRole('navigation').first().getByRole('link', { name: 'Мероприятия' }).click();
    await page.waitForURL('**/events');
    await page.getByRole('link', { name: 'Новое мероприятие' }).click();
    await page.waitForURL('**/events/new');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await page.getByLabel('Формат').click();
    await page.locator('.ant-select-item-option', { hasText: 'Очно и онлайн' }).click();
    const russian = page.locator('fieldset', { hasText: 'На русском' });
    await russian.getByLabel('Название').fill(title);
    await russian.getByLabel('Кратко').fill('Российско-китайское технологическое сотрудничество');
    await russian.getByLabel('Место проведения').fill('Международный инновационный центр Чжунгуаньцунь');
    await page.getByLabel('Ссылка для участия онлайн').fill('https://live.example.cn/zgc');
    await page.getByLabel('Часовой пояс мероприятия').click();
    await page.locator('.ant-select-item-option', { hasText: 'Asia/Shanghai' }).click();
    await page.getByLabel('Начало').fill('2027-04-15T09:00');
    await page.getByLabel('Окончание').fill('2027-04-15T18:00');
    await page.getByLabel('Мест (пусто — без ограничения)').fill('50');
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await page.waitForURL(/\/events\/[0-9a-f-]+\/manage$/);
    await page.getByRole('button', { name: 'Опубликовать' }).click();
    await expect.poll(() => page.getByText('Опубликовано', { exact: true }).count()).toBeGreaterThan(0);
    const eventId = /\/events\/([0-9a-f-]+)\/manage/.exec(page.url())?.[1];
    expect(eventId).toBeTruthy();
    // The header stays on one row with the new link (e2e/phone.e2e.ts checks it everywhere).
    const header = await page.locator('.app-header').boundingBox();
    expect(header?.height).toBeLessThanOrEqual(64);

    // The organiser in Moscow reads it on Beijing's clock and on Moscow's, five hours apart.
    await page.goto(`/events/${eventId}`);
    const eventClock = page.locator('[data-clock="event"]').first();
    const yourClock = page.locator('[data-clock="yours"]').first();
    expect(await eventClock.textContent()).toMatch(/09:00.*18:00.*GMT\+8.*Asia\/Shanghai/);
    expect(await yourClock.textContent()).toMatch(/04:00.*13:00.*GMT\+3.*Europe\/Moscow/);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    const wang = await signedIn(WANG, 'zh-CN', 'Asia/Shanghai', { width: 390, height: 844 }, inChinese);
    const phone = wang.page;
    await phone.goto(`/events/${eventId}`);
    await expect.poll(() => phone.locator('h1').textContent()).toContain(title);
    // An event with an online part shows both clocks even when they agree.
    expect(await phone.locator('[data-clock="event"]').first().textContent()).toMatch(/09:00.*18:00/);
    expect(await phone.locator('[data-clock="yours"]').first().textContent()).toContain('Asia/Shanghai');
    expect(await phone.locator('[data-clock="event"]').first().textContent()).toContain('活动当地时间');
    expect(await noSidewaysScroll(phone)).toBe(true);

    await phone.getByLabel('在公开的参会者名单中显示我的姓名').check();
    await phone.getByRole('button', { name: /^报\s?名$/ }).click();
    await expect.poll(() => phone.getByText('您已报名成功').count()).toBe(1);
    const code = phone.getByTestId('badge-code');
    await expect.poll(() => code.count()).toBe(1);
    expect(await code.textContent()).toMatch(/^B1[0-9a-f]{32}/);
    await expect.poll(() => phone.getByRole('img', { name: /胸牌二维码/ }).count()).toBe(1);
    expect(await noSidewaysScroll(phone)).toBe(true);
    expect(await seriousAccessibilityViolations(phone)).toEqual([]);

    // The organiser checks Wang in by typing the code; the second scan says it was done.
    await page.goto(`/events/${eventId}/manage`);
    const input = page.getByLabel('Код бейджа (отсканируйте или введите)');
    await input.fill((await code.textContent()) ?? '');
    await input.press('Enter');
    await expect.poll(() => page.getByText(/отметка сделана/).count()).toBe(1);
    await input.fill((await code.textContent()) ?? '');
    await input.press('Enter');
    await expect.poll(() => page.getByText('Отметка была сделана:').count()).toBe(1);

    await organiser.context.close();
    await wang.context.close();
  });
});
