import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { postJson } from './support/browser.js';
import { usePlatform } from './support/use-platform.js';

// Partners in Moscow and Beijing read the same message six hours apart: each sees their own time with
// its zone named, and a review deadline says whose working day it ends — in Russian, Chinese and English.
const DEMO_PASSWORD = 'innobridge-demo';
const IVANOV = 'ivanov@demo.innobridge.local';
const WANG = 'wang@demo.innobridge.local';
const OPERATOR_RU = 'operator.ru@demo.innobridge.local';

const platform = usePlatform({ demoData: true });

const inRussian = { email: 'Электронная почта', password: 'Пароль', submit: /^Войти$/ };
// Ant Design spaces out a two-character Chinese button label: 登 录.
const inChinese = { email: '电子邮箱', password: '密码', submit: /^登\s?录$/ };

/** A browser in `locale` and `timezoneId`, signed in through the sign-in page. */
async function signedIn(email: string, locale: string, timezoneId: string, labels: typeof inRussian) {
  const context = await platform.context({ locale, timezoneId });
  const page = await context.newPage();
  await page.goto('/sign-in');
  await page.getByLabel(labels.email).fill(email);
  await page.getByLabel(labels.password).fill(DEMO_PASSWORD);
  await page.getByRole('main').getByRole('button', { name: labels.submit }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
  return page;
}

/** The time zone the account keeps. */
async function accountZone(page: Page): Promise<string | null> {
  return ((await (await page.request.get('/api/v1/me')).json()) as { timeZone: string | null }).timeZone;
}

/** The first message's time as its reader sees it: the instant, the wall-clock hour and the zone. */
async function firstMessageTime(page: Page) {
  const time = page.locator('.thread-item .thread-meta time').first();
  await expect.poll(() => time.count()).toBe(1);
  const text = (await time.textContent()) ?? '';
  const zone = /GMT[+-]\d+|UTC/.exec(text)?.[0];
  const clock = /(\d{1,2}):(\d\d)/.exec(text);
  return {
    at: await time.getAttribute('datetime'),
    text,
    title: await time.getAttribute('title'),
    zone,
    minutes: Number(clock?.[1]) * 60 + Number(clock?.[2]),
  };
}

describe('time zones', () => {
  it('shows each partner the same message in their own zone, named, the zone taken from the browser at sign-in', async () => {
    const moscow = await signedIn(IVANOV, 'ru-RU', 'Europe/Moscow', inRussian);
    const beijing = await signedIn(WANG, 'zh-CN', 'Asia/Shanghai', inChinese);
    // Demo accounts never chose a zone: signing in gave each the browser's.
    expect(await accountZone(moscow)).toBe('Europe/Moscow');
    expect(await accountZone(beijing)).toBe('Asia/Shanghai');

    const conversations = (await (await beijing.request.get('/api/v1/conversations')).json()) as {
      items: { id: string }[];
    };
    const path = `/conversations/${conversations.items[0]?.id}`;
    await moscow.goto(path);
    await beijing.goto(path);
    const ru = await firstMessageTime(moscow);
    const zh = await firstMessageTime(beijing);

    expect(ru.at).toBe(zh.at);
    expect(ru.zone).toBe('GMT+3');
    expect(zh.zone).toBe('GMT+8');
    expect((zh.minutes - ru.minutes + 24 * 60) % (24 * 60)).toBe(5 * 60);
    // The tooltip names the zone in full, in the reader's language, and gives UTC.
    expect(ru.title).toContain('Москва');
    expect(ru.title).toContain('UTC');
    expect(zh.title).toContain('中国标准时间');

    await moscow.context().close();
    await beijing.context().close();
  });

  it('says whose working day a review deadline ends, in Russian, Chinese and English', async () => {
    /** The Russian operator's browser in a language and zone, with the account's setting to match. */
    async function operatorIn(browserLocale: string, locale: string, timeZone: string) {
      const context = await platform.context({ locale: browserLocale, timezoneId: timeZone });
      const page = await context.newPage();
      await page.goto('/');
      await postJson(page.request, platform.url, '/api/v1/auth/login', { email: OPERATOR_RU, password: DEMO_PASSWORD });
      const patched = await page.request.patch('/api/v1/me', {
        data: { locale, timeZone },
        headers: { Origin: platform.url },
      });
      expect(patched.ok()).toBe(true);
      return page;
    }
    async function deadlineText(page: Page, applicationId: string) {
      await page.goto(`/applications/${applicationId}`);
      const deadline = page.locator('time.deadline');
      await expect.poll(() => deadline.count()).toBe(1);
      return (await deadline.textContent()) ?? '';
    }

    const ru = await operatorIn('ru-RU', 'ru', 'Europe/Moscow');
    const queue = (await (await ru.request.get('/api/v1/registry/applications')).json()) as {
      items: { id: string; deadlineAt: string | null; state: string }[];
    };
    const running = queue.items.find((a) => a.deadlineAt && a.state !== 'info_requested');
    if (!running?.deadlineAt) throw new Error('the demo queue has no application with a running deadline');

    expect(await deadlineText(ru, running.id)).toMatch(/^до конца рабочего дня .+ по Москве \(23:59 GMT\+3\)$/);
    await ru.context().close();

    const zh = await operatorIn('zh-CN', 'zh', 'Asia/Shanghai');
    expect(await deadlineText(zh, running.id)).toMatch(
      /^莫斯科工作日 .+ 结束前（GMT\+3 23:59；您的时间 .+ GMT\+8 0?4:59）$/,
    );
    // The dashboard's queue tells the same deadline the same way, with the full zone in its tooltip.
    await zh.goto('/dashboard');
    const onDashboard = zh.locator(
      `section[aria-labelledby="dashboard-queue"] li time.dashboard-deadline[datetime="${running.deadlineAt}"]`,
    );
    await expect.poll(() => onDashboard.count()).toBe(1);
    expect(await onDashboard.textContent()).toMatch(
      /^审核截止：莫斯科工作日 .+ 结束前（GMT\+3 23:59；您的时间 .+ GMT\+8 0?4:59）$/,
    );
    expect(await onDashboard.getAttribute('title')).toMatch(/中国标准时间/);
    await zh.context().close();

    const en = await operatorIn('en-GB', 'en', 'Asia/Shanghai');
    expect(await deadlineText(en, running.id)).toMatch(
      /^by the end of .+, a Moscow working day \(11:59\s?PM GMT\+3; .+, 4:59\s?AM GMT\+8 for you\)$/,
    );
    // The queue says it in few words, the whole sentence in the tooltip.
    await en.goto('/operator/applications');
    const cell = en.locator(`time.deadline[datetime="${running.deadlineAt}"]`).first();
    await expect.poll(() => cell.count()).toBe(1);
    expect(await cell.textContent()).toMatch(/, Moscow working day$/);
    expect(await cell.getAttribute('title')).toMatch(/^by the end of .+, a Moscow working day/);
    await en.context().close();
  });
});
