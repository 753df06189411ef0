import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * A badge's code: the registration and its current `badgeKey`, signed with the platform's badge key
 * (HMAC-SHA-256, derived from the audit key, kept outside the database). Letters and digits only, so
 * that a hand scanner that types what it reads, or a person, enters it as it is:
 * `B1` + the registration's 32 hex digits + the badge key's 16 characters + 22 of the signature.
 * Reissuing a badge replaces its `badgeKey`: the old code still verifies, and is refused as replaced.
 */
const VERSION = 'B1';
const SIGNATURE_LENGTH = 22;

export const newBadgeKey = () => randomBytes(12).toString('base64url').replace(/[-_]/g, 'x');

/** The key badges are signed with, derived from the audit key. */
export const badgeSigningKey = (auditKey: Buffer) =>
  createHmac('sha256', auditKey).update('innobridge event badges').digest();

const sign = (key: Buffer, registrationId: string, badgeKey: string) =>
  createHmac('sha256', key)
    .update(`${VERSION}.${registrationId}.${badgeKey}`)
    .digest('base64url')
    .replace(/[-_]/g, 'x')
    .slice(0, SIGNATURE_LENGTH);

export function badgeCode(key: Buffer, registrationId: string, badgeKey: string): string {
  return `${VERSION}${registrationId.replaceAll('-', '')}${badgeKey}${sign(key, registrationId, badgeKey)}`;
}

/** The registration and badge key a code names, or null when the platform did not sign it. */
export function readBadgeCode(key: Buffer, code: string): { registrationId: string; badgeKey: string } | null {
  const text = code.trim();
  if (!text.toUpperCase().startsWith(VERSION)) return null;
  const hex = text.slice(2, 34).toLowerCase();
  const badgeKey = text.slice(34, 50);
  const mac = text.slice(50);
  if (!/^[0-9a-f]{32}$/.test(hex) || badgeKey.length !== 16 || mac.length !== SIGNATURE_LENGTH) return null;
  const registrationId = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  const expected = Buffer.from(sign(key, registrationId, badgeKey));
  const given = Buffer.from(mac);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return { registrationId, badgeKey };
}
