import { withCheckDigits } from '@innobridge/contracts';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousAccessibilityViolations } from './support/accessibility.js';
import { launchChromium, postJson, readerContext } from './support/browser.js';
import { linkTo, waitForMail } from './support/mailbox.js';
import { startTestPlatform, type TestPlatform } from './support/platform.js';

const PASSWORD = 'correct horse battery staple';
const OPERATOR = 'operator.ru@notifications.test';

type Reader = {
  locale: 'ru-RU' | 'zh-CN' | 'en-US';
  language: 'ru' | 'zh' | 'en';
  name: string;
  menuItem: string;
  title: string;
  conversations: string;
  opportunities: string;
  alwaysOn: string;
  published: string;
  unsubscribeTitle: string;
  question: string;
  /** The button's name (antd spaces out a two-character Chinese label). */
  confirm: string | RegExp;
  done: string;
};

const READERS: Reader[] = [
  {
    locale: 'ru-RU',
    language: 'ru',
    name: 'Ольга Смирнова',
    menuItem: 'Настройки уведомлений',
    title: 'Настройки уведомлений',
    conversations: 'Письма: Сообщения в переписке',
    opportunities: 'Письма: Предложения и модерация',
    alwaysOn: 'Всегда включено',
    published: 'Опубликовано',
    unsubscribeTitle: 'Отписка от писем',
    question: 'Больше не присылать письма категории «Предложения и модерация»?',
    confirm: 'Отписаться',
    done: 'Готово: письма категории «Предложения и модерация» выключены.',
  },
  {
    locale: 'zh-CN',
    language: 'zh',
    name: '王芳',
    menuItem: '通知设置',
    title: '通知设置',
    conversations: '邮件：会话消息',
    opportunities: '邮件：合作机会与审核',
    alwaysOn: '始终开启',
    published: '已发布',
    unsubscribeTitle: '退订邮件',
    question: '不再接收“合作机会与审核”类邮件？',
    confirm: /^退\s?订$/,
    done: '完成：“合作机会与审核”类邮件已关闭。',
  },
  {
    locale: 'en-US',
    language: 'en',
    name: 'Emma Clark',
    menuItem: 'Notification settings',
    title: 'Notification settings',
    conversations: 'E-mail: Conversation messages',
    opportunities: 'E-mail: Opportunities and moderation',
    alwaysOn: 'Always on',
    published: 'Published',
    unsubscribeTitle: 'Unsubscribe from e-mails',
    question: 'Stop e-mails about “Opportunities and moderation”?',
    confirm: 'Unsubscribe',
    done: 'Done: e-mails about “Opportunities and moderation” are off.',
  },
];

let platform: TestPlatform;
let browser: Browser;
let operator: BrowserContext;
let serial = 0;

beforeAll(async () => {
  browser = await launchChromium();
  // Mail is written to files and shown in the development mailbox; any organisation may submit.
  platform = await startTestPlatform({ env: { EXCHANGE_SUBMIT_STATUSES: 'none,participant,partner' } });
  await platform.provisionUser({
    email: OPERATOR,
    password: PASSWORD,
    displayName: 'Operator',
    locale: 'ru',
    roles: [{ role: 'operator', jurisdiction: 'RU' }],
  });
  operator = await browser.newContext({ baseURL: platform.url });
  await postJson(operator.request, platform.url, '/api/v1/auth/login', { email: OPERATOR, password: PASSWORD });
});

afterAll(async () => {
  await operator?.close();
  await browser?.close();
  await platform?.stop();
});

const heading = (page: Page) => page.getByRole('heading', { level: 1 });

/** The author's organisation publishes an opportunity: the platform mails the author (category "opportunities"). */
async function publishOpportunity(author: BrowserContext) {
  serial += 1;
  const organization = await postJson(author.request, platform.url, '/api/v1/organizations', {
    type: 'company',
    jurisdiction: 'RU',
    city: 'Москва',
    legalId: withCheckDigits('inn', String(770_550_000 + serial)),
    name: { ru: `ООО «Уведомления ${serial}»` },
  });
  const { id: organizationId } = (await organization.json()) as { id: string };
  const created = await postJson(author.request, platform.url, '/api/v1/opportunities', {
    organizationId,
    type: 'technology_offer',
    title: { ru: `Переработка катодов ${serial}` },
    summary: { ru: 'Лицензия на технологию.' },
    areas: [],
    cooperationForms: [],
    targetCountries: [],
  });
  const { id } = (await created.json()) as { id: string };
  await postJson(author.request, platform.url, `/api/v1/opportunities/${id}/submit`, {});
  await postJson(operator.request, platform.url, `/api/v1/opportunities/${id}/publish`, {});
}

