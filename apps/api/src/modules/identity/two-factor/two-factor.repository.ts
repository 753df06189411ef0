import { and, eq, isNull, lt, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.js';
import { recoveryCodes, users } from '../identity.tables.js';

// two-factor sign-in

/** Keeps a new secret until the user proves with a code that their authenticator has it. */
export async function setPendingTwoFactorSecret(db: DbOrTx, userId: string, secret: string, now: Date) {
  const rows = await db
    .update(users)
    .set({ twoFactorPendingSecret: secret, updatedAt: now })
    .where(and(eq(users.id, userId), isNull(users.twoFactorEnabledAt)))
    .returning({ id: users.id });
  return rows.length > 0;
}

/** Turns the pending secret on, if it is still the one the code was checked against. */
export async function enableTwoFactor(db: DbOrTx, userId: string, pendingSecret: string, step: number, now: Date) {
  const rows = await db
    .update(users)
    .set({
      twoFactorSecret: pendingSecret,
      twoFactorPendingSecret: null,
      twoFactorEnabledAt: now,
      twoFactorLastStep: step,
      updatedAt: now,
    })
    .where(and(eq(users.id, userId), eq(users.twoFactorPendingSecret, pendingSecret), isNull(users.twoFactorEnabledAt)))
    .returning({ id: users.id });
  return rows.length > 0;
}

export async function disableTwoFactor(db: DbOrTx, userId: string, now: Date): Promise<void> {
  await db
    .update(users)
    .set({
      twoFactorSecret: null,
      twoFactorPendingSecret: null,
      twoFactorEnabledAt: null,
      twoFactorLastStep: null,
      updatedAt: now,
    })
    .where(eq(users.id, userId));
  await db.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
}

/** Records a code's time step as used; false when it (or a later one) was used already. */
export async function advanceTwoFactorStep(db: DbOrTx, userId: string, step: number): Promise<boolean> {
  const rows = await db
    .update(users)
    .set({ twoFactorLastStep: step })
    .where(
      and(
        eq(users.id, userId),
        sql`${users.twoFactorEnabledAt} is not null`,
        or(isNull(users.twoFactorLastStep), lt(users.twoFactorLastStep, step)),
      ),
    )
    .returning({ id: users.id });
  return rows.length > 0;
}

export async function replaceRecoveryCodes(
  db: DbOrTx,
  userId: string,
  codes: { id: string; codeHash: string }[],
  now: Date,
): Promise<void> {
  await db.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  await db.insert(recoveryCodes).values(codes.map((code) => ({ ...code, userId, createdAt: now })));
}

/** Uses up a recovery code; false when it is not one of the user's or was used already. */
export async function consumeRecoveryCode(db: DbOrTx, userId: string, codeHash: string, now: Date) {
  const rows = await db
    .update(recoveryCodes)
    .set({ usedAt: now })
    .where(and(eq(recoveryCodes.userId, userId), eq(recoveryCodes.codeHash, codeHash), isNull(recoveryCodes.usedAt)))
    .returning({ id: recoveryCodes.id });
  return rows.length > 0;
}

export async function countUnusedRecoveryCodes(db: DbOrTx, userId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(recoveryCodes)
    .where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)));
  return row?.n ?? 0;
}
