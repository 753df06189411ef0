import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { postJson } from './support/browser.js';
import { usePlatform } from './support/use-platform.js';

// The demo data a new installation gets: VtorLithium (Алексей Иванов) writes an offer, the Russian
// operator publishes it, and the operators' queue holds the demo applications.
const DEMO_PASSWORD = 'innobridge-demo';
const IVANOV = 'ivanov@demo.innobridge.local';
const OPERATOR_RU = 'operator.ru@demo.innobridge.local';
const PHONE = { width: 390, height: 844 };
const HEADER_MAX = 64;

/** Russian at its longest: words of twenty letters and more, a link and a run of letters without a space. */
const longOffer = {
  type: 'technology_offer',
  title: {
    ru: 'Высокопроизводительная электрохимическая рециркуляция литийсодержащих катодных материалов аккумуляторов',
  },
  summary: { ru: 'Электрохимическиоптимизированнаятехнологияпереработки сверхвысокотемпературных катодов.' },
  description: {
    ru: [
      'Предлагаем лицензию.',
      '',
      'Спецификация: https://example.com/очень/длинная/ссылка/на/спецификацию/электрохимической/установки.pdf',
      'Переработкааккумуляторовэлектромобилейиэнергохранилищ '.repeat(3),
    ].join('\n'),
  },
  areas: ['energy.battery-recycling'],
  trl: 7,
  cooperationForms: ['licence'],
  targetCountries: ['CN'],
};

type Reader = {
  locale: 'ru-RU' | 'zh-CN' | 'en-US';
  language: 'ru' | 'zh' | 'en';
  filters: RegExp;
  menu: string;
  exchange: string;
};
const READERS: Reader[] = [
  { locale: 'ru-RU', language: 'ru', filters: /^Фильтры/, menu: 'Меню', exchange: 'Биржа' },
  { locale: 'zh-CN', language: 'zh', filters: /^筛选/, menu: '菜单', exchange: '合作机会' },
  { locale: 'en-US', language: 'en', filters: /^Filters/, menu: 'Menu', exchange: 'Exchange' },
];

let opportunityPath = '';

const platform = usePlatform({ demoData: true });

beforeAll(async () => {
  const author = await platform.browser.newContext({ baseURL: platform.url });
  await postJson(author.request, platform.url, '/api/v1/auth/login', { email: IVANOV, password: DEMO_PASSWORD });
  const me = (await (await author.request.get('/api/v1/me')).json()) as { memberships: { organizationId: string }[] };
  const organizationId = me.memberships[0]?.organizationId;
  const created = await postJson(author.request, platform.url, '/api/v1/opportunities', {
    organizationId,
    ...longOffer,
  });
  const { id } = (await created.json()) as { id: string };
  await postJson(author.request, platform.url, `/api/v1/opportunities/${id}/submit`, {});
  const operator = await platform.browser.newContext({ baseURL: platform.url });
  await postJson(operator.request, platform.url, '/api/v1/auth/login', { email: OPERATOR_RU, password: DEMO_PASSWORD });
  await postJson(operator.request, platform.url, `/api/v1/opportunities/${id}/publish`, {});
  opportunityPath = `/opportunities/${id}`;
  await author.close();
  await operator.close();
});

function browserOf(locale: string, viewport = PHONE): Promise<BrowserContext> {
  return platform.browser.newContext({ baseURL: platform.url, locale, viewport, reducedMotion: 'reduce' });
}

/** An operator of the Russian queue who reads the interface in the reader's language. */
let operators = 0;
async function operatorOf(reader: Reader, viewport = PHONE): Promise<Page> {
  operators += 1;
  const email = `operator.${reader.language}.${operators}@example.com`;
  const password = 'a phone in the hand of an operator';
  await platform.provisionUser({
    email,
    password,
    displayName: 'Александра Константинопольская-Верхнеудинская',
    locale: reader.language,
    roles: [{ role: 'operator', jurisdiction: 'RU' }],
  });
  const context = await browserOf(reader.locale, viewport);
  await postJson(context.request, platform.url, '/api/v1/auth/login', { email, password });
  return context.newPage();
}

/** Opens a page and waits for its heading and its data. */
async function visit(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.waitForLoadState('networkidle');
}

/** Nothing is wider than the screen: the page never scrolls sideways. */
async function expectNoSideScroll(page: Page, path: string): Promise<void> {
  const widths = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    screen: window.innerWidth,
  }));
  expect(widths.scroll, `${path} is ${widths.scroll} px wide on a ${widths.screen} px screen`).toBeLessThanOrEqual(
    widths.screen,
  );
}

