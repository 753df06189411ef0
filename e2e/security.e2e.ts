import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { withCheckDigits } from '@innobridge/contracts';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { totpCodeAt } from '../apps/api/src/modules/identity/index.js';
import { seriousAccessibilityViolations } from './support/accessibility.js';
import { postJson as postJsonAs } from './support/browser.js';
import { linkTo } from './support/mailbox.js';
import { usePlatform } from './support/use-platform.js';

// The demo data a new installation gets: VtorLithium, a Moscow participant run by Алексей Иванов;
// Beijing Hexin Biotech (张丽), whose application waits in the Chinese operators' queue.
const DEMO_PASSWORD = 'innobridge-demo';
const IVANOV = 'ivanov@demo.innobridge.local';
const KOVALEV = 'kovalev@demo.innobridge.local';
const ZHANG = 'zhang@demo.innobridge.local';

const platform = usePlatform({ demoData: true });

const newContext = (locale: string, timezoneId: string): Promise<BrowserContext> =>
  platform.context({ locale, timezoneId });

const postJson = (context: BrowserContext, path: string, data: unknown) =>
  postJsonAs(context.request, platform.url, path, data);

const signInThroughApi = (context: BrowserContext, email: string, password: string) =>
  postJson(context, '/api/v1/auth/login', { email, password });

/** Turns two-factor sign-in on for the signed-in account of the context, as the account page would; returns the secret. */
async function turnOnTwoFactor(context: BrowserContext, password: string): Promise<string> {
  const setup = await postJson(context, '/api/v1/me/two-factor/setup', { password });
  const { secret } = (await setup.json()) as { secret: string };
  await postJson(context, '/api/v1/me/two-factor/enable', { code: totpCodeAt(secret, new Date()) });
  return secret;
}

/** The code the authenticator app shows half a minute from now: the current step was used to turn the setting on. */
const nextCode = (secret: string) => totpCodeAt(secret, new Date(Date.now() + 30_000));

async function expectAccessible(page: Page): Promise<void> {
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
}

function heading(page: Page) {
  return page.getByRole('heading', { level: 1 });
}

/**
 * A date and time as the page writes it (shared/format-time.ts): the browser's own Intl, in the reader's
 * language and time zone, the zone named.
 */
const formattedInPage = (page: Page, iso: string, tag: string) =>
  page.evaluate(
    ([value, language]) =>
      new Intl.DateTimeFormat(language, {
        year: 'numeric',
        month: 'short',
        day: 'numeric',
        hour: 'numeric',
        minute: '2-digit',
        timeZoneName: 'short',
      }).format(new Date(value as string)),
    [iso, tag],
  );

const DAY = 24 * 60 * 60 * 1000;

async function singleRow(text: string, values: unknown[]): Promise<Record<string, unknown>> {
  const { rows } = await platform.query(text, values);
  expect(rows).toHaveLength(1);
  return rows[0] as Record<string, unknown>;
}

