import { z } from 'zod';
import { Jurisdiction, LegalIdKind, MemberRole, OrganizationStatus, OrganizationType } from './enums.js';
import { Email } from './identity.js';
import { LocalizedText } from './localized.js';

const Texts = {
  name: LocalizedText(200),
  shortDescription: LocalizedText(500),
  description: LocalizedText(10000),
  products: LocalizedText(5000),
};

export const CreateOrganizationBody = z.object({
  type: OrganizationType,
  jurisdiction: Jurisdiction,
  city: z.string().trim().min(1).max(120),
  legalId: z.string().trim().max(64),
  name: Texts.name,
  shortDescription: Texts.shortDescription.optional(),
  description: Texts.description.optional(),
  products: Texts.products.optional(),
  website: z
    .url({ protocol: /^https?$/ })
    .max(300)
    .optional(),
});
export type CreateOrganizationBody = z.infer<typeof CreateOrganizationBody>;

export const UpdateOrganizationBody = CreateOrganizationBody.partial();
export type UpdateOrganizationBody = z.infer<typeof UpdateOrganizationBody>;

const TextOut = z.record(z.string(), z.string());

export const Organization = z
  .object({
    id: z.string(),
    type: OrganizationType,
    jurisdiction: Jurisdiction,
    city: z.string(),
    legalId: z.string(),
    legalIdKind: LegalIdKind,
    status: OrganizationStatus,
    statusSince: z.string().nullable(),
    name: TextOut,
    shortDescription: TextOut,
    description: TextOut,
    products: TextOut,
    website: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Organization' });
export type Organization = z.infer<typeof Organization>;

export const OrganizationMember = z.object({
  userId: z.string(),
  displayName: z.string(),
  email: z.string(),
  role: MemberRole,
  joinedAt: z.string(),
});

export const InviteBody = z.object({ email: Email, role: MemberRole.default('member') });
export const Invitation = z.object({
  id: z.string(),
  email: z.string(),
  role: MemberRole,
  expiresAt: z.string(),
  createdAt: z.string(),
});
