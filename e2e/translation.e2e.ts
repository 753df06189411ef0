import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STAND_IN_MARK, startTranslationStandIn } from '../apps/api/test/translation-server.js';
import { seriousAccessibilityViolations } from './support/accessibility.js';
import { readerContext } from './support/browser.js';
import { startTestPlatform } from './support/platform.js';
import { usePlatform } from './support/use-platform.js';

// The demo data's conversation: VtorLithium (Алексей Иванов) wrote in Russian, Guli (王伟) in Chinese.
const DEMO_PASSWORD = 'innobridge-demo';
const IVANOV = 'ivanov@demo.innobridge.local';
const WANG = 'wang@demo.innobridge.local';
const RUSSIAN_MESSAGE = 'Здравствуйте! Рады интересу. Готовы провести видеовстречу на следующей неделе.';
const CHINESE_MESSAGE = '好的，我们周三下午方便。请提前发送技术参数。';

const readers = {
  ru: {
    browser: 'ru-RU',
    signIn: { email: 'Электронная почта', password: 'Пароль', submit: /^Войти$/ },
    translate: /^Перевести$/,
    hide: /^Скрыть перевод$/,
    note: 'Машинный перевод — возможны неточности',
  },
  // Ant Design spaces out a two-character Chinese button label: 登 录, 翻 译.
  zh: {
    browser: 'zh-CN',
    signIn: { email: '电子邮箱', password: '密码', submit: /^登\s?录$/ },
    translate: /^翻\s?译$/,
    hide: /^隐藏译文$/,
    note: '机器翻译——可能不准确',
  },
  en: {
    browser: 'en-US',
    signIn: { email: 'E-mail', password: 'Password', submit: /^Sign in$/ },
    translate: /^Translate$/,
    hide: /^Hide translation$/,
    note: 'Machine translation — may be inaccurate',
  },
} as const;

let standIn: Awaited<ReturnType<typeof startTranslationStandIn>>;

beforeAll(async () => {
  standIn = await startTranslationStandIn();
});

afterAll(async () => {
  await standIn?.close();
});

const platform = usePlatform({
  demoData: true,
  env: () => ({ TRANSLATION_PROVIDER: 'libretranslate', TRANSLATION_URL: standIn.url }),
});

/** A browser signed in through the sign-in page, its interface in `language` (chosen in this browser). */
async function signedIn(email: string, language: keyof typeof readers, on: { url: string } = platform): Promise<Page> {
  const reader = readers[language];
  const context = await readerContext(platform.browser, on.url, { locale: reader.browser });
  // A language chosen in the browser wins over the profile's at sign-in.
  await context.addInitScript((chosen) => localStorage.setItem('ib.locale', chosen), language);
  const page = await context.newPage();
  await page.goto('/sign-in');
  await page.getByLabel(reader.signIn.email).fill(email);
  await page.getByLabel(reader.signIn.password).fill(DEMO_PASSWORD);
  await page.getByRole('main').getByRole('button', { name: reader.signIn.submit }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
  return page;
}

async function openConversation(page: Page) {
  const list = (await (await page.request.get('/api/v1/conversations')).json()) as { items: { id: string }[] };
  const id = list.items[0]?.id;
  if (!id) throw new Error('the demo conversation is missing');
  await page.goto(`/conversations/${id}`);
}

describe('machine translation of a conversation message', () => {
  for (const [language, email, original] of [
    ['ru', IVANOV, CHINESE_MESSAGE],
    ['zh', WANG, RUSSIAN_MESSAGE],
    ['en', IVANOV, CHINESE_MESSAGE],
  ] as const) {
    it(`shows the other side's message translated into ${language}, marked as machine-made, and hides it`, async () => {
      const reader = readers[language];
      const page = await signedIn(email, language);
      await openConversation(page);
      const message = page.locator('.thread-item', { hasText: original });
      await expect.poll(() => message.isVisible()).toBe(true);
      // The reader's own message offers nothing to translate.
      const own = page.locator('.thread-item.message-mine');
      await expect.poll(() => own.count()).toBeGreaterThan(0);
      expect(await own.getByRole('button', { name: reader.translate }).count()).toBe(0);

      const calls = standIn.calls.length;
      await message.getByRole('button', { name: reader.translate }).click();
      const translated = `${STAND_IN_MARK[language]} ${original}`;
      await expect.poll(() => message.getByText(translated).isVisible()).toBe(true);
      await expect.poll(() => message.getByText(reader.note).isVisible()).toBe(true);
      // The original stays where it was, above its translation.
      expect(await message.getByText(original, { exact: true }).isVisible()).toBe(true);
      expect(standIn.calls.slice(calls)).toMatchObject([{ q: original, source: 'auto', target: language }]);
      expect(await seriousAccessibilityViolations(page)).toEqual([]);

      await message.getByRole('button', { name: reader.hide }).click();
      await expect.poll(() => message.getByText(translated).count()).toBe(0);
      await page.context().close();
    });
  }
});

describe('machine translation of an opportunity', () => {
  it("offers a Chinese reader the Russian summary in Chinese, and the title's too", async () => {
    const summary = 'Ищем партнёра с опытом плазменного напыления для совместной программы НИОКР на три года.';
    const { rows } = await platform.query("SELECT id FROM opportunities WHERE summary->>'ru' = $1", [summary]);
    const page = await signedIn(WANG, 'zh');
    await page.goto(`/opportunities/${rows[0]?.id}`);
    const block = page.locator('.text-block', { hasText: summary });
    await expect.poll(() => block.isVisible()).toBe(true);
    await block.getByRole('button', { name: readers.zh.translate }).click();
    await expect.poll(() => block.getByText(`${STAND_IN_MARK.zh} ${summary}`).isVisible()).toBe(true);
    await expect.poll(() => block.getByText(readers.zh.note).isVisible()).toBe(true);
    expect(standIn.calls.at(-1)).toMatchObject({ q: summary, source: 'ru', target: 'zh' });
    // The title has its action under the heading.
    await page.getByRole('main').getByRole('button', { name: readers.zh.translate }).first().click();
    await expect.poll(() => page.getByText(/^\[译文\] Совместные исследования/).isVisible()).toBe(true);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.context().close();
  });
});

describe('without a translation service', () => {
  it('offers no Translate action', async () => {
    const plain = await startTestPlatform({ demoData: true });
    try {
      const page = await signedIn(IVANOV, 'ru', plain);
      // The conversation page asks whether translation is available, and hears no.
      const settings = page.waitForResponse((response) => response.url().endsWith('/api/v1/translations/settings'));
      await openConversation(page);
      expect(await (await settings).json()).toEqual({ available: false });
      const message = page.locator('.thread-item', { hasText: CHINESE_MESSAGE });
      await expect.poll(() => message.isVisible()).toBe(true);
      expect(await page.getByRole('button', { name: readers.ru.translate }).count()).toBe(0);
      await page.context().close();
    } finally {
      await plain.stop();
    }
  });
});
