import { and, desc, eq, gt, ilike, inArray, isNull, lt, ne, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import {
  apiTokens,
  emailTokens,
  recoveryCodes,
  roleGrants,
  sessions,
  signInChallenges,
  users,
} from './identity.tables.js';

export type UserRow = typeof users.$inferSelect;
export type SessionRow = typeof sessions.$inferSelect;
export type ApiTokenRow = typeof apiTokens.$inferSelect;
export type RoleGrantRow = typeof roleGrants.$inferSelect;
export type EmailTokenPurpose = (typeof emailTokens.$inferSelect)['purpose'];

// users

export async function findUserByEmail(db: DbOrTx, email: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.email, email));
  return row;
}

export async function findUserById(db: DbOrTx, id: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row;
}

export async function findUsersByIds(db: DbOrTx, ids: string[]): Promise<UserRow[]> {
  if (ids.length === 0) return [];
  return db.select().from(users).where(inArray(users.id, ids));
}

/** Inserts the user unless the e-mail is taken; returns whether it was inserted. */
export async function insertUser(db: DbOrTx, row: typeof users.$inferInsert): Promise<boolean> {
  const inserted = await db.insert(users).values(row).onConflictDoNothing().returning({ id: users.id });
  return inserted.length === 1;
}

export async function updateUser(
  db: DbOrTx,
  id: string,
  patch: Partial<typeof users.$inferInsert>,
): Promise<UserRow | undefined> {
  const [row] = await db.update(users).set(patch).where(eq(users.id, id)).returning();
  return row;
}

