import { z } from 'zod';
import { LOCALES } from './locales.js';

export { LOCALES };
export const Locale = z.enum(LOCALES);
export type Locale = z.infer<typeof Locale>;
export const DEFAULT_LOCALE: Locale = 'en';

export const JURISDICTIONS = ['RU', 'CN', 'OTHER'] as const;
export const Jurisdiction = z.enum(JURISDICTIONS);
export type Jurisdiction = z.infer<typeof Jurisdiction>;

/** Jurisdictions that have an operator of their own. */
export const OPERATOR_JURISDICTIONS = ['RU', 'CN'] as const;
export const OperatorJurisdiction = z.enum(OPERATOR_JURISDICTIONS);
export type OperatorJurisdiction = z.infer<typeof OperatorJurisdiction>;

export const ORGANIZATION_TYPES = [
  'company',
  'startup',
  'research_institute',
  'university',
  'investor',
  'corporation',
  'development_institution',
  'government_body',
] as const;
export const OrganizationType = z.enum(ORGANIZATION_TYPES);
export type OrganizationType = z.infer<typeof OrganizationType>;

export const ORGANIZATION_STATUSES = ['none', 'applicant', 'participant', 'partner', 'suspended', 'excluded'] as const;
export const OrganizationStatus = z.enum(ORGANIZATION_STATUSES);
export type OrganizationStatus = z.infer<typeof OrganizationStatus>;

/** The statuses the public registry shows, and the only ones visitors see an organisation with. */
export const REGISTRY_STATUSES = ['participant', 'partner'] as const satisfies readonly OrganizationStatus[];

/**
 * The statuses under a sanction (ADR 0014): the organisation keeps its account and its data, but acts in
 * nothing another organisation sees — its published opportunities are withheld, it sends and answers no
 * expression of interest, it submits nothing for publication — until the status changes.
 */
export const SANCTIONED_STATUSES = ['suspended', 'excluded'] as const satisfies readonly OrganizationStatus[];
export const isSanctioned = (status: string): boolean => (SANCTIONED_STATUSES as readonly string[]).includes(status);

export const MEMBER_ROLES = ['admin', 'member'] as const;
export const MemberRole = z.enum(MEMBER_ROLES);
export type MemberRole = z.infer<typeof MemberRole>;

/** Platform-wide roles an admin grants; `operator` always comes with a jurisdiction. */
export const PLATFORM_ROLES = ['operator', 'board_member', 'admin'] as const;
export const PlatformRole = z.enum(PLATFORM_ROLES);
export type PlatformRole = z.infer<typeof PlatformRole>;

export const LEGAL_ID_KINDS = ['inn', 'ogrn', 'ogrnip', 'uscc', 'other'] as const;
export const LegalIdKind = z.enum(LEGAL_ID_KINDS);
export type LegalIdKind = z.infer<typeof LegalIdKind>;
