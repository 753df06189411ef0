import type { Jurisdiction } from '@innobridge/contracts';
import type { AppContext } from '../../app-context.js';
import { organizationsByIds } from '../organizations/index.js';

/** An organisation as a side of an interest or a conversation. */
export type OrganizationRef = { id: string; name: Record<string, string>; jurisdiction: Jurisdiction };

/** The sides of many interests or conversations, in one look-up. */
export async function organizationRefs(ctx: AppContext, ids: string[]) {
  const found = new Map((await organizationsByIds(ctx, [...new Set(ids)])).map((o) => [o.id, o]));
  return (id: string): OrganizationRef => {
    const org = found.get(id);
    return { id, name: org?.name ?? {}, jurisdiction: (org?.jurisdiction ?? 'OTHER') as Jurisdiction };
  };
}
