import { and, desc, eq, ilike, inArray, lt, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { roleGrants, users } from './identity.tables.js';

// Users and their platform roles: shared by the sub-features (accounts, sessions, two-factor, users).

export type UserRow = typeof users.$inferSelect;
export type RoleGrantRow = typeof roleGrants.$inferSelect;

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
