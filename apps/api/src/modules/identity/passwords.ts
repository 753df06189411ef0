import { PASSWORD_MIN_LENGTH } from '@innobridge/contracts';
import { hash, verify } from '@node-rs/argon2';
import commonPasswords from 'fxa-common-password-list';
import { AppError } from '../../lib/app-error.js';

// argon2id with the OWASP-recommended minimum (19 MiB, 2 passes).
const ARGON2 = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string) => hash(password, ARGON2);

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** Verifying against this when no user matches keeps the answer's timing the same. */
let dummyHash: Promise<string> | undefined;
export const dummyPasswordHash = () => {
  dummyHash ??= hashPassword('innobridge-timing-equaliser');
  return dummyHash;
};

/** Refuses short and very common passwords, naming the field the password came in. */
export function assertAcceptablePassword(password: string, field: string): void {
  if ([...password].length < PASSWORD_MIN_LENGTH) {
    throw new AppError('password_too_short', {
      params: { min: PASSWORD_MIN_LENGTH },
      fields: [{ path: field, code: 'password_too_short', params: { min: PASSWORD_MIN_LENGTH } }],
    });
  }
  if (commonPasswords.test(password) || commonPasswords.test(password.toLowerCase())) {
    throw new AppError('password_too_common', { fields: [{ path: field, code: 'password_too_common' }] });
  }
}

/** Refuses a wrong password, naming the field it came in. */
export async function assertPassword(passwordHash: string, password: string, field: string): Promise<void> {
  if (!(await verifyPassword(passwordHash, password))) {
    throw new AppError('wrong_password', { fields: [{ path: field, code: 'wrong_password' }] });
  }
}
