import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousAccessibilityViolations } from './support/accessibility.js';
import { usePlatform } from './support/use-platform.js';

// The demo data a new installation gets: a Moscow participant (VtorLithium, Алексей Иванов) and a
// Hefei company (Guli New Energy, 王伟), each with their cluster status.
const DEMO_PASSWORD = 'innobridge-demo';
const IVANOV = 'ivanov@demo.innobridge.local';
const WANG = 'wang@demo.innobridge.local';
const OPERATOR_RU = 'operator.ru@demo.innobridge.local';

const offer = {
  ruTitle: 'Производство высокотемпературных сверхпроводящих магнитов',
  ruSummary: 'Сверхпроводящие магниты на ленте второго поколения для медицинской томографии и энергетики.',
  ruDescription: 'Ищем партнёра в Китае для совместного производства и сертификации.',
  zhTitle: '高温超导磁体制造技术',
  zhSummary: '基于第二代高温超导带材的超导磁体，用于医疗成像和电力设备。',
};

const platform = usePlatform({ demoData: true });

/** A browser of someone reading in `locale`, signed in through the sign-in page. */
async function signedIn(email: string, locale: string, labels: { email: string; password: string; submit: RegExp }) {
  const context = await platform.context({
    locale,
    timezoneId: locale.startsWith('zh') ? 'Asia/Shanghai' : 'Europe/Moscow',
  });
  const page = await context.newPage();
  await page.goto('/sign-in');
  await page.getByLabel(labels.email).fill(email);
  await page.getByLabel(labels.password).fill(DEMO_PASSWORD);
  await page.getByRole('main').getByRole('button', { name: labels.submit }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
  return page;
}

const inRussian = { email: 'Электронная почта', password: 'Пароль', submit: /^Войти$/ };
// Ant Design spaces out a two-character Chinese button label: 登 录.
const inChinese = { email: '电子邮箱', password: '密码', submit: /^登\s?录$/ };

function heading(page: Page) {
  return page.getByRole('heading', { level: 1 });
}

async function expectAccessible(page: Page): Promise<void> {
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
}

/** The id of the signed-in person's organisation with this name. */
async function organizationIdOf(page: Page, name: RegExp): Promise<string> {
  const me = (await (await page.request.get('/api/v1/me')).json()) as {
    memberships: { organizationId: string; organizationName: Record<string, string> }[];
  };
  const found = me.memberships.find((m) => Object.values(m.organizationName).some((n) => name.test(n)));
  if (!found) throw new Error(`no membership matching ${name}`);
  return found.organizationId;
}

describe('the exchange', () => {
  let opportunityPath = '';
  let conversationPath = '';

  it('lets a Russian company write an offer in Russian and Chinese, preview it and submit it', async () => {
    const page = await signedIn(IVANOV, 'ru-RU', inRussian);
    const organizationId = await organizationIdOf(page, /ВторЛитий/);
    await page.goto(`/organizations/${organizationId}/opportunities`);
    await page.getByRole('main').getByRole('link', { name: 'Новая публикация' }).click();
    await expect.poll(() => heading(page).textContent()).toBe('Новая публикация');

    await page.getByLabel('Тип', { exact: true }).click();
    await page.getByTitle('Технологическое предложение').click();
    await page.getByLabel('Название (русский)').fill(offer.ruTitle);
    await page.getByLabel('Кратко (русский)').fill(offer.ruSummary);
    await page.getByLabel('Описание (русский)').fill(offer.ruDescription);
    await page.getByRole('tab', { name: '中文' }).click();
    await page.getByLabel('Название (китайский)').fill(offer.zhTitle);
    await page.getByLabel('Кратко (китайский)').fill(offer.zhSummary);
    await page.getByRole('checkbox', { name: 'Совместное предприятие' }).check();
    await expectAccessible(page);

    await page.getByRole('tab', { name: 'Предпросмотр' }).click();
    await expect.poll(() => page.getByText(offer.ruTitle).first().isVisible()).toBe(true);

    await page.getByRole('button', { name: 'Сохранить и отправить на модерацию' }).click();
    await page.getByRole('button', { name: 'Отправить на модерацию' }).last().click();
    await page.waitForURL(/\/opportunities\/[0-9a-f-]{36}$/);
    opportunityPath = new URL(page.url()).pathname;
    await expect.poll(() => heading(page).textContent()).toBe(offer.ruTitle);
    await expect.poll(() => page.getByText('На модерации').first().isVisible()).toBe(true);
    await page.context().close();
  });

  it('is published by the Russian operator from the moderation queue', async () => {
    const page = await signedIn(OPERATOR_RU, 'ru-RU', inRussian);
    await page.goto('/moderation/opportunities');
    await page.getByRole('link', { name: offer.ruTitle }).click();
    await expect.poll(() => heading(page).textContent()).toBe(offer.ruTitle);
    await page.getByRole('button', { name: 'Опубликовать' }).click();
    await page.getByRole('button', { name: 'Опубликовать' }).last().click();
    await expect.poll(() => page.getByText('Публикация размещена на бирже.').isVisible()).toBe(true);
    await page.context().close();
  });

  it('is found by a Chinese company with a Chinese query, which expresses interest in Chinese', async () => {
    const page = await signedIn(WANG, 'zh-CN', inChinese);
    await page.goto('/exchange');
    await expect.poll(() => heading(page).textContent()).toBe('合作机会大厅');
    await page.getByLabel('搜索合作机会').fill('超导磁体');
    await page.keyboard.press('Enter');
    await page.waitForURL(/q=/);
    const result = page.getByRole('link', { name: offer.zhTitle });
    await expect.poll(() => result.isVisible()).toBe(true);
    // The matched words are marked in the result, once the search's answer replaces the newest
    // opportunities listed before it (where this offer already shows, unmarked).
    await expect.poll(() => page.locator('mark', { hasText: '超导' }).count()).toBeGreaterThan(0);
    await expectAccessible(page);

    await result.click();
    await expect.poll(() => heading(page).textContent()).toBe(offer.zhTitle);
    await page.getByLabel('代表机构').click();
    await page.getByTitle(/固锂/).click();
    await page.getByLabel('留言').fill('我们在合肥有医疗设备工厂，希望合作生产超导磁体。');
    await page.getByRole('button', { name: '表达合作意向' }).click();
    await expect.poll(() => page.getByText('您的合作意向已发送。').isVisible()).toBe(true);
    await expectAccessible(page);
    await page.context().close();
  });

  it('lets the Russian company accept it, which opens a conversation with both contacts', async () => {
    const page = await signedIn(IVANOV, 'ru-RU', inRussian);
    const organizationId = await organizationIdOf(page, /ВторЛитий/);
    await page.goto(`/organizations/${organizationId}/interests?box=received`);
    const card = page.locator('.interest-card', { hasText: '超导磁体' });
    await card.getByRole('button', { name: 'Принять' }).click();
    await page.getByRole('button', { name: 'Принять' }).last().click();
    await card.getByRole('link', { name: 'Открыть переписку' }).click();
    await page.waitForURL(/\/conversations\/[0-9a-f-]{36}$/);
    conversationPath = new URL(page.url()).pathname;
    await expect.poll(() => page.getByRole('link', { name: WANG }).isVisible()).toBe(true);

    await page
      .getByRole('textbox', { name: 'Сообщение', exact: true })
      .fill('Здравствуйте! Предлагаем созвониться в четверг.');
    await page.getByRole('button', { name: 'Отправить' }).click();
    await expect.poll(() => page.getByText('Предлагаем созвониться в четверг.').isVisible()).toBe(true);
    expect(opportunityPath).not.toBe('');
    await page.context().close();
  });

  it('shows the Chinese company the new message, and its answer reaches the Russian company', async () => {
    const page = await signedIn(WANG, 'zh-CN', inChinese);
    await page.goto('/conversations');
    const row = page.getByRole('row', { name: new RegExp(offer.zhTitle) });
    await expect.poll(() => row.isVisible()).toBe(true);
    // One unread message: the Russian company's.
    await expect.poll(() => row.locator('.ant-badge').first().textContent()).toBe('1');
    await row.getByRole('link').first().click();
    await page.waitForURL((url) => url.pathname === conversationPath);
    await expect.poll(() => page.getByText('Предлагаем созвониться в четверг.').isVisible()).toBe(true);
    await expect.poll(() => page.getByRole('link', { name: IVANOV }).isVisible()).toBe(true);
    await page.getByRole('textbox', { name: '消息', exact: true }).fill('好的，周四下午三点可以。');
    await page
      .getByRole('button', { name: '发 送' })
      .or(page.getByRole('button', { name: '发送' }))
      .click();
    await expect.poll(() => page.getByText('好的，周四下午三点可以。').isVisible()).toBe(true);
    await expectAccessible(page);
    await page.context().close();

    const russian = await signedIn(IVANOV, 'ru-RU', inRussian);
    await russian.goto(conversationPath);
    await expect.poll(() => russian.getByText('好的，周四下午三点可以。').isVisible()).toBe(true);
    await russian.context().close();
  });
});
