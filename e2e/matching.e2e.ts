import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousAccessibilityViolations } from './support/accessibility.js';
import { launchChromium, postJson, readerContext } from './support/browser.js';
import { startTestPlatform, type TestPlatform } from './support/platform.js';

// The demo data a new installation gets: VtorLithium (Алексей Иванов) in Moscow, Hefei Guli New Energy
// (王伟, who belongs to several Chinese organisations) and the two operators. A Russian offer written in
// Russian and a Chinese request written in Chinese about the same technology, neither naming an area:
// only the text can bring them together.
const DEMO_PASSWORD = 'innobridge-demo';
const IVANOV = 'ivanov@demo.innobridge.local';
const WANG = 'wang@demo.innobridge.local';
const OPERATOR_RU = 'operator.ru@demo.innobridge.local';
const OPERATOR_CN = 'operator.cn@demo.innobridge.local';

const russianOffer = {
  type: 'technology_offer',
  title: { ru: 'Натрий-ионные аккумуляторы для стационарных накопителей энергии' },
  summary: {
    ru: 'Производим натрий-ионный аккумулятор ёмкостью 160 А·ч без лития и кобальта; предлагаем лицензию на технологию.',
  },
  areas: [],
  trl: 7,
  cooperationForms: ['licence'],
  targetCountries: ['CN'],
};
const chineseRequest = {
  type: 'technology_request',
  title: { zh: '寻求钠离子电池储能技术' },
  summary: { zh: '我们计划在合肥建设钠离子电池储能产线，寻求成熟的电芯技术与技术许可合作。' },
  areas: [],
  cooperationForms: ['licence'],
  targetCountries: ['RU'],
};

// A Chinese R&D partner search that the Russian recycler's profile answers.
const chineseSearch = {
  type: 'rd_partner_search',
  title: { zh: '寻找动力电池回收研发合作伙伴' },
  summary: { zh: '我们希望与具有湿法冶金和退役动力电池回收经验的研究团队联合研发锂的回收工艺。' },
  areas: [],
  cooperationForms: ['joint_rnd'],
  targetCountries: [],
};

type Reader = {
  lang: 'ru' | 'zh' | 'en';
  browserLocale: string;
  recommendations: string;
  useful: RegExp;
  express: string;
  message: string;
  whoMayNeed: string;
};
// In this order: the feedback given in one language is found again in the next.
const READERS: Reader[] = [
  {
    lang: 'ru',
    browserLocale: 'ru-RU',
    recommendations: 'Рекомендации для ваших публикаций',
    useful: /^Полезно$/,
    express: 'Откликнуться',
    message: 'Ваше сообщение',
    whoMayNeed: 'Кому это может быть нужно',
  },
  {
    lang: 'en',
    browserLocale: 'en-US',
    recommendations: 'Recommended for your opportunities',
    useful: /^Useful$/,
    express: 'Express interest',
    message: 'Your message',
    whoMayNeed: 'Who may need this',
  },
  {
    lang: 'zh',
    browserLocale: 'zh-CN',
    recommendations: '为您的合作机会推荐',
    // Ant Design spaces out a two-character Chinese button label: 有 用.
    useful: /^有\s?用$/,
    express: '表达合作意向',
    message: '留言',
    whoMayNeed: '谁可能需要',
  },
];

let platform: TestPlatform;
let browser: Browser;
let offerId = '';
let requestId = '';

async function signedInContext(email: string, locale: string, lang?: Reader['lang']): Promise<BrowserContext> {
  const context = await readerContext(browser, platform.url, {
    locale,
    timezoneId: locale.startsWith('zh') ? 'Asia/Shanghai' : 'Europe/Moscow',
  });
  await postJson(context.request, platform.url, '/api/v1/auth/login', { email, password: DEMO_PASSWORD });
  if (lang) {
    const patched = await context.request.patch('/api/v1/me', {
      data: { locale: lang },
      headers: { Origin: platform.url },
    });
    expect(patched.status()).toBe(200);
  }
  return context;
}

async function membershipOf(context: BrowserContext, name: RegExp): Promise<string> {
  const me = (await (await context.request.get('/api/v1/me')).json()) as {
    memberships: { organizationId: string; organizationName: Record<string, string> }[];
  };
  const found = me.memberships.find((m) => Object.values(m.organizationName).some((n) => name.test(n)));
  if (!found) throw new Error(`no membership matching ${name}`);
  return found.organizationId;
}

