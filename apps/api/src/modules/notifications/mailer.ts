import fs from 'node:fs/promises';
import path from 'node:path';
import nodemailer from 'nodemailer';

export type OutgoingMail = {
  to: string;
  subject: string;
  text: string;
  /** Extra header fields (List-Unsubscribe and the like). */
  headers?: Record<string, string>;
};
export type Mailer = { send(mail: OutgoingMail): Promise<void>; close(): void };

/**
 * SMTP when SMTP_URL is set; otherwise each message is written to `<data>/mail` as an .eml file,
 * so a person trying the platform can open the links without a mail server.
 */
export function createMailer(options: { smtpUrl?: string; from: string; mailDir: string }): Mailer {
  if (options.smtpUrl) {
    const transport = nodemailer.createTransport(options.smtpUrl);
    return {
      async send(mail) {
        await transport.sendMail({ from: options.from, ...mail });
      },
      close: () => transport.close(),
    };
  }
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    async send(mail) {
      const info = await transport.sendMail({ from: options.from, ...mail });
      await fs.mkdir(options.mailDir, { recursive: true });
      const stamp = new Date().toISOString().replace(/[:.]/g, '-');
      const safeTo = mail.to.replace(/[^a-z0-9@._-]/gi, '_');
      const file = path.join(
        options.mailDir,
        `${stamp}-${safeTo}-${info.messageId.replace(/[<>@]/g, '').slice(0, 12)}.eml`,
      );
      await fs.writeFile(file, info.message as Buffer);
    },
    close: () => transport.close(),
  };
}
