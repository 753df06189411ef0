import { createHash, randomBytes } from 'node:crypto';
import { v7 } from 'uuid';

/** Time-ordered UUIDv7 ids, generated in the app (ADR 0003). */
export const newId = (): string => v7();

/** An unguessable secret for links and cookies: 32 random bytes, URL-safe. */
export const newSecret = (): string => randomBytes(32).toString('base64url');

/** Secrets are stored only as their SHA-256, so a leaked table grants nothing. */
export const hashSecret = (secret: string): string => createHash('sha256').update(secret).digest('hex');

export const isUuid = (value: string): boolean =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