async function emailOn(context: BrowserContext, category: string): Promise<boolean | undefined> {
  const res = await context.request.get('/api/v1/me/notification-settings');
  const { items } = (await res.json()) as { items: { category: string; email: boolean }[] };
  return items.find((i) => i.category === category)?.email;
}

describe('notification settings and the unsubscribe link', () => {
  for (const reader of READERS) {
    it(`in ${reader.language}: a switch turned off stays off, and a mail's unsubscribe link asks before it turns its category off`, async () => {
      const email = `reader.${reader.language}.${Date.now()}@notifications.test`;
      await platform.provisionUser({
        email,
        password: PASSWORD,
        displayName: reader.name,
        locale: reader.language,
        roles: [],
      });
      const context = await readerContext(browser, platform.url, { locale: reader.locale });
      await postJson(context.request, platform.url, '/api/v1/auth/login', { email, password: PASSWORD });
      await publishOpportunity(context);
      const mail = await waitForMail(platform.mailDir, email);
      expect(mail.subject).toContain(reader.published);

      // The settings page, from the menu behind the person's name.
      const page = await context.newPage();
      await page.goto('/');
      await page.getByRole('banner').getByRole('button', { name: reader.name }).click();
      await page.getByRole('menuitem', { name: reader.menuItem }).click();
      await expect.poll(() => heading(page).textContent()).toBe(reader.title);
      expect(new URL(page.url()).pathname).toBe('/account/notifications');
      await expect.poll(() => page.getByText(reader.alwaysOn).first().isVisible()).toBe(true);
      expect(await seriousAccessibilityViolations(page)).toEqual([]);

      // Conversation messages off; after a reload the switch is still off.
      const conversations = page.getByRole('switch', { name: reader.conversations });
      expect(await conversations.getAttribute('aria-checked')).toBe('true');
      await conversations.click();
      await expect.poll(() => emailOn(context, 'conversations')).toBe(false);
      await page.reload();
      await expect
        .poll(() => page.getByRole('switch', { name: reader.conversations }).getAttribute('aria-checked'))
        .toBe('false');
      expect(await page.getByRole('switch', { name: reader.opportunities }).getAttribute('aria-checked')).toBe('true');

      // The mail, in the mailbox; its unsubscribe link opens a page that asks and changes nothing yet.
      await page.goto('/dev/mailbox');
      const row = page.getByRole('row').filter({ hasText: email });
      await expect.poll(() => row.count(), { timeout: 20_000 }).toBe(1);
      await row.getByRole('link', { name: mail.subject }).click();
      await expect.poll(() => heading(page).textContent()).toBe(mail.subject);
      const unsubscribe = linkTo(mail, '/unsubscribe');
      await page.getByRole('main').getByRole('link', { name: unsubscribe.href }).click();
      await expect.poll(() => heading(page).textContent()).toBe(reader.unsubscribeTitle);
      // The question names the category the link's token is read for: it shows once the API answered.
      await expect.poll(() => page.getByText(reader.question).isVisible()).toBe(true);
      expect(await emailOn(context, 'opportunities')).toBe(true);
      expect(await seriousAccessibilityViolations(page)).toEqual([]);

      // Confirmed with the button: the category is off, and the settings page says so.
      await page.getByRole('button', { name: reader.confirm }).click();
      await expect.poll(() => page.getByRole('status').textContent()).toBe(reader.done);
      expect(await emailOn(context, 'opportunities')).toBe(false);
      await page.goto('/account/notifications');
      await expect
        .poll(() => page.getByRole('switch', { name: reader.opportunities }).getAttribute('aria-checked'))
        .toBe('false');
      await context.close();
    });
  }

  it('works from the link alone, signed out, and refuses an altered link in the reader’s language', async () => {
    const email = `signed.out.${Date.now()}@notifications.test`;
    await platform.provisionUser({ email, password: PASSWORD, displayName: 'Li Wei', locale: 'zh', roles: [] });
    const author = await browser.newContext({ baseURL: platform.url });
    await postJson(author.request, platform.url, '/api/v1/auth/login', { email, password: PASSWORD });
    await publishOpportunity(author);
    const link = linkTo(await waitForMail(platform.mailDir, email), '/unsubscribe');

    const visitor = await readerContext(browser, platform.url, { locale: 'zh-CN' });
    const page = await visitor.newPage();
    const altered = `${link.pathname}?token=${link.searchParams.get('token')?.replace(/.(?=opportunities$)/, (c) => (c === 'A' ? 'B' : 'A'))}`;
    await page.goto(altered);
    await expect.poll(() => page.getByText('此退订链接无效').count()).toBeGreaterThan(0);

    await page.goto(`${link.pathname}${link.search}`);
    await page.getByRole('button', { name: /^退\s?订$/ }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe('完成：“合作机会与审核”类邮件已关闭。');
    expect(await emailOn(author, 'opportunities')).toBe(false);
    await author.close();
    await visitor.close();
  });
});
