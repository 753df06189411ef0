import {
  type EmailCategory,
  type Locale,
  type LocalizedText,
  type OperatorJurisdiction,
  pickLocalized,
} from '@innobridge/contracts';
import type { DbOrTx } from '../../db/client.js';
import { translator } from '../../lib/i18n.js';
import type { JobQueue } from '../../lib/jobs.js';
import { EMAIL_CATEGORY_OF, isOptional } from './email-categories.js';
import { isTurnedOff } from './email-preferences.repository.js';
import { readerZone, renderDeadline, renderInstant, renderOnTwoClocks } from './email-time.js';
import type { Mailer } from './mailer.js';
import { readUnsubscribeToken, signUnsubscribeToken } from './unsubscribe-token.js';

export const EMAIL_JOB = 'email.send';

export type EmailTemplate =
  | 'confirm_email'
  | 'account_exists'
  | 'reset_password'
  | 'password_changed'
  | 'two_factor_enabled'
  | 'two_factor_disabled'
  | 'two_factor_reset'
  | 'recovery_codes_replaced'
  | 'invitation'
  | 'application_submitted'
  | 'application_taken'
  | 'application_info_requested'
  | 'application_answered'
  | 'application_approved'
  | 'application_rejected'
  | 'application_withdrawn'
  | 'status_suspended'
  | 'status_excluded'
  | 'status_reinstated'
  | 'status_dropped_facts_changed'
  | 'opportunity_published'
  | 'opportunity_returned'
  | 'opportunity_expiring'
  | 'opportunity_expired'
  | 'interest_received'
  | 'interest_accepted'
  | 'interest_declined'
  | 'conversation_messages'
  | 'saved_search_alert'
  | 'saved_search_digest'
  | 'saved_search_webhook_disabled'
  | 'event_registered'
  | 'event_waitlisted'
  | 'event_promoted'
  | 'event_registration_cancelled'
  | 'event_reminder'
  | 'event_cancelled'
  | 'meeting_requested'
  | 'meeting_accepted'
  | 'meeting_declined'
  | 'meeting_cancelled'
  | 'meeting_placed'
  | 'board_meeting_called'
  | 'audit_anchor';

/**
 * A message parameter that does not depend on the reader until it is rendered: a label (`{ key }`),
 * a text a person wrote in several languages (`{ text }`), an instant shown as a date in a given
 * time zone (`{ date }`), an instant in the reader's own zone, named (`{ instant }`), an instant on
 * an event's clock and on the reader's when they differ (`{ instant, zone }`), or a deadline that
 * ends a jurisdiction's working day (`{ deadline }`).
 */
export type MessageParam =
  | string
  | number
  | { key: string; ns: 'common' | 'emails' }
  | { text: LocalizedText }
  | { date: string; utcOffsetHours: number }
  | { instant: string }
  | { instant: string; zone: string }
  | { deadline: string; jurisdiction: OperatorJurisdiction };

/** The parameters in the reader's language and time zone (the account's; UTC when it has none). */
export function renderParams(
  params: Record<string, MessageParam>,
  locale: Locale,
  timeZone?: string | null,
): Record<string, string | number> {
  const reader = readerZone(timeZone);
  return Object.fromEntries(
    Object.entries(params).map(([name, value]) => {
      if (typeof value !== 'object') return [name, value];
      if ('key' in value) return [name, translator(locale, value.ns)(value.key)];
      if ('text' in value) return [name, pickLocalized(value.text, locale)?.text ?? ''];
      if ('instant' in value && 'zone' in value)
        return [name, renderOnTwoClocks(value.instant, value.zone, locale, reader)];
      if ('instant' in value) return [name, renderInstant(value.instant, locale, reader)];
      if ('deadline' in value) return [name, renderDeadline(value.deadline, value.jurisdiction, locale, reader)];
      const zone = `Etc/GMT${value.utcOffsetHours >= 0 ? '-' : '+'}${Math.abs(value.utcOffsetHours)}`;
      return [
        name,
        new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: 'long', timeZone: zone }).format(
          new Date(value.date),
        ),
      ];
    }),
  );
}

const INTL_LOCALE: Record<Locale, string> = { ru: 'ru-RU', zh: 'zh-CN', en: 'en-GB' };

