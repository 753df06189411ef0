import { createHmac, timingSafeEqual } from 'node:crypto';
import { EMAIL_CATEGORIES, type EmailCategory } from '@innobridge/contracts';

/**
 * The token of an unsubscribe link: the account and the category, signed with the platform's mail-link
 * key (HMAC-SHA-256). It does not expire — a link in an old e-mail still works, as RFC 8058 expects — and
 * it names one account: it cannot be turned into another's, nor into another category, without the key.
 *
 * Form: `u1`, the user id's 32 hex digits, the 43 characters of the signature (base64url), the
 * category's name — only letters, digits, `_` and `-`, as the other tokens in links.
 */
const VERSION = 'u1';
const SIGNATURE_LENGTH = 43;

/** The key for mail links: MAIL_LINK_KEY when set, else derived from the audit key (kept outside the database). */
export function mailLinkKey(configured: string | undefined, auditKey: Buffer): Buffer {
  if (configured) return Buffer.from(configured, 'utf8');
  return createHmac('sha256', auditKey).update('innobridge mail links').digest();
}

function signature(key: Buffer, userId: string, category: EmailCategory): string {
  return createHmac('sha256', key).update(`${VERSION}.${userId}.${category}`).digest('base64url');
}

export function signUnsubscribeToken(key: Buffer, userId: string, category: EmailCategory): string {
  return `${VERSION}${userId.replaceAll('-', '')}${signature(key, userId, category)}${category}`;
}

/** The account and category a token names, or null when the platform did not sign it. */
export function readUnsubscribeToken(key: Buffer, token: string): { userId: string; category: EmailCategory } | null {
  if (!token.startsWith(VERSION)) return null;
  const hex = token.slice(VERSION.length, VERSION.length + 32);
  const mac = token.slice(VERSION.length + 32, VERSION.length + 32 + SIGNATURE_LENGTH);
  const category = token.slice(VERSION.length + 32 + SIGNATURE_LENGTH);
  if (!/^[0-9a-f]{32}$/.test(hex) || !(EMAIL_CATEGORIES as readonly string[]).includes(category)) return null;
  const userId = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  const expected = Buffer.from(signature(key, userId, category as EmailCategory));
  const given = Buffer.from(mac);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return { userId, category: category as EmailCategory };
}
