import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { totpCodeAt } from '../apps/api/src/modules/identity/index.js';
import { seriousAccessibilityViolations } from './support/accessibility.js';
import { postJson } from './support/browser.js';
import { usePlatform } from './support/use-platform.js';

const ADMIN = { email: 'admin@platform.test', password: 'admin long secret 42', displayName: 'Анна Админова' };
const LOST = { email: 'lost.phone@platform.test', password: 'lost phone secret 42', displayName: 'Li Lost' };

const platform = usePlatform();

beforeAll(async () => {
  await platform.provisionUser({ ...ADMIN, locale: 'ru', roles: [{ role: 'admin' }] });
  await platform.provisionUser({ ...LOST, locale: 'en', roles: [] });
});

const newContext = (locale: string): Promise<BrowserContext> => platform.context({ locale });

async function signInWithPassword(page: Page, labels: { email: string; password: string; submit: string | RegExp }) {
  await page.goto('/sign-in');
  await page.getByLabel(labels.email).fill(ADMIN.email);
  await page.getByLabel(labels.password).fill(ADMIN.password);
  await page.getByRole('main').getByRole('button', { name: labels.submit }).click();
}

const postJsonIn = (context: BrowserContext, path: string, data: unknown) =>
  postJson(context.request, platform.url, path, data);

/** The code the authenticator app shows half a minute from now: the step before it was used to turn the setting on. */
const nextCode = (secret: string) => totpCodeAt(secret, new Date(Date.now() + 30_000));

describe('two-factor sign-in', () => {
  let secret = '';
  let recoveryCodes: string[] = [];

  it('asks an administrator, in Russian, to turn it on before the administrator role applies, and turns it on', async () => {
    const context = await newContext('ru-RU');
    const page = await context.newPage();
    await signInWithPassword(page, { email: 'Электронная почта', password: 'Пароль', submit: 'Войти' });
    await page.waitForURL('**/dashboard');

    const reminder = 'Администраторы обязаны использовать двухфакторный вход';
    await expect.poll(() => page.getByText(reminder).count()).toBeGreaterThan(0);
    await page.goto('/admin/users');
    await page
      .getByText(
        'Роль администратора начнёт действовать, когда вы включите двухфакторный вход в настройках учётной записи.',
      )
      .waitFor();

    await page.goto('/account');
    await page.getByRole('heading', { name: 'Двухфакторный вход' }).waitFor();
    const section = page.locator('section', { has: page.getByRole('heading', { name: 'Двухфакторный вход' }) });
    await section.getByLabel('Пароль').fill('not the password');
    await section.getByRole('button', { name: 'Включить' }).click();
    await expect.poll(() => section.getByText('Текущий пароль указан неверно.').count()).toBeGreaterThan(0);
    await section.getByLabel('Пароль').fill(ADMIN.password);
    await section.getByRole('button', { name: 'Включить' }).click();

    await page.getByRole('img', { name: 'QR-код для приложения-аутентификатора' }).waitFor();
    secret = (await page.getByTestId('two-factor-secret').textContent())?.trim() ?? '';
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await section.getByLabel('Код', { exact: true }).fill(totpCodeAt(secret, new Date()));
    await section.getByRole('button', { name: 'Включить двухфакторный вход' }).click();
    const codes = page.getByRole('list', { name: 'Ваши резервные коды' }).getByRole('listitem');
    await expect.poll(() => codes.count()).toBe(10);
    recoveryCodes = (await codes.allTextContents()).map((code) => code.trim());
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await section.getByRole('button', { name: 'Я их сохранил(а)' }).click();
    await section.getByText('Неиспользованных резервных кодов: 10').waitFor();

    expect(await page.getByText(reminder).count()).toBe(0);
    await page.goto('/admin/users');
    await page.getByRole('heading', { name: 'Пользователи и роли', level: 1 }).waitFor();
    await context.close();
  });

  it('asks for the code after the password, in Chinese, and refuses a wrong one', async () => {
    const context = await newContext('zh-CN');
    const page = await context.newPage();
    // Ant Design spaces out a two-character Chinese button label: 登 录.
    await signInWithPassword(page, { email: '电子邮箱', password: '密码', submit: /^登\s?录$/ });
    await page.getByText('此账户已开启两步验证登录').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await page.getByLabel('验证码', { exact: true }).fill('000000');
    await page.getByRole('button', { name: /^确\s?认$/ }).click();
    await expect.poll(() => page.getByText('验证码错误或已被使用').count()).toBeGreaterThan(0);

    await page.getByLabel('验证码', { exact: true }).fill(nextCode(secret));
    await page.getByRole('button', { name: /^确\s?认$/ }).click();
    await page.waitForURL('**/dashboard');
    await context.close();
  });

  it('signs in with a recovery code, in English, which is then used up, and turns off the two-factor sign-in of a user who lost the app', async () => {
    const context = await newContext('en-GB');
    const page = await context.newPage();
    await signInWithPassword(page, { email: 'E-mail', password: 'Password', submit: 'Sign in' });
    await page.getByLabel('Code', { exact: true }).fill(recoveryCodes[0] as string);
    await page.getByRole('button', { name: 'Confirm' }).click();
    await page.waitForURL('**/dashboard');

    // Signed in, the interface follows the account's own language (Russian); the reader switches back.
    await page.getByRole('banner').getByText('English', { exact: true }).click();
    await page.goto('/account');
    await page.getByText('Unused recovery codes: 9').waitFor();
    await page.getByText('Administrators cannot turn it off.').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    // Someone who lost the app and the codes: the administrator turns their two-factor sign-in off.
    const lost = await newContext('en-GB');
    await postJsonIn(lost, '/api/v1/auth/login', { email: LOST.email, password: LOST.password });
    const setup = await postJsonIn(lost, '/api/v1/me/two-factor/setup', { password: LOST.password });
    const lostSecret: string = (await setup.json()).secret;
    await postJsonIn(lost, '/api/v1/me/two-factor/enable', { code: totpCodeAt(lostSecret, new Date()) });
    await lost.close();

    await page.goto('/admin/users');
    await page.getByRole('button', { name: `Turn off two-factor sign-in of ${LOST.displayName}` }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Turn off' }).click();
    await page.getByText(`Two-factor sign-in of ${LOST.displayName} is off`).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await context.close();
  });
});
