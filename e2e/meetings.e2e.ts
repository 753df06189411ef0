import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousAccessibilityViolations } from './support/accessibility.js';
import { usePlatform } from './support/use-platform.js';

// At the Zhongguancun Forum (Beijing's clock), Wang in Beijing asks Ivanov in Moscow for a B2B
// meeting; Ivanov accepts and picks a slot; both find it in their agendas, each on their own clock
// (Beijing is five hours ahead of Moscow) and in their own language.
const DEMO_PASSWORD = 'innobridge-demo';
const OPERATOR_RU = 'operator.ru@demo.innobridge.local';
const WANG = 'wang@demo.innobridge.local';
const IVANOV = 'ivanov@demo.innobridge.local';
const HOUR = 3_600_000;

const platform = usePlatform({ demoData: true });

/** A browser signed in as `email` through the API, in the reader's language and time zone. */
async function signedIn(email: string, locale: string, timezoneId: string): Promise<BrowserContext> {
  const context = await platform.context({ locale, timezoneId });
  const login = await context.request.post('/api/v1/auth/login', {
    data: { email, password: DEMO_PASSWORD },
    headers: { Origin: platform.url },
  });
  expect(login.status(), await login.text()).toBe(200);
  return context;
}

async function call(context: BrowserContext, method: 'POST' | 'PUT' | 'GET', path: string, data?: unknown) {
  const response = await context.request.fetch(path, { method, data, headers: { Origin: platform.url } });
  expect(response.ok(), `${method} ${path}: ${response.status()} ${await response.text()}`).toBe(true);
  return response.json();
}

const noSidewaysScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

async function atPhoneWidth(page: Page, check: () => Promise<void>) {
  await page.setViewportSize({ width: 390, height: 844 });
  await check();
  expect(await noSidewaysScroll(page)).toBe(true);
  await page.setViewportSize({ width: 1280, height: 900 });
}