/** Writes an opportunity as its organisation's member and has the operator of its side publish it. */
async function publish(author: string, organization: RegExp, operator: string, body: object): Promise<string> {
  const writer = await signedInContext(author, 'en-US');
  const organizationId = await membershipOf(writer, organization);
  const created = await postJson(writer.request, platform.url, '/api/v1/opportunities', { organizationId, ...body });
  const { id } = (await created.json()) as { id: string };
  await postJson(writer.request, platform.url, `/api/v1/opportunities/${id}/submit`, {});
  const moderator = await signedInContext(operator, 'en-US');
  await postJson(moderator.request, platform.url, `/api/v1/opportunities/${id}/publish`, {});
  await writer.close();
  await moderator.close();
  return id;
}

/** Waits for the matching jobs to have computed an opportunity's candidates (they run after publication). */
async function computedCandidates(context: BrowserContext, opportunityId: string) {
  type List = { computedAt: string | null; items: { candidate: { opportunity?: { id: string } } }[] };
  let list: List = { computedAt: null, items: [] };
  await expect
    .poll(
      async () => {
        const response = await context.request.get(`/api/v1/matching/opportunities/${opportunityId}/candidates`);
        list = (await response.json()) as List;
        return list.computedAt !== null;
      },
      { timeout: 60_000, interval: 500 },
    )
    .toBe(true);
  return list;
}

beforeAll(async () => {
  browser = await launchChromium();
  platform = await startTestPlatform({ demoData: true });
  offerId = await publish(IVANOV, /ВторЛитий/, OPERATOR_RU, russianOffer);
  requestId = await publish(WANG, /固锂/, OPERATOR_CN, chineseRequest);
});

afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

function heading(page: Page) {
  return page.getByRole('heading', { level: 1 });
}

/** The proposal of the Russian offer among the recommendations for the Chinese request. */
function offerProposal(page: Page, reader: Reader): Locator {
  return page
    .getByRole('region', { name: reader.recommendations })
    .locator(`[data-opportunity="${requestId}"]`)
    .getByRole('article', { name: russianOffer.title.ru });
}

describe('matchmaking across the language border', () => {
  it('computes the Russian offer as a candidate of the Chinese request, with no area in common', async () => {
    const context = await signedInContext(WANG, 'zh-CN');
    const list = await computedCandidates(context, requestId);
    expect(list.items.map((item) => item.candidate.opportunity?.id)).toContain(offerId);
    await context.close();
  });

  it.each(READERS.map((reader, index) => ({ ...reader, index })))(
    'shows the Chinese member the Russian offer on the dashboard in $lang, explained, marked useful, one click from an interest',
    async (reader) => {
      const context = await signedInContext(WANG, reader.browserLocale, reader.lang);
      const page = await context.newPage();
      await page.goto('/dashboard');
      await heading(page).waitFor();

      const proposal = offerProposal(page, reader);
      await expect.poll(() => proposal.count(), { timeout: 30_000 }).toBe(1);
      // The offer is written in Russian only: its title is shown as written, marked as Russian.
      expect(await proposal.locator('[lang="ru"]').first().textContent()).toBe(russianOffer.title.ru);

      // The explanation names the concept, with the words of the reader's request and of the offer.
      const words = proposal.locator('.proposal-concept-words');
      await expect.poll(() => words.count()).toBeGreaterThan(0);
      const explained = (await words.allTextContents()).join(' | ');
      expect(explained).toContain('钠离子电池');
      expect(explained).toMatch(/натрий-ионн/i);
      const ours = proposal.locator('.proposal-concept-words q[lang="zh-CN"]');
      const theirs = proposal.locator('.proposal-concept-words q[lang="ru"]');
      expect(await ours.count()).toBeGreaterThan(0);
      expect(await theirs.count()).toBeGreaterThan(0);
      expect(await seriousAccessibilityViolations(page)).toEqual([]);

      // Useful: a toggle, kept by the platform (the previous language's run left it on).
      const useful = proposal.getByRole('button', { name: reader.useful });
      expect(await useful.getAttribute('aria-pressed')).toBe(reader.index > 0 ? 'true' : 'false');
      if (reader.index > 0) {
        await useful.click();
        await expect.poll(() => useful.getAttribute('aria-pressed')).toBe('false');
        await expect.poll(() => useful.isEnabled()).toBe(true);
      }
      await useful.click();
      await expect.poll(() => useful.getAttribute('aria-pressed')).toBe('true');
      await expect.poll(() => useful.isEnabled()).toBe(true);
      await page.reload();
      await expect.poll(() => offerProposal(page, reader).count(), { timeout: 30_000 }).toBe(1);
      await expect
        .poll(() =>
          offerProposal(page, reader).getByRole('button', { name: reader.useful }).getAttribute('aria-pressed'),
        )
        .toBe('true');

      // One click from the recommendation to the expression of interest, ready to write.
      await offerProposal(page, reader).getByRole('link', { name: reader.express }).click();
      await page.waitForURL((url) => url.pathname === `/opportunities/${offerId}` && url.hash === '#express-interest');
      await expect.poll(() => heading(page).textContent()).toBe(russianOffer.title.ru);
      const message = page.getByLabel(reader.message);
      await expect.poll(() => message.evaluate((element) => element === document.activeElement)).toBe(true);
      // On behalf of the organisation whose request the recommendation was for, already chosen.
      const form = page.locator('#express-interest');
      await expect.poll(() => form.getByText(/固锂|Гули|Guli/).count()).toBeGreaterThan(0);

      if (reader.lang === 'zh') {
        await message.fill('我们需要钠离子电池储能技术，希望洽谈技术许可。');
        await page.getByRole('main').getByRole('button', { name: reader.express }).click();
        await expect.poll(() => page.getByText('您的合作意向已发送。').isVisible()).toBe(true);
      }
      await context.close();
    },
  );

  it.each(READERS)('shows a visitor who may need the published offer, in $lang, on a phone', async (reader) => {
    const context = await browser.newContext({
      baseURL: platform.url,
      locale: reader.browserLocale,
      viewport: { width: 390, height: 844 },
      reducedMotion: 'reduce',
    });
    const page = await context.newPage();
    await page.goto(`/opportunities/${offerId}`);
    await expect.poll(() => heading(page).textContent()).toBe(russianOffer.title.ru);
    const region = page.getByRole('region', { name: reader.whoMayNeed });
    const candidate = region.getByRole('article', { name: chineseRequest.title.zh });
    await expect.poll(() => candidate.count(), { timeout: 30_000 }).toBe(1);
    const explained = await candidate.locator('.proposal-concept-words').allTextContents();
    expect(explained.join(' | ')).toContain('钠离子电池');
    // A visitor gives no feedback and is not offered to express interest.
    expect(await candidate.getByRole('button').count()).toBe(0);
    const widths = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      screen: window.innerWidth,
    }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.screen);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await context.close();
  });
});