export type EmailMessage = {
  to: string;
  /**
   * The recipient's account, when the mail is about one: its e-mail settings decide whether a mail of
   * a category that may be turned off is sent, and such a mail carries the account's unsubscribe link.
   */
  userId?: string | null;
  /** The recipient's language: every e-mail is written in it. */
  locale: Locale;
  /** The recipient's time zone: every time in the e-mail is told in it (UTC when unknown). */
  timeZone?: string | null;
  recipientName: string | null;
  template: EmailTemplate;
  params: Record<string, MessageParam>;
  /** Extra header fields of the mail, as given (a saved search's List-Unsubscribe, say). */
  headers?: Record<string, string>;
};

/**
 * Renders a message in the recipient's language from the `emails` namespace; a mail that may be turned
 * off ends with the link that turns its category off and the way to every setting.
 */
export function renderEmail(
  message: EmailMessage,
  unsubscribe?: { link: string; settings: string },
): { subject: string; text: string } {
  const t = translator(message.locale, 'emails');
  const params = renderParams(message.params, message.locale, message.timeZone);
  const greeting = message.recipientName ? `${t('greeting', { name: message.recipientName })}\n\n` : '';
  const footer = unsubscribe
    ? `\n\n${t('unsubscribe_footer', {
        category: t(`category.${EMAIL_CATEGORY_OF[message.template]}`),
        link: unsubscribe.link,
        settings: unsubscribe.settings,
      })}`
    : '';
  return {
    subject: t(`${message.template}.subject`, params),
    text: `${greeting}${t(`${message.template}.body`, params)}\n\n${t('signature')}${footer}\n`,
  };
}

export type EmailSender = {
  /** Enqueues the e-mail on the caller's transaction; a pg-boss job sends it, with retries. */
  enqueue(tx: DbOrTx, message: EmailMessage): Promise<void>;
  /** The link that turns one category of an account's e-mail off without signing in (no expiry). */
  unsubscribeLink(userId: string, category: EmailCategory): string;
  /** The account and category of an unsubscribe link's token, or null when the platform did not sign it. */
  readUnsubscribeToken(token: string): { userId: string; category: EmailCategory } | null;
};

/** Where the notification settings page is, for the footer of every mail that may be turned off. */
export const SETTINGS_PATH = '/account/notifications';

/**
 * The one place every e-mail goes through: the job reads the recipient's settings when it runs, skips
 * a mail whose category they turned off (the in-app notification is there anyway), and gives every
 * other optional mail its unsubscribe link and the List-Unsubscribe headers of RFC 8058.
 */
export function createEmailSender(
  jobs: JobQueue,
  mailer: Mailer,
  options: {
    db: DbOrTx;
    /** Read when a mail is written: the address is known only once the server listens, on an ephemeral port. */
    config: { publicUrl: string };
    linkKey: Buffer;
  },
): EmailSender {
  const unsubscribeLink = (userId: string, category: EmailCategory) =>
    `${options.config.publicUrl}/unsubscribe?token=${signUnsubscribeToken(options.linkKey, userId, category)}`;
  jobs.define(EMAIL_JOB, async (data) => {
    const message = data as EmailMessage;
    // A module that writes its own unsubscribe (a saved search's alerts) passes its headers.
    const own = message.headers ? { headers: message.headers } : {};
    if (!message.userId || !isOptional(message.template)) {
      await mailer.send({ to: message.to, ...renderEmail(message), ...own });
      return;
    }
    const category = EMAIL_CATEGORY_OF[message.template];
    if (await isTurnedOff(options.db, message.userId, category)) return;
    const link = unsubscribeLink(message.userId, category);
    await mailer.send({
      to: message.to,
      ...renderEmail(message, { link, settings: `${options.config.publicUrl}${SETTINGS_PATH}` }),
      headers: {
        'List-Unsubscribe': `<${link}>`,
        'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
        ...message.headers,
      },
    });
  });
  return {
    enqueue: (tx, message) => jobs.send(tx, EMAIL_JOB, message),
    unsubscribeLink,
    readUnsubscribeToken: (token) => readUnsubscribeToken(options.linkKey, token),
  };
}
