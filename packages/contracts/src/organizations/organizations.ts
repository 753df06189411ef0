import { z } from 'zod';
import { Jurisdiction, LegalIdKind, MemberRole, OrganizationStatus, OrganizationType } from '../common/enums.js';
import { LocalizedText } from '../common/localized.js';
import { Email } from '../identity/index.js';

/** A place's code, as the API takes it: one of the reference list (`PLACES`) or "other". */
const PlaceCode = z.string().trim().max(20);

const Texts = {
  name: LocalizedText(200),
  shortDescription: LocalizedText(500),
  description: LocalizedText(10000),
  products: LocalizedText(5000),
};

export const CreateOrganizationBody = z.object({
  type: OrganizationType,
  jurisdiction: Jurisdiction,
  /**
   * A code from the reference list of cities and regions (`PLACES`), or "other" with the city's own
   * text in `city`. Without a code, a `city` that names a listed place in any language takes its code.
   */
  place: PlaceCode.optional(),
  /** The city's own text: for "other" only (ignored with a listed place). */
  city: z.string().trim().max(120).optional(),
  /** Technology areas of the taxonomy the organisation works in. */
  areas: z.array(z.string().max(80)).max(20).optional(),
  legalId: z
    .string()
    .trim()
    .max(64)
    .meta({
      description:
        'The registration number, checked against the jurisdiction. Russia (jurisdiction RU): an INN of 10 digits (an organisation) or 12 digits (an individual entrepreneur), an OGRN of 13 digits or an OGRNIP of 15 digits, each with its check digit(s). China (CN): the unified social credit code, 18 characters of 0-9 and A-Z without I, O, S, V and Z, the last a check character (GB 32100-2015). Elsewhere (OTHER): as the registry prints it. Spaces and dashes are ignored; an identifier of zeros is refused.',
      examples: ['7707083893', '91110108551385082Q'],
    }),
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

export const UpdateOrganizationBody = CreateOrganizationBody.partial().extend({
  /**
   * The organisation holds a status and the change touches facts its operator verified (jurisdiction,
   * legal identifier, city): the status returns to "none" (ADR 0014). Without this, such a change is
   * refused with `verified_facts_status_loss`, which says so.
   */
  acknowledgeStatusLoss: z.boolean().optional(),
});

/** The facts an operator verifies before granting a status (ADR 0014). */
export const VERIFIED_FACTS = ['jurisdiction', 'legalId', 'city'] as const;
export type VerifiedFact = (typeof VERIFIED_FACTS)[number];
export type UpdateOrganizationBody = z.infer<typeof UpdateOrganizationBody>;

const TextOut = z.record(z.string(), z.string());

export const Organization = z
  .object({
    id: z.string(),
    type: OrganizationType,
    jurisdiction: Jurisdiction,
    /** A code of the reference list of cities and regions, or "other". */
    place: z.string(),
    /** The city's own text when the place is "other"; empty otherwise. */
    city: z.string(),
    areas: z.array(z.string()),
    legalId: z.string().meta({ description: 'As registered, without spaces or dashes; its kind is `legalIdKind`.' }),
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

export const OrganizationMemberList = z.object({ items: z.array(OrganizationMember) });
export const ChangeMemberRoleBody = z.object({ role: MemberRole });
/** What a change of role answers with. */
export const MemberRoleChange = z.object({ userId: z.string(), role: MemberRole });

export const InviteBody = z.object({ email: Email, role: MemberRole.default('member') });
export const Invitation = z.object({
  id: z.string(),
  email: z.string(),
  role: MemberRole,
  expiresAt: z.string(),
  createdAt: z.string(),
});
export const InvitationList = z.object({ items: z.array(Invitation) });
/** Where an accepted invitation brought its reader, and in which role. */
export const AcceptedInvitation = z.object({ organizationId: z.string(), role: MemberRole });