export async function searchUsers(
  db: DbOrTx,
  query: string | undefined,
  after: { createdAt: Date; id: string } | null,
  limit: number,
): Promise<UserRow[]> {
  const pattern = query ? `%${query.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  return db
    .select()
    .from(users)
    .where(
      and(
        pattern ? or(ilike(users.email, pattern), ilike(users.displayName, pattern)) : undefined,
        after
          ? or(lt(users.createdAt, after.createdAt), and(eq(users.createdAt, after.createdAt), lt(users.id, after.id)))
          : undefined,
      ),
    )
    .orderBy(desc(users.createdAt), desc(users.id))
    .limit(limit);
}

// e-mail tokens

export async function insertEmailToken(db: DbOrTx, row: typeof emailTokens.$inferInsert): Promise<void> {
  await db.insert(emailTokens).values(row);
}

/** Uses a token once: only the first caller while it is valid gets the user id back. */
export async function consumeEmailToken(
  db: DbOrTx,
  tokenHash: string,
  purpose: EmailTokenPurpose,
  now: Date,
): Promise<string | undefined> {
  const [row] = await db
    .update(emailTokens)
    .set({ usedAt: now })
    .where(
      and(
        eq(emailTokens.tokenHash, tokenHash),
        eq(emailTokens.purpose, purpose),
        isNull(emailTokens.usedAt),
        gt(emailTokens.expiresAt, now),
      ),
    )
    .returning({ userId: emailTokens.userId });
  return row?.userId;
}

/** A new link makes the older unused ones of the same purpose void. */
export async function voidEmailTokens(
  db: DbOrTx,
  userId: string,
  purpose: EmailTokenPurpose,
  now: Date,
): Promise<void> {
  await db
    .update(emailTokens)
    .set({ usedAt: now })
    .where(and(eq(emailTokens.userId, userId), eq(emailTokens.purpose, purpose), isNull(emailTokens.usedAt)));
}

// sessions

export async function insertSession(db: DbOrTx, row: typeof sessions.$inferInsert): Promise<void> {
  await db.insert(sessions).values(row);
}

export async function findLiveSession(db: DbOrTx, tokenHash: string, now: Date): Promise<SessionRow | undefined> {
  const [row] = await db
    .select()
    .from(sessions)
    .where(and(eq(sessions.tokenHash, tokenHash), isNull(sessions.revokedAt), gt(sessions.expiresAt, now)));
  return row;
}

/** Records that the session has just proved the second factor. */
export async function markSecondFactor(db: DbOrTx, sessionId: string, now: Date): Promise<void> {
  await db.update(sessions).set({ secondFactorAt: now }).where(eq(sessions.id, sessionId));
}

export async function touchSession(db: DbOrTx, id: string, lastSeenAt: Date, expiresAt: Date): Promise<void> {
  await db.update(sessions).set({ lastSeenAt, expiresAt }).where(eq(sessions.id, id));
}

export async function listLiveSessions(db: DbOrTx, userId: string, now: Date): Promise<SessionRow[]> {
  return db
    .select()
    .from(sessions)
    .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt), gt(sessions.expiresAt, now)))
    .orderBy(desc(sessions.lastSeenAt));
}

/** Revokes one of the user's live sessions; returns whether one was revoked. */
export async function revokeSession(db: DbOrTx, userId: string, sessionId: string, now: Date): Promise<boolean> {
  const rows = await db
    .update(sessions)
    .set({ revokedAt: now })
    .where(and(eq(sessions.id, sessionId), eq(sessions.userId, userId), isNull(sessions.revokedAt)))
    .returning({ id: sessions.id });
  return rows.length === 1;
}

export async function revokeSessionsOfUser(
  db: DbOrTx,
  userId: string,
  now: Date,
  keepSessionId: string | null,
): Promise<number> {
  const rows = await db
    .update(sessions)
    .set({ revokedAt: now })
    .where(
      and(
        eq(sessions.userId, userId),
        isNull(sessions.revokedAt),
        keepSessionId ? ne(sessions.id, keepSessionId) : undefined,
      ),
    )
    .returning({ id: sessions.id });
  return rows.length;
}

// API tokens

/** Revokes every live API token of a user; returns how many. */
export async function revokeApiTokensOfUser(db: DbOrTx, userId: string, now: Date): Promise<number> {
  const rows = await db
    .update(apiTokens)
    .set({ revokedAt: now })
    .where(and(eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
    .returning({ id: apiTokens.id });
  return rows.length;
}

export async function insertApiToken(db: DbOrTx, row: typeof apiTokens.$inferInsert): Promise<void> {
  await db.insert(apiTokens).values(row);
}

export async function findLiveApiToken(db: DbOrTx, tokenHash: string): Promise<ApiTokenRow | undefined> {
  const [row] = await db
    .select()
    .from(apiTokens)
    .where(and(eq(apiTokens.tokenHash, tokenHash), isNull(apiTokens.revokedAt)));
  return row;
}

export async function touchApiToken(db: DbOrTx, id: string, now: Date): Promise<void> {
  await db.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.id, id));
}

export async function listLiveApiTokens(db: DbOrTx, userId: string): Promise<ApiTokenRow[]> {
  return db
    .select()
    .from(apiTokens)
    .where(and(eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
    .orderBy(desc(apiTokens.createdAt));
}

export async function revokeApiToken(db: DbOrTx, userId: string, tokenId: string, now: Date): Promise<boolean> {
  const rows = await db
    .update(apiTokens)
    .set({ revokedAt: now })
    .where(and(eq(apiTokens.id, tokenId), eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
    .returning({ id: apiTokens.id });
  return rows.length === 1;
}

// roles

export async function activeRoleGrants(db: DbOrTx, userIds: string[]): Promise<RoleGrantRow[]> {
  if (userIds.length === 0) return [];
  return db
    .select()
    .from(roleGrants)
    .where(and(inArray(roleGrants.userId, userIds), eq(roleGrants.active, true)))
    .orderBy(roleGrants.grantedAt);
}

/** Grants a role unless the same one is already active; returns the active grant either way. */
export async function grantRole(
  db: DbOrTx,
  row: typeof roleGrants.$inferInsert,
): Promise<{ grant: RoleGrantRow; created: boolean }> {
  const inserted = await db.insert(roleGrants).values(row).onConflictDoNothing().returning();
  if (inserted[0]) return { grant: inserted[0], created: true };
  const [existing] = await db
    .select()
    .from(roleGrants)
    .where(
      and(
        eq(roleGrants.userId, row.userId),
        eq(roleGrants.role, row.role),
        sql`coalesce(${roleGrants.jurisdiction}, '') = ${row.jurisdiction ?? ''}`,
        eq(roleGrants.active, true),
      ),
    );
  if (!existing) throw new Error('role grant vanished during grant');
  return { grant: existing, created: false };
}

export async function revokeRoleGrant(db: DbOrTx, userId: string, grantId: string): Promise<RoleGrantRow | undefined> {
  const [row] = await db
    .update(roleGrants)
    .set({ active: false })
    .where(and(eq(roleGrants.id, grantId), eq(roleGrants.userId, userId), eq(roleGrants.active, true)))
    .returning();
  return row;
}

export async function usersWithActiveRole(
  db: DbOrTx,
  role: RoleGrantRow['role'],
  jurisdiction: 'RU' | 'CN' | null,
): Promise<UserRow[]> {
  return db
    .select({ user: users })
    .from(roleGrants)
    .innerJoin(users, eq(users.id, roleGrants.userId))
    .where(
      and(
        eq(roleGrants.role, role),
        eq(roleGrants.active, true),
        jurisdiction ? eq(roleGrants.jurisdiction, jurisdiction) : undefined,
      ),
    )
    .then((rows) => rows.map((r) => r.user));
}

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

export async function insertSignInChallenge(db: DbOrTx, row: typeof signInChallenges.$inferInsert): Promise<void> {
  await db.insert(signInChallenges).values(row);
}

/**
 * Takes one answer of a live challenge (at most `maxAnswers` in all); undefined when it is unknown,
 * expired, answered, or out of tries.
 */
export async function takeSignInChallengeAnswer(db: DbOrTx, tokenHash: string, now: Date, maxAnswers: number) {
  const [row] = await db
    .update(signInChallenges)
    .set({ failures: sql`${signInChallenges.failures} + 1` })
    .where(
      and(
        eq(signInChallenges.tokenHash, tokenHash),
        isNull(signInChallenges.usedAt),
        gt(signInChallenges.expiresAt, now),
        lt(signInChallenges.failures, maxAnswers),
      ),
    )
    .returning();
  return row;
}

/** A password reset or change voids the challenges its old password earned. */
export async function voidSignInChallenges(db: DbOrTx, userId: string, now: Date): Promise<void> {
  await db
    .update(signInChallenges)
    .set({ usedAt: now })
    .where(and(eq(signInChallenges.userId, userId), isNull(signInChallenges.usedAt)));
}

/** The user's answered and expired challenges, cleared when a new one is made. */
export async function deleteSpentSignInChallenges(db: DbOrTx, userId: string, now: Date): Promise<void> {
  await db
    .delete(signInChallenges)
    .where(
      and(
        eq(signInChallenges.userId, userId),
        or(sql`${signInChallenges.usedAt} is not null`, lt(signInChallenges.expiresAt, now)),
      ),
    );
}

/** Marks a challenge answered; false when another request answered it first. */
export async function consumeSignInChallenge(db: DbOrTx, id: string, now: Date): Promise<boolean> {
  const rows = await db
    .update(signInChallenges)
    .set({ usedAt: now })
    .where(and(eq(signInChallenges.id, id), isNull(signInChallenges.usedAt)))
    .returning({ id: signInChallenges.id });
  return rows.length > 0;
}