/** The words of the page's title that a line break splits in two (none, where the screen has room for each). */
function splitTitleWords(page: Page): Promise<string[]> {
  return page.getByRole('heading', { level: 1 }).evaluate((heading) => {
    const split: string[] = [];
    const walker = document.createTreeWalker(heading, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const match of (node.textContent ?? '').matchAll(/\S+/g)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
        if (lines.size > 1) split.push(match[0]);
      }
    }
    return split;
  });
}

async function headerHeight(page: Page): Promise<number> {
  return (await page.locator('.app-header').boundingBox())?.height ?? Number.POSITIVE_INFINITY;
}

describe.each(READERS)('on a 390 px phone in $language', (reader) => {
  it('a visitor reads the public pages without scrolling sideways, under a one-row header', async () => {
    const context = await browserOf(reader.locale);
    const page = await context.newPage();
    for (const path of ['/', '/registry', '/exchange', opportunityPath]) {
      await visit(page, path);
      await expectNoSideScroll(page, path);
      expect(await headerHeight(page), path).toBeLessThanOrEqual(HEADER_MAX);
    }
    // The opportunity's long Russian title: each word stays whole on its line.
    expect(await splitTitleWords(page)).toEqual([]);
    await context.close();
  });

  it('a signed-in operator gets a one-row header with the navigation in a drawer', async () => {
    const page = await operatorOf(reader);
    await visit(page, '/account');
    await page.locator('.user-menu-button').waitFor();
    expect(await headerHeight(page)).toBeLessThanOrEqual(HEADER_MAX);
    expect(await page.locator('.app-header .main-nav').isVisible()).toBe(false);

    await page.getByRole('button', { name: reader.menu, exact: true }).click();
    const drawer = page.getByRole('dialog');
    await drawer.getByRole('link', { name: reader.exchange, exact: true }).click();
    await page.waitForURL(/\/exchange/);
    await expect.poll(() => drawer.isVisible()).toBe(false);
    await page.context().close();
  });

  it('the exchange starts its results under the search box, with the filters in a drawer', async () => {
    const page = await operatorOf(reader);
    await visit(page, '/exchange');
    const first = page.locator('.result-list > li').first();
    await first.waitFor();
    const top = (await first.boundingBox())?.y ?? Number.POSITIVE_INFINITY;
    expect(top).toBeLessThan(PHONE.height);
    expect(await page.locator('.facets').count()).toBe(0);

    await page.getByRole('button', { name: reader.filters }).click();
    const drawer = page.getByRole('dialog');
    await drawer.locator('.facet-value').first().click();
    await expect.poll(() => page.getByRole('button', { name: reader.filters }).textContent()).toMatch(/[(（]1[)）]/);
    await expectNoSideScroll(page, '/exchange (filters)');
    await page.keyboard.press('Escape');
    await expect.poll(() => drawer.isVisible()).toBe(false);
    await expectNoSideScroll(page, '/exchange');
    await page.context().close();
  });

  it('a signed-in operator reads every page without scrolling sideways', async () => {
    const page = await operatorOf(reader);
    for (const path of [
      '/',
      '/registry',
      '/exchange',
      opportunityPath,
      '/account',
      '/operator/applications',
      '/moderation/opportunities',
      '/my-organizations',
      '/notifications',
    ]) {
      await visit(page, path);
      await expectNoSideScroll(page, path);
      expect(await headerHeight(page), path).toBeLessThanOrEqual(HEADER_MAX);
    }
    await page.context().close();
  });
});

describe('on a 1366 px laptop in Russian', () => {
  it('keeps the header on one row and shows the queue’s last column whole', async () => {
    const reader = READERS[0] as Reader;
    const page = await operatorOf(reader, { width: 1366, height: 768 });
    await visit(page, '/operator/applications');
    await page.locator('.ant-table-tbody tr.ant-table-row').first().waitFor();
    expect(await headerHeight(page)).toBeLessThanOrEqual(HEADER_MAX);
    await expectNoSideScroll(page, '/operator/applications');

    // The last column is inside the table's box, or the table's own scroll brings it there.
    const lastColumn = page.locator('.ant-table-thead th').last();
    const container = page.locator('.ant-table-container');
    const inside = async () => {
      const column = await lastColumn.boundingBox();
      const box = await container.boundingBox();
      return !!column && !!box && column.x + column.width <= box.x + box.width + 1;
    };
    if (!(await inside())) {
      await page.locator('.ant-table-content').evaluate((element) => {
        element.scrollLeft = element.scrollWidth;
      });
    }
    expect(await inside()).toBe(true);
    await page.context().close();
  });
});
