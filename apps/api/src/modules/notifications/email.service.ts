import type { Locale } from '@innobridge/contracts';
import type { DbOrTx } from '../../db/client.js';
import { translator } from '../../lib/i18n.js';
import type { JobQueue } from '../../lib/jobs.js';
import type { Mailer } from './mailer.js';

export const EMAIL_JOB = 'email.send';

export type EmailTemplate = 'confirm_email' | 'account_exists' | 'reset_password' | 'password_changed' | 'invitation';

export type EmailMessage = {
  to: string;
  /** The recipient's language: every e-mail is written in it. */
  locale: Locale;
  recipientName: string | null;
  template: EmailTemplate;
  params: Record<string, string | number>;
};

/** Renders a message in the recipient's language from the `emails` namespace. */
export function renderEmail(message: EmailMessage): { subject: string; text: string } {
  const t = translator(message.locale, 'emails');
  const greeting = message.recipientName ? `${t('greeting', { name: message.recipientName })}\n\n` : '';
  return {
    subject: t(`${message.template}.subject`, message.params),
    text: `${greeting}${t(`${message.template}.body`, message.params)}\n\n${t('signature')}\n`,
  };
}

export type EmailSender = {
  /** Enqueues the e-mail on the caller's transaction; a pg-boss job sends it, with retries. */
  enqueue(tx: DbOrTx, message: EmailMessage): Promise<void>;
};

export function createEmailSender(jobs: JobQueue, mailer: Mailer): EmailSender {
  jobs.define(EMAIL_JOB, async (data) => {
    const message = data as EmailMessage;
    await mailer.send({ to: message.to, ...renderEmail(message) });
  });
  return { enqueue: (tx, message) => jobs.send(tx, EMAIL_JOB, message) };
}
