import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import nodemailer from 'nodemailer';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousAccessibilityViolations } from './support/accessibility.js';
import { usePlatform } from './support/use-platform.js';

function heading(page: Page) {
  return page.getByRole('heading', { level: 1 });
}

describe('the development mailbox, on an instance that writes its mail to files', () => {
  const platform = usePlatform();

  it('takes a newcomer from signing up, through the mailbox and the confirmation link, to a confirmed account', async () => {
    const email = `ivan.${Date.now()}@example.ru`;
    const context = await platform.context({ locale: 'ru-RU', timezoneId: 'Europe/Moscow' });
    const page = await context.newPage();

    await page.goto('/sign-up');
    await expect.poll(() => heading(page).textContent()).toBe('Регистрация');
    await page.getByLabel('Электронная почта').fill(email);
    await page.getByLabel('Имя').fill('Иван Петров');
    await page.getByLabel('Пароль').fill('correct horse battery');
    await page.getByRole('main').getByRole('button', { name: 'Зарегистрироваться' }).click();
    await expect.poll(() => heading(page).textContent()).toBe('Проверьте почту');

    // No mail server: the page says where the message is, and the main menu has the mailbox.
    expect(await page.getByRole('banner').getByRole('link', { name: 'Почта' }).isVisible()).toBe(true);
    await page.getByRole('main').getByRole('link', { name: 'Открыть почтовый ящик' }).click();
    await expect.poll(() => heading(page).textContent()).toBe('Почтовый ящик (для разработки)');
    expect(await page.title()).toBe('Почтовый ящик (для разработки) · Innobridge');
    expect(await page.getByText('Никогда не включайте его в рабочей среде').isVisible()).toBe(true);

    // The message arrives within seconds (the job sends it), newest first, with its time and zone.
    const row = page.getByRole('row').filter({ hasText: email });
    await expect.poll(() => row.count(), { timeout: 20_000 }).toBe(1);
    expect(await row.textContent()).toContain('Подтвердите адрес электронной почты');
    expect(await row.locator('time').textContent()).toMatch(/GMT\+3|MSK/);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    // The message, decoded (base64 in the file), its link clickable.
    await row.getByRole('link', { name: 'Подтвердите адрес электронной почты' }).click();
    await expect.poll(() => heading(page).textContent()).toBe('Подтвердите адрес электронной почты');
    expect(await page.getByText('Чтобы завершить регистрацию в Innobridge').isVisible()).toBe(true);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    const link = page.getByRole('main').getByRole('link', { name: /\/confirm-email\?token=/ });
    expect(await link.getAttribute('href')).toMatch(
      /^http:\/\/localhost:\d+\/confirm-email\?token=[A-Za-z0-9_-]{20,}$/,
    );
    await link.click();
    await expect.poll(() => heading(page).textContent()).toBe('Адрес электронной почты подтверждён');

    // The account is confirmed: it signs in.
    const signIn = await page.request.post('/api/v1/auth/login', {
      data: { email, password: 'correct horse battery' },
      headers: { Origin: platform.url },
    });
    expect(signIn.status()).toBe(200);
    await context.close();
  });

  it('shows an HTML part in a sandbox where its scripts do not run, its links opening in a new tab', async () => {
    const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
    const info = await transport.sendMail({
      from: 'Innobridge <no-reply@innobridge.local>',
      to: 'li@example.cn',
      subject: 'HTML 邮件',
      html: '<p id="greeting">你好</p><a href="https://example.org/page">外部链接</a><script>document.getElementById("greeting").textContent = "script ran"</script>',
    });
    const id = '2099-01-01T00-00-00-000Z-li@example.cn-html';
    await writeFile(path.join(platform.mailDir, `${id}.eml`), info.message as Buffer);

    const context = await platform.context({ locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(`/dev/mailbox/${id}`);
    await expect.poll(() => heading(page).textContent()).toBe('HTML 邮件');
    const frame = page.locator('iframe');
    expect(await frame.getAttribute('sandbox')).toBe('allow-popups allow-popups-to-escape-sandbox');
    const inside = page.frameLocator('iframe');
    await expect.poll(() => inside.locator('#greeting').textContent()).toBe('你好');
    expect(await inside.getByRole('link', { name: '外部链接' }).getAttribute('href')).toBe('https://example.org/page');
    expect(await inside.locator('base').getAttribute('target')).toBe('_blank');
    await context.close();
  });

  it('is titled in each language', async () => {
    for (const [locale, title] of [
      ['ru-RU', 'Почтовый ящик (для разработки)'],
      ['zh-CN', '邮箱（开发用）'],
      ['en-US', 'Mailbox (development)'],
    ] as const) {
      const context = await platform.context({ locale });
      const page = await context.newPage();
      await page.goto('/dev/mailbox');
      await expect.poll(() => heading(page).textContent()).toBe(title);
      expect(await page.title()).toBe(`${title} · Innobridge`);
      await context.close();
    }
  });
});

describe('the development mailbox, on an instance where it is off', () => {
  const platform = usePlatform({ env: { DEV_MAILBOX: 'false' } });

  it('is not in the menu, and its address says it is off', async () => {
    const context = await platform.context({ locale: 'en-US' });
    const page = await context.newPage();
    await page.goto('/');
    await expect.poll(() => page.getByRole('banner').getByRole('link', { name: 'Registry' }).count()).toBe(1);
    await page.waitForLoadState('networkidle');
    expect(await page.getByRole('banner').getByRole('link', { name: 'Mailbox' }).count()).toBe(0);
    await page.goto('/dev/mailbox');
    await expect.poll(() => heading(page).textContent()).toBe('The mailbox is off');
    await context.close();
  });
});
