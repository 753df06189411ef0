import { validateLegalId } from '@innobridge/contracts';
import type { APIRequestContext, BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousAccessibilityViolations } from './support/accessibility.js';
import { postJson as postJsonAs } from './support/browser.js';
import { linkTo } from './support/mailbox.js';
import { usePlatform } from './support/use-platform.js';

const platform = usePlatform();

const newContext = (locale: string, timezoneId: string): Promise<BrowserContext> =>
  platform.context({ locale, timezoneId });

async function expectAccessible(page: Page): Promise<void> {
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
}

function heading(page: Page) {
  return page.getByRole('heading', { level: 1 });
}

const postJson = (request: APIRequestContext, path: string, data: unknown) =>
  postJsonAs(request, platform.url, path, data);

/** A Russian company INN (10 digits) with its real check digit. */
function innWithCheckDigit(first9: string): string {
  const weights = [2, 4, 10, 3, 5, 9, 4, 6, 8];
  const sum = weights.reduce((total, weight, i) => total + weight * Number(first9[i]), 0);
  return `${first9}${(sum % 11) % 10}`;
}

/** The smallest well-formed PDF: a header, one empty page, a cross-reference table and the trailer. */
function minimalPdf(title: string): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
    `<< /Title (${title}) >>`,
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(Buffer.byteLength(body));
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body);
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info 4 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** Clicks a button that opens the file picker and gives it the file. */
async function uploadThrough(page: Page, buttonName: string, file: { name: string; mimeType: string; buffer: Buffer }) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: buttonName, exact: true }).click();
  await (await chooser).setFiles(file);
}

function documentRow(page: Page, kind: string) {
  return page.getByRole('row').filter({ hasText: kind });
}

