import { and, desc, eq, gt, isNull, lt, ne, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.js';
import { sessions, signInChallenges } from '../identity.tables.js';

export type SessionRow = typeof sessions.$inferSelect;

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

// sign-in challenges (the second step of signing in with two-factor sign-in)

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
