import type { Jurisdiction } from '@innobridge/contracts';
import type { AppContext } from '../../app-context.js';
import { usersByIds } from '../identity/index.js';
import type { OrganizationRow } from '../organizations/index.js';

/** An organisation as a side of an interest or a conversation. */
export function organizationRefs(orgs: Pick<OrganizationRow, 'id' | 'name' | 'jurisdiction'>[]) {
  return (id: string) => {
    const org = orgs.find((o) => o.id === id);
    return { id, name: org?.name ?? {}, jurisdiction: (org?.jurisdiction ?? 'OTHER') as Jurisdiction };
  };
}

/**
 * The people behind accepted interests: their authors and who accepted them. Call it only for
 * accepted ones — before acceptance no response carries a person's name or e-mail.
 */
export async function contactLookup(ctx: AppContext, people: { createdBy: string; decidedBy: string | null }[]) {
  const ids = [...new Set(people.flatMap((p) => [p.createdBy, p.decidedBy]).filter((id): id is string => !!id))];
  const users = new Map((await usersByIds(ctx.db, ids)).map((u) => [u.id, u]));
  return (organizationId: string, userId: string | null | undefined) => {
    const user = userId ? users.get(userId) : undefined;
    return user ? [{ organizationId, displayName: user.displayName, email: user.email }] : [];
  };
}
