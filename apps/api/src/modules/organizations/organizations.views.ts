import type { Invitation, Organization, OrganizationMember } from '@innobridge/contracts';
import type { z } from 'zod';
import type { OrganizationRecord } from './organizations.types.js';

/** An organisation in the contract's shape. */
export const organizationOut = (o: OrganizationRecord): z.infer<typeof Organization> => ({
  id: o.id,
  type: o.type as z.infer<typeof Organization>['type'],
  jurisdiction: o.jurisdiction,
  place: o.place,
  city: o.city,
  areas: o.areas,
  legalId: o.legalId,
  legalIdKind: o.legalIdKind,
  status: o.status as z.infer<typeof Organization>['status'],
  statusSince: o.statusSince?.toISOString() ?? null,
  name: o.name,
  shortDescription: o.shortDescription,
  description: o.description,
  products: o.products,
  website: o.website,
  createdAt: o.createdAt.toISOString(),
  updatedAt: o.updatedAt.toISOString(),
});

export const invitationOut = (i: {
  id: string;
  email: string;
  role: 'admin' | 'member';
  expiresAt: Date;
  createdAt: Date;
}): z.infer<typeof Invitation> => ({
  id: i.id,
  email: i.email,
  role: i.role,
  expiresAt: i.expiresAt.toISOString(),
  createdAt: i.createdAt.toISOString(),
});

/** Members with their names and e-mails, from one look-up of the people (a member without an account is left out). */
export const membersOut = (
  members: { userId: string; role: 'admin' | 'member'; joinedAt: Date }[],
  people: { id: string; displayName: string; email: string }[],
): z.infer<typeof OrganizationMember>[] => {
  const byId = new Map(people.map((p) => [p.id, p]));
  return members.flatMap((m) => {
    const user = byId.get(m.userId);
    return user
      ? [
          {
            userId: m.userId,
            displayName: user.displayName,
            email: user.email,
            role: m.role,
            joinedAt: m.joinedAt.toISOString(),
          },
        ]
      : [];
  });
};
