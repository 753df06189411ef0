import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousAccessibilityViolations } from './support/accessibility.js';
import { launchChromium, readerContext } from './support/browser.js';
import { startTestPlatform, type TestPlatform } from './support/platform.js';

const PASSWORD = 'glossary operator secret 42';

/**
 * Each reader teaches the concept "large language model" (ict.llm) a word the matcher missed, in their
 * own language, and the "try a text" box then finds it; a term another concept owns is refused in the
 * reader's language.
 */
// Ant Design spaces out a two-character Chinese button label: 保 存.
const readers = {
  ru: {
    browser: 'ru-RU',
    signIn: { email: 'Электронная почта', password: 'Пароль', submit: /^Войти$/ },
    title: 'Технический глоссарий',
    tryLabel: 'Текст для проверки',
    tryButton: /^Найти понятия$/,
    search: 'Поиск понятий',
    searchButton: /^Найти$/,
    edit: (code: string) => `Изменить понятие ${code}`,
    terms: 'Термины на русском',
    english: 'Термины на английском',
    save: /^Сохранить$/,
    cancel: /^Отмена$/,
    saved: 'Понятие сохранено: ict.llm.',
    taken: 'Сопоставление прочтёт',
    text: 'Внедряем ГигаЧат в службу поддержки клиентов',
    word: 'ГигаЧат',
  },
  zh: {
    browser: 'zh-CN',
    signIn: { email: '电子邮箱', password: '密码', submit: /^登\s?录$/ },
    title: '技术术语表',
    tryLabel: '待测试的文本',
    tryButton: /^查找概念$/,
    search: '搜索概念',
    searchButton: /^搜\s?索$/,
    edit: (code: string) => `编辑概念 ${code}`,
    terms: '中文术语',
    english: '英文术语',
    save: /^保\s?存$/,
    cancel: /^取\s?消$/,
    saved: '概念已保存：ict.llm。',
    taken: '匹配程序会把',
    text: '我们把文心一言接入客服系统',
    word: '文心一言',
  },
  en: {
    browser: 'en-US',
    signIn: { email: 'E-mail', password: 'Password', submit: /^Sign in$/ },
    title: 'Technical glossary',
    tryLabel: 'Text to try',
    tryButton: /^Find concepts$/,
    search: 'Search concepts',
    searchButton: /^Search$/,
    edit: (code: string) => `Edit the concept ${code}`,
    terms: 'English terms',
    english: 'English terms',
    save: /^Save$/,
    cancel: /^Cancel$/,
    saved: 'Concept saved: ict.llm.',
    taken: 'The matcher would read',
    text: 'We deploy Qwen in customer support',
    word: 'Qwen',
  },
} as const;

let platform: TestPlatform;
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
  platform = await startTestPlatform();
  for (const [language, jurisdiction] of [
    ['ru', 'RU'],
    ['zh', 'CN'],
    ['en', 'RU'],
  ] as const) {
    await platform.provisionUser({
      email: `operator.${language}@glossary.test`,
      password: PASSWORD,
      displayName: `Operator ${language}`,
      locale: language,
      roles: [{ role: 'operator', jurisdiction }],
    });
  }
});

afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

async function signedIn(language: keyof typeof readers): Promise<Page> {
  const reader = readers[language];
  const context = await readerContext(browser, platform.url, { locale: reader.browser });
  await context.addInitScript((chosen) => localStorage.setItem('ib.locale', chosen), language);
  const page = await context.newPage();
  await page.goto('/sign-in');
  await page.getByLabel(reader.signIn.email).fill(`operator.${language}@glossary.test`);
  await page.getByLabel(reader.signIn.password).fill(PASSWORD);
  await page.getByRole('main').getByRole('button', { name: reader.signIn.submit }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
  return page;
}

/** Opens a concept in the editor, found through the search box. */
async function openConcept(page: Page, language: keyof typeof readers, code: string) {
  const reader = readers[language];
  await page.getByLabel(reader.search).fill(code);
  await page.getByRole('button', { name: reader.searchButton }).click();
  const edit = page.getByRole('table').getByRole('button', { name: reader.edit(code), exact: true });
  await expect.poll(() => edit.isVisible()).toBe(true);
  await edit.click();
  await expect.poll(() => page.getByRole('dialog').isVisible()).toBe(true);
}

/** Adds a term in the editor's field for a language: typed, then Enter makes it a tag. */
async function addTerm(page: Page, field: string, term: string) {
  const input = page.getByRole('dialog').getByRole('combobox', { name: field });
  await input.fill(term);
  await input.press('Enter');
}

describe('an operator teaches the glossary a missed term', () => {
  for (const language of ['ru', 'zh', 'en'] as const) {
    it(`in ${language}: the "try a text" box finds the word once it is taught`, async () => {
      const reader = readers[language];
      const page = await signedIn(language);
      await page.goto('/admin/glossary');
      await expect.poll(() => page.getByRole('heading', { level: 1, name: reader.title }).isVisible()).toBe(true);

      const found = page.locator('.glossary-try-results li', { hasText: 'ict.llm' });
      await page.getByRole('textbox', { name: reader.tryLabel }).fill(reader.text);
      await page.getByRole('button', { name: reader.tryButton }).click();
      await expect.poll(() => page.locator('.glossary-try-results').isVisible()).toBe(true);
      expect(await found.count()).toBe(0);

      await openConcept(page, language, 'ict.llm');
      await addTerm(page, reader.terms, reader.word);
      await page.getByRole('dialog').getByRole('button', { name: reader.save }).click();
      await expect.poll(() => page.getByText(reader.saved).isVisible()).toBe(true);
      await expect.poll(() => page.getByRole('dialog').count()).toBe(0);

      await page.getByRole('button', { name: reader.tryButton }).click();
      await expect.poll(() => found.count()).toBe(1);
      expect(await found.textContent()).toContain(reader.word);
      expect(await seriousAccessibilityViolations(page)).toEqual([]);

      // A term that another concept owns is refused, with that concept named, in the reader's language.
      await openConcept(page, language, 'ict.rag');
      await addTerm(page, reader.english, 'large language models');
      await page.getByRole('dialog').getByRole('button', { name: reader.save }).click();
      const alert = page.getByRole('dialog').getByRole('alert');
      await expect.poll(() => alert.isVisible()).toBe(true);
      const text = await alert.textContent();
      expect(text).toContain(reader.taken);
      expect(text).toContain('ict.llm');
      await page.getByRole('dialog').getByRole('button', { name: reader.cancel }).click();
      await page.context().close();
    });
  }
});
