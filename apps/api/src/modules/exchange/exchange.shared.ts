import { isSanctioned, type Jurisdiction } from '@innobridge/contracts';
import type { AppContext } from '../../app-context.js';
import type { Actor } from '../../lib/actor.js';
import { AppError } from '../../lib/app-error.js';
import { type Person, people } from '../identity/index.js';
import { memberRole, organizationAdminIds, organizationsByIds } from '../organizations/index.js';

// What the exchange's sub-features share: who acts for an organisation, and how an organisation
// and its admins appear on an opportunity, an interest or a conversation.

export async function assertMember(ctx: AppContext, actor: Actor, organizationId: string) {
  if (!(await memberRole(ctx, organizationId, actor.userId))) throw new AppError('organization_forbidden');
}

/** A suspended or excluded organisation acts in nothing another organisation sees (ADR 0014). */
export function assertNotSanctioned(org: { status: string }) {
  if (isSanctioned(org.status)) {
    throw new AppError('organization_sanctioned', {
      params: { status: { key: `status.${org.status}`, ns: 'common' } },
    });
  }
}

/** The admins of the organisation that owns an opportunity, to notify in their own language. */
export const ownerRecipients = async (ctx: AppContext, organizationId: string): Promise<Person[]> =>
  people(ctx, await organizationAdminIds(ctx, organizationId));

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
