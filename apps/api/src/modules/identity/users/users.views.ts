import type { AdminUser, Locale, RoleGrant } from '@innobridge/contracts';
import type { RoleGrantRow, UserRow } from '../identity.repository.js';

export const roleGrantView = (g: RoleGrantRow): RoleGrant => ({
  id: g.id,
  role: g.role,
  jurisdiction: g.jurisdiction,
  grantedAt: g.grantedAt.toISOString(),
});

/** Users as the admin's list shows them, with the grants of all of them read in one query beforehand. */
export function adminUserViews(rows: UserRow[], grants: RoleGrantRow[]): AdminUser[] {
  const grantsOf = new Map<string, RoleGrantRow[]>();
  for (const g of grants) grantsOf.set(g.userId, [...(grantsOf.get(g.userId) ?? []), g]);
  return rows.map((u) => ({
    id: u.id,
    email: u.email,
    displayName: u.displayName,
    emailConfirmed: !!u.emailConfirmedAt,
    twoFactorEnabled: !!u.twoFactorEnabledAt,
    createdAt: u.createdAt.toISOString(),
    roles: (grantsOf.get(u.id) ?? []).map(roleGrantView),
  }));
}

/** Who a person is to be addressed: their e-mail, name, language and time zone (the shape notifications take). */
export type Person = { userId: string; email: string; displayName: string; locale: Locale; timeZone: string | null };

export const personView = (u: UserRow): Person => ({
  userId: u.id,
  email: u.email,
  displayName: u.displayName,
  locale: u.locale as Locale,
  timeZone: u.timeZone,
});

/** A user as other modules name them: never the row (no password hash, no second factor's secret). */
export type UserSummary = { id: string; email: string; displayName: string; locale: Locale; timeZone: string | null };

export const userSummary = (u: UserRow): UserSummary => ({
  id: u.id,
  email: u.email,
  displayName: u.displayName,
  locale: u.locale as Locale,
  timeZone: u.timeZone,
});
