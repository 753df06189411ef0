import type { Me, Membership } from '@innobridge/contracts';
import type { RoleGrantRow, UserRow } from '../identity.repository.js';
import { roleGrantView } from '../users/users.views.js';

/** The signed-in user's profile as the API answers it. */
export const meView = (
  user: UserRow,
  grants: RoleGrantRow[],
  twoFactor: Me['twoFactor'],
  memberships: Membership[],
): Me => ({
  id: user.id,
  email: user.email,
  displayName: user.displayName,
  locale: user.locale as Me['locale'],
  timeZone: user.timeZone,
  emailConfirmed: !!user.emailConfirmedAt,
  roles: grants.map(roleGrantView),
  twoFactor,
  memberships,
});
