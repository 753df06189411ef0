import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { renderEmail } from './email.service.js';
import { createMailer } from './mailer.js';

describe('createMailer without SMTP', () => {
  it('writes each message as an .eml file under the mail directory', async () => {
    const mailDir = fs.mkdtempSync(path.join(os.tmpdir(), 'innobridge-mail-'));
    const mailer = createMailer({ from: 'Innobridge <no-reply@innobridge.local>', mailDir });
    await mailer.send({
      to: 'li@example.cn',
      subject: '请确认您的电子邮箱',
      text: '链接：http://x/confirm-email?token=abc',
    });
    const files = fs.readdirSync(mailDir);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/\.eml$/);
    const parsed = await simpleParser(fs.readFileSync(path.join(mailDir, files[0] as string)));
    expect(parsed.subject).toBe('请确认您的电子邮箱');
    expect(parsed.text).toContain('confirm-email?token=abc');
  });
});

describe('renderEmail', () => {
  it('writes the whole message in the recipient language', () => {
    const message = {
      to: 'a@b.c',
      recipientName: 'Анна',
      template: 'reset_password' as const,
      params: { link: 'L', minutes: 60 },
    };
    expect(renderEmail({ ...message, locale: 'ru' })).toEqual({
      subject: 'Восстановление пароля',
      text: expect.stringMatching(
        /^Здравствуйте, Анна!\n\nЧтобы задать новый пароль[\s\S]*L[\s\S]*60 мин[\s\S]*Чжунгуаньцуня\n$/,
      ),
    });
    expect(renderEmail({ ...message, locale: 'zh' }).subject).toBe('重置您的密码');
  });
});
