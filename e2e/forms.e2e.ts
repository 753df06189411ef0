import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { usePlatform } from './support/use-platform.js';

// Forms that refuse instead of cutting, files refused in words that say why, and the operators'
// queue that opens on what waits and reads the rest page by page — in Russian, English and Chinese.

const DEMO_PASSWORD = 'innobridge-demo';
const IVANOV = 'ivanov@demo.innobridge.local';
// The owner of the demo organisation whose application is still a draft (Steppe Link).
const NURLANOVA = 'nurlanova@demo.innobridge.local';
const OPERATOR_RU = 'operator.ru@demo.innobridge.local';

/** A small but real PDF: the platform recognises it by its content. */
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <</Type /Catalog>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n');

const platform = usePlatform({ demoData: true });

/** A browser reading in `locale`, signed in through the API (the sign-in page has tests of its own). */
async function signedIn(email: string, locale: string): Promise<Page> {
  const context = await platform.context({ locale, timezoneId: 'Europe/Moscow' });
  const page = await context.newPage();
  const login = await page.request.post('/api/v1/auth/login', {
    data: { email, password: DEMO_PASSWORD },
    headers: { Origin: platform.url },
  });
  expect(login.ok(), await login.text()).toBe(true);
  return page;
}

async function firstOrganizationId(page: Page): Promise<string> {
  const me = (await (await page.request.get('/api/v1/me')).json()) as { memberships: { organizationId: string }[] };
  return me.memberships[0]?.organizationId as string;
}

const heading = (page: Page) => page.getByRole('heading', { level: 1 });

