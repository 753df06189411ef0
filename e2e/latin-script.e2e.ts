import { latinWordsOutsideAllowList } from '@innobridge/i18n/latin-script';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { postJson } from './support/browser.js';
import { usePlatform } from './support/use-platform.js';

// Demo accounts (the demo data a new installation gets), one reading in Russian, one in Chinese.
const DEMO_PASSWORD = 'innobridge-demo';
const READERS = {
  ru: { locale: 'ru-RU', email: 'ivanov@demo.innobridge.local' },
  zh: { locale: 'zh-CN', email: 'wang@demo.innobridge.local' },
} as const;

const platform = usePlatform({ demoData: true });

/**
 * What a reader of the page sees or hears: the text of every rendered text node (SVG titles too)
 * and the accessible names and hints of elements. Text people wrote (marked with a `lang` other
 * than the page's or with `data-user-content`, or typed in a field) is theirs to write in any
 * script, and what is marked `translate="no"` is a code; both are left out.
 */
function readableTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const pageLanguage = document.documentElement.lang.split('-')[0] ?? '';
    const foreign = (element: Element | null) => {
      if (element?.closest('[data-user-content], [translate="no"], textarea')) return true;
      const marked = element?.closest('[lang]');
      if (!marked || marked === document.documentElement) return false;
      return (marked.getAttribute('lang') ?? '').split('-')[0] !== pageLanguage;
    };
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      const text = node.nodeValue?.trim();
      if (!text || !parent || parent.closest('script, style, noscript, template')) continue;
      if (foreign(parent) || !parent.checkVisibility()) continue;
      out.push(text);
    }
    for (const element of document.body.querySelectorAll('[aria-label], [title], [alt], [placeholder]')) {
      if (foreign(element)) continue;
      for (const name of ['aria-label', 'title', 'alt', 'placeholder']) {
        const value = element.getAttribute(name)?.trim();
        if (value) out.push(value);
      }
    }
    return out;
  });
}

/** The page's Latin-script words that are neither proper names nor codes, with the text around them. */
async function latinOn(page: Page, path: string): Promise<string[]> {
  await page.goto(path);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.waitForLoadState('networkidle');
  const texts = await readableTexts(page);
  return texts.flatMap((text) => latinWordsOutsideAllowList(text).map((word) => `${path}: “${word}” in “${text}”`));
}

async function firstId(context: BrowserContext, url: string): Promise<string> {
  const response = await context.request.get(url);
  expect(response.ok(), url).toBe(true);
  const { items } = (await response.json()) as { items: { id: string }[] };
  const id = items[0]?.id;
  if (!id) throw new Error(`${url} listed nothing`);
  return id;
}

describe('Russian and Chinese pages', () => {
  for (const [language, reader] of Object.entries(READERS)) {
    it(`say nothing in Latin script in ${language} to a visitor but proper names and codes`, async () => {
      const context = await platform.context({ locale: reader.locale });
      const page = await context.newPage();
      const opportunity = await firstId(context, '/api/v1/opportunities');
      const organization = await firstId(context, '/api/v1/registry');
      const found: string[] = [];
      for (const path of [
        '/',
        '/registry',
        `/organizations/${organization}`,
        '/exchange',
        `/opportunities/${opportunity}`,
        '/sign-in',
        '/sign-up',
        '/forgot-password',
        '/nothing-here',
      ])
        found.push(...(await latinOn(page, path)));
      await context.close();
      expect(found).toEqual([]);
    });

    it(`say nothing in Latin script in ${language} to a signed-in member but proper names and codes`, async () => {
      const context = await platform.context({ locale: reader.locale });
      const page = await context.newPage();
      await page.goto('/');
      await postJson(page.request, platform.url, '/api/v1/auth/login', {
        email: reader.email,
        password: DEMO_PASSWORD,
      });
      const me = (await (await page.request.get('/api/v1/me')).json()) as {
        memberships: { organizationId: string }[];
      };
      const organization = me.memberships[0]?.organizationId;
      if (!organization) throw new Error(`${reader.email} has no organisation`);
      const found: string[] = [];
      for (const path of [
        '/account',
        '/my-organizations',
        `/organizations/${organization}`,
        `/organizations/${organization}/registry`,
        `/organizations/${organization}/opportunities`,
        `/organizations/${organization}/interests`,
        `/organizations/${organization}/members`,
        `/organizations/${organization}/edit`,
        '/opportunities/new',
        '/conversations',
        '/notifications',
        // A page this member may not see: the 403 answer.
        '/admin/users',
      ])
        found.push(...(await latinOn(page, path)));
      await context.close();
      expect(found).toEqual([]);
    });
  }
});

describe('the API documentation', () => {
  it('opens in the reader’s language, with the tool’s own buttons translated', async () => {
    const context = await platform.context({ locale: 'ru-RU' });
    const page = await context.newPage();
    await page.goto('/api/docs');
    await page.waitForURL('**/api/docs/ru/');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ru');
    await page.getByText('Платформа сотрудничества Москвы и Чжунгуаньцуня').first().waitFor();
    // The tool draws only the sections on screen once the API has 150 operations: a reader finds one
    // with the filter box.
    const filter = page.getByPlaceholder('Фильтр по разделу или пути');
    await filter.fill('Учётные записи');
    await page.getByText('Пользователь, выполнивший вход').first().click();
    await page.getByRole('button', { name: 'Попробовать' }).first().waitFor();
    await filter.fill('Биржа');
    await page
      .getByRole('heading', { name: /^Биржа/ })
      .first()
      .waitFor();
    expect(await page.getByText('Эта документация на других языках:').isVisible()).toBe(true);
    await page.getByRole('link', { name: '中文' }).click();
    await page.waitForURL('**/api/docs/zh/');
    await page.getByPlaceholder('按分类或路径筛选').fill('合作机会');
    await page
      .getByRole('heading', { name: /^合作机会/ })
      .first()
      .waitFor();
    await context.close();
  });
});