describe('organisations in matchmaking', () => {
  let searchId = '';
  let recyclerId = '';

  beforeAll(async () => {
    searchId = await publish(WANG, /固锂/, OPERATOR_CN, chineseSearch);
    const ivanov = await signedInContext(IVANOV, 'en-US');
    recyclerId = await membershipOf(ivanov, /ВторЛитий/);
    await ivanov.close();
  });

  it('shows a visitor the Russian recycler among the possible R&D partners of the Chinese search, linked to its page', async () => {
    const context = await browser.newContext({
      baseURL: platform.url,
      locale: 'en-US',
      viewport: { width: 1366, height: 900 },
      reducedMotion: 'reduce',
    });
    const page = await context.newPage();
    await page.goto(`/opportunities/${searchId}`);
    await expect.poll(() => heading(page).textContent()).toBe(chineseSearch.title.zh);
    const candidate = page
      .getByRole('region', { name: 'Possible R&D partners' })
      .getByRole('article', { name: 'VtorLithium' });
    await expect.poll(() => candidate.count(), { timeout: 60_000 }).toBe(1);
    expect(await candidate.getByText('Organisation', { exact: true }).count()).toBe(1);
    expect((await candidate.locator('.proposal-concept').allTextContents()).length).toBeGreaterThan(0);
    await candidate.getByRole('link', { name: 'VtorLithium' }).click();
    await page.waitForURL((url) => url.pathname === `/organizations/${recyclerId}`);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await context.close();
  });

  it.each([
    { lang: 'ru' as const, browserLocale: 'ru-RU', title: 'Рекомендовано вашей организации' },
    { lang: 'zh' as const, browserLocale: 'zh-CN', title: '为您的机构推荐' },
    { lang: 'en' as const, browserLocale: 'en-US', title: 'Recommended for your organisation' },
  ])('recommends the Chinese search to the recycler on its page and the dashboard, in $lang', async (reader) => {
    const context = await signedInContext(IVANOV, reader.browserLocale, reader.lang);
    const page = await context.newPage();
    for (const path of [`/organizations/${recyclerId}`, '/dashboard']) {
      await page.goto(path);
      await heading(page).waitFor();
      // On the dashboard, under the recycler (Ivanov may belong to more than one organisation).
      const proposal = page
        .getByRole('region', { name: reader.title })
        .locator(`[data-organization="${recyclerId}"]`)
        .getByRole('article', { name: chineseSearch.title.zh });
      await expect.poll(() => proposal.count(), { timeout: 60_000 }).toBe(1);
      const explained = (await proposal.locator('.proposal-concept-words').allTextContents()).join(' | ');
      expect(explained.length).toBeGreaterThan(0);
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
    }
    const widths = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      screen: window.innerWidth,
    }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.screen);
    await context.close();
  });
});