describe('security of accounts, tokens, the audit log and verified facts', () => {
  it('lets a member make a read-only API token with a lifetime, in Chinese, which reads and cannot change', async () => {
    const member = { email: 'liu.yang@example.cn', password: 'zhongguancun read only 88', displayName: '刘洋' };
    await platform.provisionUser({ ...member, locale: 'zh', roles: [] });
    const context = await newContext('zh-CN', 'Asia/Shanghai');
    await signInThroughApi(context, member.email, member.password);
    const secret = await turnOnTwoFactor(context, member.password);
    const page = await context.newPage();

    await page.goto('/account');
    await page.getByRole('heading', { name: '个人 API 令牌' }).waitFor();
    const section = page.locator('section', { has: page.getByRole('heading', { name: '个人 API 令牌' }) });
    expect(await section.getByText('您还没有 API 令牌。').isVisible()).toBe(true);

    // The form: only "read" ticked, 90 days, and (two-factor sign-in is on) a code field.
    const scopeLabels = ['读取', '修改机构', '修改身份申请', '修改合作机会和洽谈', '将通知标为已读'];
    for (const label of scopeLabels) {
      expect(await section.getByRole('checkbox', { name: label, exact: true }).isChecked(), label).toBe(
        label === '读取',
      );
    }
    const lifetime = section.getByLabel('有效期');
    expect(await section.locator('.token-lifetime').getByText('90 天', { exact: true }).isVisible()).toBe(true);
    const codeField = section.getByLabel('身份验证器应用中的验证码');
    expect(await codeField.isVisible()).toBe(true);
    expect(await section.getByText('如果您登录已超过 15 分钟，则需要填写。').isVisible()).toBe(true);
    await expectAccessible(page);

    // A read-only token for a dashboard, for 30 days; a wrong code is refused on its field.
    const tokenName = '数据看板（只读）';
    await section.getByLabel('令牌名称').fill(tokenName);
    await lifetime.click();
    await page.locator('.ant-select-dropdown').getByTitle('30 天', { exact: true }).click();
    await expect
      .poll(() => section.locator('.token-lifetime').getByText('30 天', { exact: true }).isVisible())
      .toBe(true);
    await codeField.fill('000000');
    const refused = page.waitForResponse(
      (response) => response.url().endsWith('/api/v1/me/api-tokens') && response.request().method() === 'POST',
    );
    await section.getByRole('button', { name: '创建令牌' }).click();
    expect((await refused).status()).toBe(422);
    await expect
      .poll(() => section.getByText('验证码错误或已被使用。', { exact: false }).first().isVisible())
      .toBe(true);
    expect(await section.getByText('您还没有 API 令牌。').isVisible()).toBe(true);

    await codeField.fill(nextCode(secret));
    await section.getByRole('button', { name: '创建令牌' }).click();
    await section.getByText(`令牌“${tokenName}”已创建`).waitFor();
    expect(await section.getByText('请立即复制令牌：出于安全考虑，它只显示这一次。').isVisible()).toBe(true);
    const token = ((await section.locator('.token-value code').textContent()) ?? '').trim();
    expect(token).toMatch(/^ib_\S{20,}$/);

    // Listed with its permission and its expiry, 30 days on.
    const listed = await context.request.get('/api/v1/me/api-tokens');
    const [info] = ((await listed.json()) as { items: { name: string; createdAt: string; expiresAt: string }[] }).items;
    expect(info?.name).toBe(tokenName);
    expect(Date.parse(info?.expiresAt ?? '') - Date.parse(info?.createdAt ?? '')).toBe(30 * DAY);
    const row = section.getByRole('row').filter({ hasText: tokenName });
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.getByText('读取', { exact: true }).isVisible()).toBe(true);
    expect(await row.getByText('修改组织', { exact: true }).count()).toBe(0);
    expect(await row.getByText(`${token.slice(0, 10)}…`).isVisible()).toBe(true);
    const expiry = await formattedInPage(page, info?.expiresAt ?? '', 'zh-CN');
    expect(await row.getByRole('cell', { name: expiry, exact: true }).count()).toBe(1);
    expect(await row.getByText('从未使用').isVisible()).toBe(true);
    await expectAccessible(page);

    // A script with the token: reading answers, a change is refused for want of the permission.
    const bearer = { Authorization: `Bearer ${token}`, 'Accept-Language': 'zh-CN' };
    const notifications = await fetch(`${platform.url}/api/v1/me/notifications`, { headers: bearer });
    expect(notifications.status).toBe(200);
    expect(Array.isArray(((await notifications.json()) as { items: unknown[] }).items)).toBe(true);
    const organizations = await fetch(`${platform.url}/api/v1/organizations`, { headers: bearer });
    expect(organizations.status).toBe(200);

    const legalId = withCheckDigits('uscc', '91110108MA01Q7K3X');
    const creation = await fetch(`${platform.url}/api/v1/organizations`, {
      method: 'POST',
      headers: { ...bearer, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        type: 'startup',
        jurisdiction: 'CN',
        city: '北京',
        legalId,
        name: { zh: '只读令牌科技有限公司' },
        shortDescription: { zh: '不应被创建的机构。' },
      }),
    });
    expect(creation.status).toBe(403);
    expect(creation.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const problem = (await creation.json()) as { code: string; detail: string };
    expect(problem.code).toBe('token_scope_missing');
    expect(problem.detail).toBe('此 API 令牌没有“write:organizations”权限。请在账户设置中创建具有该权限的令牌。');
    const { rows } = await platform.query('select id from organizations where legal_id = $1', [legalId]);
    expect(rows).toEqual([]);

    // The list now says when the token was last used.
    await page.reload();
    await expect.poll(() => row.count()).toBe(1);
    await expect.poll(() => row.getByText('从未使用').count()).toBe(0);
    await context.close();
  });

  it('shows a platform administrator, in English, that the audit chain holds up to its anchor, and who acted by session or by token', async () => {
    const admin = {
      email: 'audit.admin@platform.test',
      password: 'audit chain keeper 2026',
      displayName: 'Grace Hopper',
    };
    await platform.provisionUser({ ...admin, locale: 'en', roles: [{ role: 'admin' }] });
    const setupContext = await newContext('en-GB', 'UTC');
    await signInThroughApi(setupContext, admin.email, admin.password);
    const secret = await turnOnTwoFactor(setupContext, admin.password);
    await setupContext.close();

    // A member's script changes something with a token; the token itself was made in a session.
    const script = await newContext('ru-RU', 'Europe/Moscow');
    await signInThroughApi(script, KOVALEV, DEMO_PASSWORD);
    const made = await postJson(script, '/api/v1/me/api-tokens', {
      name: 'Синхронизация с CRM',
      scopes: ['read', 'write:organizations'],
      expiresInDays: 30,
    });
    const { id: tokenId, token } = (await made.json()) as { id: string; token: string };
    await script.close();
    const created = await fetch(`${platform.url}/api/v1/organizations`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        type: 'company',
        jurisdiction: 'RU',
        city: 'Москва',
        legalId: withCheckDigits('inn', '770981234'),
        name: { ru: 'ООО «Ковалёв и партнёры»' },
        shortDescription: { ru: 'Создана скриптом через API.' },
      }),
    });
    expect(created.status).toBe(201);
    const organizationId = ((await created.json()) as { id: string }).id;

    // The administrator signs in with the password and the authenticator's code.
    const context = await newContext('en-GB', 'UTC');
    const page = await context.newPage();
    await page.goto('/sign-in');
    await page.getByLabel('E-mail').fill(admin.email);
    await page.getByLabel('Password').fill(admin.password);
    await page.getByRole('main').getByRole('button', { name: 'Sign in' }).click();
    await page.getByLabel('Code', { exact: true }).fill(nextCode(secret));
    await page.getByRole('button', { name: 'Confirm' }).click();
    await page.waitForURL('**/dashboard');

    await page.goto('/admin/users');
    await page.getByRole('navigation', { name: 'Administration' }).getByRole('link', { name: 'Audit log' }).click();
    await expect.poll(() => heading(page).textContent()).toBe('Audit log');

    // The platform anchors the chain's head after each start: the anchor file has it by now.
    const anchorFile = path.join(platform.dataDir, 'audit-anchors.jsonl');
    const anchors = async () =>
      (await readFile(anchorFile, 'utf8').catch(() => ''))
        .split('\n')
        .filter((line) => line.trim())
        .map((line) => JSON.parse(line) as { seq: number; at: string });
    await expect.poll(async () => (await anchors()).length).toBeGreaterThan(0);

    await page.getByRole('button', { name: 'Verify the chain' }).click();
    const intact = page.getByText(/^The chain is intact\. Entries checked: [\d,]+\.$/);
    await intact.waitFor();
    const lastAnchor = (await anchors()).at(-1) as { seq: number; at: string };
    const { n: entries } = await singleRow('select count(*)::int as n from audit_log', []);
    const checkedText = await page.evaluate((n) => new Intl.NumberFormat('en').format(n as number), entries);
    expect(await intact.textContent()).toBe(`The chain is intact. Entries checked: ${checkedText}.`);
    const anchorText = `Last anchor: entry #${await page.evaluate(
      (n) => new Intl.NumberFormat('en').format(n),
      lastAnchor.seq,
    )}, ${await formattedInPage(page, lastAnchor.at, 'en')}.`;
    expect(await page.getByText(anchorText, { exact: true }).isVisible()).toBe(true);
    expect(await page.getByText('No anchor has been written yet.').count()).toBe(0);
    expect(lastAnchor.seq).toBeLessThanOrEqual(Number(entries));
    await expectAccessible(page);

    // Each entry says how its actor was signed in.
    const organizationRow = page
      .getByRole('row')
      .filter({ hasText: 'organization.created' })
      .filter({ hasText: organizationId });
    await expect.poll(() => organizationRow.count()).toBe(1);
    expect(await organizationRow.getByRole('cell', { name: 'API token', exact: true }).count()).toBe(1);
    // And what was recorded: the new organisation's facts.
    expect(await organizationRow.locator('code.audit-summary').textContent()).toContain(
      `"legalId":"${withCheckDigits('inn', '770981234')}"`,
    );
    const tokenRow = page.getByRole('row').filter({ hasText: 'api_token.created' }).filter({ hasText: tokenId });
    expect(await tokenRow.count()).toBe(1);
    expect(await tokenRow.getByRole('cell', { name: 'session', exact: true }).count()).toBe(1);
    await context.close();
  });

  it('warns the administrator of a participant, in Russian, that changing its city gives up the status, and gives it up once confirmed', async () => {
    const { id: organizationId } = await singleRow("select id from organizations where name->>'en' = $1", [
      'VtorLithium',
    ]);
    const context = await newContext('ru-RU', 'Europe/Moscow');
    await signInThroughApi(context, IVANOV, DEMO_PASSWORD);
    const page = await context.newPage();

    await page.goto(`/organizations/${organizationId}/registry`);
    await page.getByRole('heading', { name: 'Текущий статус' }).waitFor();
    await expect.poll(() => page.locator('.status-line').getByText('Участник кластера').isVisible()).toBe(true);

    await page.goto(`/organizations/${organizationId}/edit`);
    await expect.poll(() => heading(page).textContent()).toBe('Редактирование организации');
    const notice =
      'Юрисдикцию, идентификатор и город проверил оператор, присвоивший статус «Участник кластера». ' +
      'Если их изменить, статус вернётся к «без статуса», оператор получит уведомление, и статус нужно будет ' +
      'запросить заново. Остальные сведения можно менять свободно.';
    await page.locator('#verified-facts-notice').getByText(notice).waitFor();
    await expectAccessible(page);

    // Moving the registered office: the form asks first.
    // The city comes from the reference list, named in the reader's language.
    await page.locator('form').getByTitle('Москва', { exact: true }).waitFor();
    const city = page.getByLabel('Город или регион');
    await city.click();
    await city.fill('Зеленоград');
    await page.locator('.ant-select-item-option[title="Зеленоград"]').click();
    await page.getByRole('button', { name: 'Сохранить' }).click();
    const dialog = page.getByRole('dialog', { name: 'Отказаться от статуса?' });
    await dialog.waitFor();
    expect(await dialog.getByText(notice).isVisible()).toBe(true);
    await expectAccessible(page);

    // Thinking better of it changes nothing.
    await dialog.getByRole('button', { name: 'Отмена' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    const unchanged = await singleRow('select place, city, status from organizations where id = $1', [organizationId]);
    expect(unchanged).toEqual({ place: 'RU-MOW', city: '', status: 'participant' });

    await page.getByRole('button', { name: 'Сохранить' }).click();
    await dialog.getByRole('button', { name: 'Изменить и снять статус' }).click();
    await page.waitForURL(`**/organizations/${organizationId}`);

    await page.goto(`/organizations/${organizationId}/registry`);
    await page.getByRole('heading', { name: 'Текущий статус' }).waitFor();
    await expect.poll(() => page.locator('.status-line').getByText('Без статуса').isVisible()).toBe(true);
    expect(await page.locator('.status-line').getByText('Участник кластера').count()).toBe(0);
    expect(
      await page
        .getByText('Организация зарегистрирована на платформе, но статуса в кластере у неё пока нет.')
        .isVisible(),
    ).toBe(true);
    expect(
      await page
        .getByText('Организация изменила сведения, проверенные оператором (юрисдикцию, идентификатор или город).')
        .isVisible(),
    ).toBe(true);
    await expectAccessible(page);
    await context.close();
  });

  it('keeps an operator, in Chinese, from deciding on the application of an organisation they belong to, and says why', async () => {
    const operator = { email: 'zhao.min@zgc.example.cn', password: 'haidian review desk 77', displayName: '赵敏' };
    await platform.provisionUser({ ...operator, locale: 'zh', roles: [{ role: 'operator', jurisdiction: 'CN' }] });

    // 张丽 invites the operator into Hexin Biotech, whose application waits for the Chinese operators.
    const owner = await newContext('zh-CN', 'Asia/Shanghai');
    await signInThroughApi(owner, ZHANG, DEMO_PASSWORD);
    const { id: organizationId } = await singleRow("select id from organizations where name->>'en' = $1", [
      'Beijing Hexin Biotech Co., Ltd.',
    ]);
    await postJson(owner, `/api/v1/organizations/${organizationId}/invitations`, {
      email: operator.email,
      role: 'member',
    });
    await owner.close();
    // Behind the demo data's own e-mails, which the platform sends about one a second: a longer wait.
    const invitation = await platform.waitForMail(operator.email, { timeoutMs: 150_000 });
    const invitationToken = linkTo(invitation, '/invitations/accept').searchParams.get('token');

    const context = await newContext('zh-CN', 'Asia/Shanghai');
    await signInThroughApi(context, operator.email, operator.password);
    await postJson(context, '/api/v1/invitations/accept', { token: invitationToken });
    const page = await context.newPage();

    const reason = '您是该机构的成员，因此不对其申请和身份作出决定，将由其他运营人员处理。';
    const organizationName = '北京禾芯生物科技有限公司';
    await page.goto('/my-organizations');
    await page.getByRole('banner').getByRole('link', { name: '申请审核' }).click();
    await expect.poll(() => heading(page).textContent()).toBe('身份申请');
    const row = page.getByRole('row').filter({ hasText: organizationName });
    await expect.poll(() => row.count()).toBe(1);
    const tag = row.getByText('本人所在机构', { exact: true });
    expect(await tag.isVisible()).toBe(true);
    expect(await tag.getAttribute('title')).toBe(reason);
    // The other organisations of the queue are not marked.
    expect(await page.getByText('本人所在机构', { exact: true }).count()).toBe(1);
    await expectAccessible(page);

    await row.getByRole('link', { name: organizationName }).click();
    await expect.poll(() => heading(page).textContent()).toBe('“集群成员”身份申请');
    const take = page.getByRole('button', { name: '受理审核' });
    expect(await take.isDisabled()).toBe(true);
    expect(await take.getAttribute('aria-describedby')).toBe('decision-own-organization');
    expect(await page.locator('#decision-own-organization').getByText(reason).isVisible()).toBe(true);
    await expectAccessible(page);
    await context.close();
  });
});
