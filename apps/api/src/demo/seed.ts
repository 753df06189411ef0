import type { AppContext } from '../app-context.js';
import { actorForUser, hasAnyUser, provisionUser } from '../modules/identity/index.js';
import { addMember, createOrganization } from '../modules/organizations/index.js';
import { DEMO_PASSWORD, demoAccounts, demoOrganizations } from './demo-data.js';

/** Fills a new, empty database with the demo accounts and organisations; leaves any other alone. */
export async function seedDemoData(ctx: AppContext): Promise<boolean> {
  if (await hasAnyUser(ctx)) return false;
  const userIds = new Map<string, string>();
  for (const account of demoAccounts) {
    const id = await provisionUser(ctx, { ...account, password: DEMO_PASSWORD });
    userIds.set(account.key, id);
  }
  const idOf = (key: string) => {
    const id = userIds.get(key);
    if (!id) throw new Error(`demo data: unknown account ${key}`);
    return id;
  };
  for (const organization of demoOrganizations) {
    const owner = await actorForUser(ctx, idOf(organization.ownerKey));
    if (!owner) throw new Error(`demo data: no owner ${organization.ownerKey}`);
    const row = await createOrganization(ctx, owner, organization.body, owner.locale);
    for (const memberKey of organization.memberKeys ?? []) await addMember(ctx, owner, row.id, idOf(memberKey));
  }
  return true;
}