describe('the opportunity form, in Russian', () => {
  it('counts an over-long description and refuses it whole instead of cutting it, and offers no past deadline', async () => {
    const page = await signedIn(IVANOV, 'ru-RU');
    const organizationId = await firstOrganizationId(page);
    await page.goto(`/opportunities/new?organizationId=${organizationId}`);
    await expect.poll(() => heading(page).textContent()).toBe('Новая публикация');

    const description = page.getByLabel('Описание (Русский)');
    const pasted = `${'литий '.repeat(3400)}кобальт`; // 20,407 characters, over the 20,000 allowed
    await description.fill(pasted);
    expect((await description.inputValue()).length, 'nothing cut').toBe(pasted.length);
    await expect.poll(() => page.getByText(`${pasted.length} / 20000`).isVisible()).toBe(true);
    const refusal = 'Текст слишком длинный. Допустимая длина, символов: не более 20000.';
    await expect.poll(() => page.getByText(refusal).isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Сохранить черновик' }).click();
    await expect.poll(() => page.getByText(refusal).isVisible()).toBe(true);
    expect(new URL(page.url()).pathname).toBe('/opportunities/new');

    // Shortened to the limit, the counter and the refusal go.
    await description.fill(pasted.slice(0, 20000));
    await expect.poll(() => page.getByText(refusal).count()).toBe(0);

    // Money in whole units, grouped as a Russian reader writes numbers once the field is left.
    const amountMin = page.getByLabel('От', { exact: true });
    await amountMin.fill('5000000');
    await amountMin.blur();
    await expect.poll(() => amountMin.inputValue()).toMatch(/^5\s000\s000$/);

    // The calendar offers today and later only; the API refuses a past day in the reader's language.
    await page.getByLabel('Срок', { exact: true }).click();
    const today = new Date();
    const iso = (day: Date) =>
      `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
    const cell = (day: Date) => page.locator(`.ant-picker-dropdown td[title="${iso(day)}"]`);
    await expect.poll(() => cell(today).getAttribute('class')).not.toContain('ant-picker-cell-disabled');
    if (today.getDate() > 1) {
      const yesterday = new Date(today.getFullYear(), today.getMonth(), today.getDate() - 1);
      expect(await cell(yesterday).getAttribute('class')).toContain('ant-picker-cell-disabled');
    }
    const past = await page.request.post('/api/v1/opportunities', {
      headers: { Origin: platform.url, 'Accept-Language': 'ru' },
      data: {
        organizationId,
        type: 'technology_offer',
        title: { ru: 'Прошедший срок' },
        summary: { ru: 'Проверка.' },
        deadline: '2020-01-31',
      },
    });
    expect(past.status()).toBe(422);
    expect(await past.json()).toMatchObject({
      code: 'deadline_in_past',
      detail: 'Срок не может быть в прошлом: выберите сегодняшний или более поздний день.',
    });
    await page.context().close();
  });
});

describe('short fields, in Russian', () => {
  it('count a name and a search over their limit and refuse them instead of cutting them', async () => {
    const context = await platform.context({ locale: 'ru-RU', timezoneId: 'Europe/Moscow' });
    const page = await context.newPage();
    const refusal = (max: number) => `Текст слишком длинный. Допустимая длина, символов: не более ${max}.`;

    await page.goto('/sign-up');
    const name = page.getByLabel('Имя', { exact: true });
    const longName = 'Константин '.repeat(12).trim(); // 131 characters, over the 120 allowed
    await name.fill(longName);
    expect((await name.inputValue()).length, 'nothing cut').toBe(longName.length);
    await expect.poll(() => page.getByText(`${longName.length} / 120`).isVisible()).toBe(true);
    await expect.poll(() => page.getByText(refusal(120)).isVisible()).toBe(true);

    await page.goto('/exchange');
    const box = page.getByRole('searchbox', { name: 'Поиск по бирже' });
    const longQuery = 'литий-ионные аккумуляторы '.repeat(8).trim(); // 207 characters, over the 200 allowed
    await box.fill(longQuery);
    expect((await box.inputValue()).length, 'nothing cut').toBe(longQuery.length);
    await expect.poll(() => page.getByText(refusal(200)).isVisible()).toBe(true);
    expect(await box.getAttribute('aria-invalid')).toBe('true');
    // Not searched while over the limit; shortened, it is searched and the refusal goes.
    await box.press('Enter');
    expect(new URL(page.url()).searchParams.get('q')).toBeNull();
    await box.fill(longQuery.slice(0, 25));
    await box.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe(longQuery.slice(0, 25));
    await expect.poll(() => page.getByText(refusal(200)).count()).toBe(0);
    await context.close();
  });
});

describe('the documents of an application, in English', () => {
  it('says why a file is refused, and flags one file given for two documents', async () => {
    const page = await signedIn(NURLANOVA, 'en-GB');
    const organizationId = await firstOrganizationId(page);
    const registry = (await (await page.request.get(`/api/v1/organizations/${organizationId}/registry`)).json()) as {
      applications: { id: string; state: string }[];
    };
    const draft = registry.applications.find((application) => application.state === 'draft');
    expect(draft).toBeDefined();
    await page.goto(`/applications/${draft?.id}`);
    const inputs = page.locator('input[type=file]');
    await expect.poll(() => inputs.count()).toBeGreaterThan(1);

    await inputs.nth(0).setInputFiles({
      name: 'charter.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('MZ\x90\x00 an executable, not a PDF'),
    });
    const why = 'Only PDF, PNG and JPEG files are accepted; the content of this file is not one of them.';
    await expect.poll(() => page.getByRole('alert').filter({ hasText: why }).count()).toBe(1);
    expect(await page.getByText('This value is not valid.').count()).toBe(0);

    await inputs.nth(0).setInputFiles({ name: 'one.pdf', mimeType: 'application/pdf', buffer: PDF });
    await expect.poll(() => page.getByText('one.pdf').count()).toBeGreaterThan(0);
    await inputs.nth(1).setInputFiles({ name: 'one-again.pdf', mimeType: 'application/pdf', buffer: PDF });
    await expect.poll(() => page.getByText(/It is the same file as the one given for/).isVisible()).toBe(true);
    await expect.poll(() => page.getByText(/^The same file as for: /).count()).toBe(2);
    await page.context().close();
  });
});

describe("the operators' queue, in Chinese", () => {
  it('opens on what waits, without decided applications, and reads the rest page by page', async () => {
    const page = await signedIn(OPERATOR_RU, 'zh-CN');
    await page.goto('/operator/applications');
    await expect.poll(() => heading(page).textContent()).toBe('身份申请');
    const waitingTab = page.getByRole('tab', { name: /待审核/ });
    await expect.poll(() => waitingTab.getAttribute('aria-selected')).toBe('true');
    const rows = page.locator('.ant-table-tbody tr.ant-table-row');
    await expect.poll(() => rows.count()).toBeGreaterThan(0);
    const states = await page.locator('.ant-table-tbody tr.ant-table-row .ant-tag').allTextContents();
    expect(states.some((state) => state === '已批准')).toBe(false);

    // Enough decided applications for more than one page (50 rows).
    await platform.query(
      `insert into status_applications
         select (jsonb_populate_record(null::status_applications, to_jsonb(a) || jsonb_build_object('id', gen_random_uuid()))).*
         from status_applications a, generate_series(1, 30)
         where a.state = 'approved' and a.reviewer_jurisdiction = 'RU'`,
    );
    const total = Number(
      (
        await platform.query(
          "select count(*)::int as n from status_applications where reviewer_jurisdiction = 'RU' and state <> 'draft'",
        )
      ).rows[0]?.n,
    );
    expect(total).toBeGreaterThan(50);
    await page.getByRole('tab', { name: /全部/ }).click();
    await expect.poll(() => rows.count()).toBe(50);
    await page.getByRole('button', { name: '加载更多' }).click();
    await expect.poll(() => rows.count()).toBe(Math.min(total, 100));

    // A decided application that was never asked for more: its steps do not tick "information requested".
    const decided = (await (await page.request.get('/api/v1/registry/applications?state=approved&limit=1')).json()) as {
      items: { id: string }[];
    };
    await page.goto(`/applications/${decided.items[0]?.id}`);
    const steps = page.locator('.application-steps .ant-steps-item');
    await expect.poll(() => steps.count()).toBe(5);
    expect(await steps.nth(2).getAttribute('class')).toContain('ant-steps-item-finish');
    expect(await steps.nth(3).getAttribute('class')).toContain('ant-steps-item-wait');
    expect(await steps.nth(4).getAttribute('class')).toContain('ant-steps-item-finish');
    await page.context().close();
  });
});