describe('the cluster registry', () => {
  const stamp = Date.now();
  const applicant = {
    email: `irina.${stamp}@example.com`,
    password: 'quantum sensors of moscow',
    displayName: 'Ирина Соколова',
  };
  const operator = {
    email: `operator.ru.${stamp}@example.com`,
    password: 'moscow review desk 2026',
    displayName: '陈静',
  };
  const organizationName = 'ООО «Квантовые сенсоры Москвы»';
  const legalId = innWithCheckDigit(String(770000000 + (stamp % 99_999_999)).slice(0, 9));
  let organizationId = '';
  let applicationUrl = '';

  const requiredDocuments = ['Свидетельство о государственной регистрации', 'Устав', 'Заявление о вступлении'] as const;

  it('lets an administrator of a Moscow company apply for participant status, in Russian', async () => {
    expect(validateLegalId('RU', legalId).ok).toBe(true);
    const context = await newContext('ru-RU', 'Europe/Moscow');
    const page = await context.newPage();

    // An account made through the API, confirmed from the e-mail like anyone's.
    await postJson(page.request, '/api/v1/auth/signup', { ...applicant, locale: 'ru' });
    const confirmation = await platform.waitForMail(applicant.email);
    const token = linkTo(confirmation, '/confirm-email').searchParams.get('token');
    await postJson(page.request, '/api/v1/auth/confirm-email', { token });

    // Signing in through the interface.
    await page.goto('/sign-in');
    await expect.poll(() => heading(page).textContent()).toBe('Вход');
    await page.getByLabel('Электронная почта').fill(applicant.email);
    await page.getByLabel('Пароль').fill(applicant.password);
    await page.getByRole('main').getByRole('button', { name: 'Войти' }).click();
    await expect.poll(() => heading(page).textContent()).toBe('Рабочий стол');

    // A company registered in Moscow, through the API with the same session.
    const created = await postJson(page.request, '/api/v1/organizations', {
      type: 'company',
      jurisdiction: 'RU',
      city: 'Москва',
      legalId,
      name: { ru: organizationName },
      shortDescription: { ru: 'Разработка квантовых магнитометров для медицины и энергетики.' },
    });
    organizationId = ((await created.json()) as { id: string }).id;

    // Its card: no status yet, and the way to the cluster status.
    await page.goto(`/organizations/${organizationId}`);
    await expect.poll(() => heading(page).textContent()).toBe(organizationName);
    expect(await page.locator('.status-banner').getByText('Без статуса').isVisible()).toBe(true);
    await page.getByRole('main').getByRole('link', { name: 'Статус в кластере' }).click();
    await expect.poll(() => heading(page).textContent()).toBe('Статус в кластере');
    expect(await page.getByRole('main').getByRole('link', { name: organizationName }).isVisible()).toBe(true);

    // Eligible as a participant, because it is in Moscow; three documents will be needed.
    await expect
      .poll(() => page.getByText('Ваша организация может подать заявку на статус «Участник кластера».').isVisible())
      .toBe(true);
    expect(
      await page
        .getByText('Она зарегистрирована на территории Московского инновационного кластера (Москва).')
        .isVisible(),
    ).toBe(true);
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Начать заявку' }).click();

    // The draft: the stepper, the checklist, and a submit button that waits for the documents.
    await page.waitForURL(/\/applications\/[0-9a-f-]{36}$/);
    applicationUrl = new URL(page.url()).pathname;
    await expect.poll(() => heading(page).textContent()).toBe('Заявка на статус «Участник кластера»');
    expect(await page.getByText('Текущий этап: Черновик.').count()).toBe(1);
    const submit = page.getByRole('button', { name: 'Подать заявку', exact: true });
    expect(await submit.isDisabled()).toBe(true);
    expect(
      await page
        .getByText(
          'Чтобы подать заявку, загрузите: Свидетельство о государственной регистрации, Устав и Заявление о вступлении.',
        )
        .isVisible(),
    ).toBe(true);
    for (const kind of requiredDocuments) {
      expect(await documentRow(page, kind).getByText('Отсутствует').isVisible()).toBe(true);
    }
    await expectAccessible(page);

    // A file that only pretends to be a PDF is refused by its content; the page shows the API's words.
    const refusal = page.waitForResponse((response) => response.url().endsWith('/documents'));
    await uploadThrough(page, `Загрузить: ${requiredDocuments[0]}`, {
      name: 'svidetelstvo.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('Это обычный текст, а не PDF.', 'utf8'),
    });
    const refused = await refusal;
    expect(refused.status()).toBe(422);
    const problem = (await refused.json()) as { code: string; detail: string };
    expect(problem.code).toBe('file_type_refused');
    await expect.poll(() => page.locator('.problem-alert').getByText(problem.detail).isVisible()).toBe(true);
    expect(await documentRow(page, requiredDocuments[0]).getByText('Отсутствует').isVisible()).toBe(true);

    // The three real documents.
    for (const [i, kind] of requiredDocuments.entries()) {
      const fileName = `document-${i + 1}.pdf`;
      await uploadThrough(page, `Загрузить: ${kind}`, {
        name: fileName,
        mimeType: 'application/pdf',
        buffer: minimalPdf(`Document ${i + 1}`),
      });
      await expect.poll(() => documentRow(page, kind).getByText('Загружен', { exact: true }).isVisible()).toBe(true);
      expect(await documentRow(page, kind).getByRole('link', { name: fileName }).getAttribute('target')).toBe('_blank');
    }

    // The preview link serves the file inline.
    const href = await documentRow(page, requiredDocuments[1]).getByRole('link').getAttribute('href');
    const preview = await page.request.get(href ?? '');
    expect(preview.headers()['content-type']).toBe('application/pdf');
    expect(preview.headers()['content-disposition']).toMatch(/^inline/);

    // Submitting, after a confirmation.
    await expect.poll(() => submit.isDisabled()).toBe(false);
    await submit.click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: 'Подать заявку' }).click();
    await expect.poll(() => page.getByText('Текущий этап: Подана.').count()).toBe(1);
    expect(await page.getByText('в рабочих днях Москвы (UTC+3)').first().isVisible()).toBe(true);

    await context.close();
  });

  it('lets an operator of the Russian side take and approve it, in Chinese', async () => {
    expect(applicationUrl).not.toBe('');
    await platform.provisionUser({
      ...operator,
      locale: 'zh',
      roles: [{ role: 'operator', jurisdiction: 'RU' }],
    });
    const context = await newContext('zh-CN', 'Asia/Shanghai');
    const page = await context.newPage();

    await page.goto('/sign-in');
    await expect.poll(() => heading(page).textContent()).toBe('登录');
    await page.getByLabel('电子邮箱').fill(operator.email);
    await page.getByLabel('密码').fill(operator.password);
    // Ant Design spaces out two-character Chinese button labels ("登 录").
    await page
      .getByRole('main')
      .getByRole('button', { name: /^登\s?录$/ })
      .click();

    // The queue is in the header for operators, with the submitted application and its counts.
    await page.getByRole('banner').getByRole('link', { name: '申请审核' }).click();
    await expect.poll(() => heading(page).textContent()).toBe('身份申请');
    const row = page.getByRole('row').filter({ hasText: organizationName });
    await expect.poll(() => row.getByText('已提交').isVisible()).toBe(true);
    expect(await row.getByText('集群成员').isVisible()).toBe(true);
    expect(await page.getByRole('tab', { name: /已提交\s*1/ }).count()).toBe(1);
    await expectAccessible(page);

    // Take it.
    await row.getByRole('link', { name: organizationName }).click();
    await expect.poll(() => heading(page).textContent()).toBe('“集群成员”身份申请');
    await page.getByRole('button', { name: '受理审核' }).click();
    await expect.poll(() => page.getByText('当前阶段：审核中。').count()).toBe(1);
    expect(await page.getByText('按莫斯科工作日计算（UTC+3）').first().isVisible()).toBe(true);
    await expectAccessible(page);

    // The operator prepares the approval while a colleague (here: the same account, through the API)
    // asks the applicant for information first: the approval loses, says why, and shows the new state.
    const criteria = [
      '已在国家登记系统中核实法人主体及其登记号码',
      '机构注册地位于集群区域内',
      '文件齐全且有效',
      '不存在拒绝或除名的情形',
    ];
    const approveButton = page.getByRole('button', { name: /^批\s?准$/ });
    await approveButton.click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.getByText('批准“集群成员”身份').isVisible()).toBe(true);
    for (const criterion of criteria) await dialog.getByLabel(criterion).check();
    await dialog.getByLabel('决定理由').fill('文件齐全。');
    const applicationId = applicationUrl.split('/').pop();
    await postJson(page.request, `/api/v1/applications/${applicationId}/request-info`, {
      message: '请确认贵公司的注册地址仍在莫斯科。',
    });
    const lost = page.waitForResponse((response) => response.url().endsWith('/approve'));
    await dialog.getByRole('button', { name: /^批\s?准$/ }).click();
    const conflict = await lost;
    expect(conflict.status()).toBe(409);
    const { detail } = (await conflict.json()) as { detail: string };
    await expect.poll(() => page.locator('.ant-message').getByText(detail).isVisible()).toBe(true);
    await expect.poll(() => page.getByText('当前阶段：待补充材料。').count()).toBe(1);
    expect(await page.getByText('计时暂停').first().isVisible()).toBe(true);
    expect(await page.getByText('请确认贵公司的注册地址仍在莫斯科。').isVisible()).toBe(true);

    // The applicant answers in Russian; the review resumes.
    const applicantContext = await newContext('ru-RU', 'Europe/Moscow');
    const applicantPage = await applicantContext.newPage();
    await postJson(applicantPage.request, '/api/v1/auth/login', {
      email: applicant.email,
      password: applicant.password,
    });
    await applicantPage.goto(applicationUrl);
    await expect.poll(() => applicantPage.getByText('Текущий этап: Запрошены сведения.').count()).toBe(1);
    expect(await applicantPage.getByText('Срок приостановлен').first().isVisible()).toBe(true);
    await applicantPage
      .getByLabel('Ваш ответ')
      .fill('Да, юридический адрес компании — Москва, Пресненская набережная, 12.');
    await applicantPage.getByRole('button', { name: 'Отправить ответ' }).click();
    await expect.poll(() => applicantPage.getByText('Текущий этап: На рассмотрении.').count()).toBe(1);
    await applicantContext.close();

    // Approve: every criterion must be ticked, and a reason given.
    await page.reload();
    await expect.poll(() => page.getByText('当前阶段：审核中。').count()).toBe(1);
    expect(
      await page.getByText('Да, юридический адрес компании — Москва, Пресненская набережная, 12.').isVisible(),
    ).toBe(true);
    await approveButton.click();
    await expect.poll(() => dialog.getByText('批准“集群成员”身份').isVisible()).toBe(true);
    await dialog.getByLabel('决定理由').fill('文件齐全，机构注册地位于莫斯科，符合集群成员条件。');
    await dialog.getByRole('button', { name: /^批\s?准$/ }).click();
    await expect.poll(() => dialog.getByText('必须确认此标准。').first().isVisible()).toBe(true);
    for (const criterion of criteria) await dialog.getByLabel(criterion).check();
    await dialog.getByRole('button', { name: /^批\s?准$/ }).click();
    await expect.poll(() => page.getByText('当前阶段：已批准。').count()).toBe(1);
    expect(await page.getByText('文件齐全，机构注册地位于莫斯科，符合集群成员条件。').first().isVisible()).toBe(true);

    await context.close();
  });

  it('tells the applicant, in Russian', async () => {
    const context = await newContext('ru-RU', 'Europe/Moscow');
    const page = await context.newPage();
    await postJson(page.request, '/api/v1/auth/login', { email: applicant.email, password: applicant.password });
    await page.goto(applicationUrl);
    await expect.poll(() => page.getByText('Текущий этап: Одобрена.').count()).toBe(1);

    // The bell counts the unread notifications; "mark all read" clears it.
    const bell = page.getByRole('banner').getByRole('button', { name: /^Уведомления, непрочитанных: \d+$/ });
    await expect.poll(() => bell.count()).toBe(1);
    await bell.click();
    await page.getByRole('button', { name: 'Отметить все как прочитанные' }).click();
    await expect
      .poll(() => page.getByRole('banner').getByRole('button', { name: 'Уведомления', exact: true }).count())
      .toBe(1);

    await context.close();
  });

  it('shows the participant to a visitor in the public registry and on its card, in English', async () => {
    const context = await newContext('en-US', 'UTC');
    const page = await context.newPage();

    await page.goto('/');
    await page.getByRole('banner').getByRole('link', { name: 'Registry' }).click();
    await expect.poll(() => heading(page).textContent()).toBe('Cluster registry');
    await page.getByRole('searchbox', { name: 'Search the registry' }).fill('Квантовые сенсоры');
    // The registry's search button, which says it (the city filter's is an icon named the same).
    await page.getByRole('button', { name: 'Search', exact: true }).filter({ hasText: 'Search' }).click();
    const card = page.locator('.registry-card').filter({ hasText: organizationName });
    await expect.poll(() => card.count()).toBe(1);
    expect(await card.getByText('Cluster participant').isVisible()).toBe(true);
    expect(await card.getByRole('link').getByTitle('Written in Russian').isVisible()).toBe(true);
    expect(await page.getByText(/^Organisations found: \d+$/).isVisible()).toBe(true);
    await expectAccessible(page);

    // The public card says it first: the status and since when.
    await card.getByRole('link').click();
    await expect.poll(() => heading(page).textContent()).toBe(`${organizationName}RU`);
    const banner = page.locator('.status-banner');
    expect(await banner.getByText('Cluster participant').isVisible()).toBe(true);
    expect(await banner.getByText(/^since /).isVisible()).toBe(true);

    await context.close();
  });
});