describe('B2B meetings across two clocks', () => {
  it('Wang requests a meeting with Ivanov, Ivanov accepts it in a slot, and both agendas show it on their own clocks', async () => {
    // Set-up through the API: the demo forum has meetings on (pick mode); the Moscow operator who organises it adds two
    // slots on its first afternoon, and both register and publish a profile.
    const [forum] = (
      await platform.query(
        "select id, starts_at from events where meetings = true and meeting_mode = 'pick' and state = 'published' order by starts_at limit 1",
      )
    ).rows as { id: string; starts_at: Date | string }[];
    if (!forum) throw new Error('the demo data has a published forum with B2B meetings in pick mode');
    const eventId = forum.id;
    // The forum opens at 09:00 in Beijing: the slots start at 14:00 and 15:00 there (09:00 and 10:00 in Moscow).
    const opens = new Date(forum.starts_at).getTime();
    const slotAt = (hours: number) => new Date(opens + hours * HOUR).toISOString();
    const operator = await signedIn(OPERATOR_RU, 'ru-RU', 'Europe/Moscow');
    const first = await call(operator, 'POST', `/api/v1/events/${eventId}/meetings/manage/slots`, {
      startsAt: slotAt(5),
      endsAt: slotAt(5.5),
      tables: 10,
    });
    await call(operator, 'POST', `/api/v1/events/${eventId}/meetings/manage/slots`, {
      startsAt: slotAt(6),
      endsAt: slotAt(6.5),
      tables: 10,
    });
    await operator.close();

    const wang = await signedIn(WANG, 'zh-CN', 'Asia/Shanghai');
    const ivanov = await signedIn(IVANOV, 'ru-RU', 'Europe/Moscow');
    for (const context of [wang, ivanov]) {
      await call(context, 'POST', `/api/v1/events/${eventId}/registration`, { listed: false });
    }
    await call(wang, 'PUT', `/api/v1/events/${eventId}/meetings/profile`, {
      offer: { zh: '固态电池隔膜材料及中试产线', ru: 'Материалы сепараторов для твердотельных аккумуляторов' },
      seek: { zh: '俄罗斯的锂矿与科研合作伙伴', ru: 'Поставщиков лития и научных партнёров в России' },
      languages: ['zh', 'en'],
    });
    await call(ivanov, 'PUT', `/api/v1/events/${eventId}/meetings/profile`, {
      offer: { ru: 'Катодные материалы и лицензии на технологию', zh: '正极材料及技术许可' },
      seek: { ru: 'Производственного партнёра в Китае', zh: '在中国的生产合作伙伴' },
      languages: ['ru', 'en'],
    });
    await call(ivanov, 'PUT', `/api/v1/events/${eventId}/meetings/availability`, { slotIds: [first.id] });
    const ivanovPart = (await call(ivanov, 'GET', `/api/v1/events/${eventId}/meetings`)) as { registrationId: string };
    const wangPart = (await call(wang, 'GET', `/api/v1/events/${eventId}/meetings`)) as { registrationId: string };
    const names = (await call(wang, 'GET', `/api/v1/events/${eventId}/meetings/participants`)) as {
      items: { id: string; name: string }[];
    };
    const ivanovName = names.items.find((p) => p.id === ivanovPart.registrationId)?.name ?? '';
    const wangName = names.items.find((p) => p.id === wangPart.registrationId)?.name ?? '';
    expect(ivanovName).not.toBe('');
    expect(wangName).not.toBe('');

    // Wang, in Chinese, finds Ivanov's card and requests a meeting with a message.
    const wangPage = await wang.newPage();
    await wangPage.goto(`/events/${eventId}/meetings`);
    const card = wangPage.locator('.ant-card', { hasText: ivanovName });
    await expect.poll(() => card.count(), { timeout: 20_000 }).toBe(1);
    expect(await card.textContent()).toContain('提供：');
    expect(await card.textContent()).toContain('正极材料及技术许可');
    expect(await card.textContent()).toContain('语言：俄语和英语');
    expect(await seriousAccessibilityViolations(wangPage)).toEqual([]);
    await atPhoneWidth(wangPage, async () => {
      await expect.poll(() => card.isVisible()).toBe(true);
    });
    await card.getByRole('button', { name: '请求会面' }).click();
    await card.getByLabel('您的留言').fill('您好！希望在论坛期间讨论正极材料的合作。');
    expect(await seriousAccessibilityViolations(wangPage)).toEqual([]);
    await card.getByRole('button', { name: '发送请求' }).click();
    await expect.poll(() => wangPage.getByText('请求已发送。').count()).toBeGreaterThan(0);

    // Ivanov, in Russian, reads the request and accepts it in the first slot, shown on both clocks.
    const ivanovPage = await ivanov.newPage();
    await ivanovPage.goto(`/events/${eventId}/meetings/requests`);
    const request = ivanovPage.locator('.ant-card', { hasText: `От: ${wangName}` });
    await expect.poll(() => request.count(), { timeout: 20_000 }).toBe(1);
    expect(await request.textContent()).toContain('希望在论坛期间讨论正极材料的合作');
    expect(await seriousAccessibilityViolations(ivanovPage)).toEqual([]);
    await request.getByLabel('Интервал встречи').click();
    const option = ivanovPage.locator('.ant-select-item-option', { hasText: /14:00.*09:00/ });
    await expect.poll(() => option.count()).toBe(1);
    await option.click();
    await request.getByRole('button', { name: 'Принять' }).click();
    await expect.poll(() => request.locator('.ant-tag', { hasText: 'Принят' }).count()).toBe(1);

    // Ivanov's agenda: 14:00 on the forum's clock, 09:00 on his own, in Russian.
    await ivanovPage.goto(`/events/${eventId}/meetings/agenda`);
    const ivanovItem = ivanovPage.locator('.agenda-list .ant-card', { hasText: `Встреча: ${wangName}` });
    await expect.poll(() => ivanovItem.count(), { timeout: 20_000 }).toBe(1);
    const ivanovTimes = ivanovItem.locator('.meeting-time time');
    expect(await ivanovTimes.nth(0).textContent()).toMatch(/^Время мероприятия: .*14:00/);
    expect(await ivanovTimes.nth(1).textContent()).toMatch(/^Ваше время: .*09:00/);
    expect(await ivanovTimes.nth(0).getAttribute('datetime')).toBe(first.startsAt);
    expect(await seriousAccessibilityViolations(ivanovPage)).toEqual([]);
    await atPhoneWidth(ivanovPage, async () => {
      await expect.poll(() => ivanovItem.isVisible()).toBe(true);
    });

    // Wang's agenda: 14:00, the forum's clock being his own, in Chinese.
    await wangPage.goto(`/events/${eventId}/meetings/agenda`);
    const wangItem = wangPage.locator('.agenda-list .ant-card', { hasText: `会面：${ivanovName}` });
    await expect.poll(() => wangItem.count(), { timeout: 20_000 }).toBe(1);
    const wangTimes = wangItem.locator('.meeting-time time');
    expect(await wangTimes.count()).toBe(1);
    expect(await wangTimes.first().textContent()).toMatch(/^活动时间：.*14:00/);
    expect(await wangTimes.first().getAttribute('datetime')).toBe(first.startsAt);
    expect(await seriousAccessibilityViolations(wangPage)).toEqual([]);
    await atPhoneWidth(wangPage, async () => {
      await expect.poll(() => wangItem.isVisible()).toBe(true);
    });

    await wang.close();
    await ivanov.close();
  });
});
