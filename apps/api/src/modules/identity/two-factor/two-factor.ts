import { randomInt } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';

// Time-based one-time passwords (RFC 6238) as every authenticator app reads them: SHA-1, six
// digits, a new code every 30 seconds.

const ISSUER = 'Innobridge';
const PERIOD_SECONDS = 30;
/** Codes one step either side of now are accepted, for a phone whose clock is a little off. */
const DRIFT_STEPS = 1;
const RECOVERY_CODE_COUNT = 10;
// No 0/o, 1/l/i: a recovery code is read off paper and typed by hand.
const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

const totp = (secret: string, account = '') =>
  new TOTP({
    issuer: ISSUER,
    label: account,
    algorithm: 'SHA1',
    digits: 6,
    period: PERIOD_SECONDS,
    secret: Secret.fromBase32(secret),
  });

export const newTotpSecret = (): string => new Secret({ size: 20 }).base32;

/** The otpauth:// address an authenticator app takes from a QR code. */
export const totpUri = (secret: string, account: string): string => totp(secret, account).toString();

/** The code an authenticator shows at `at` (for tests, which play the authenticator). */
export const totpCodeAt = (secret: string, at: Date): string => totp(secret).generate({ timestamp: at.getTime() });

export const looksLikeTotpCode = (code: string): boolean => /^\d{6}$/.test(code);

/** The time step of a code valid at `now`, or null: a step already used must not be accepted again. */
export function totpStepOf(secret: string, code: string, now: Date): number | null {
  if (!looksLikeTotpCode(code)) return null;
  const delta = totp(secret).validate({ token: code, timestamp: now.getTime(), window: DRIFT_STEPS });
  return delta === null ? null : Math.floor(now.getTime() / 1000 / PERIOD_SECONDS) + delta;
}

/** Ten codes such as `k7qm-3xtd`, shown to the user once. */
export function newRecoveryCodes(): string[] {
  const part = () => Array.from({ length: 4 }, () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)]).join('');
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => `${part()}-${part()}`);
}

/** A recovery code as stored (hashed): case, spaces and the dash do not matter when it is typed. */
export const normalizeRecoveryCode = (code: string): string => code.toLowerCase().replace(/[\s-]/g, '');

/** What the user typed, with the spaces some apps show inside a code removed. */
export const normalizeCode = (code: string): string => code.trim().replace(/\s/g, '');
