import { z } from 'zod';
import { Jurisdiction, OrganizationType } from './enums.js';
import { LocalizedText } from './localized.js';

export const OPPORTUNITY_TYPES = [
  'technology_offer',
  'technology_request',
  'business_offer',
  'business_request',
  'rd_partner_search',
  'investment_raising',
  'investor_thesis',
  'corporate_challenge',
  'pilot_request',
] as const;
export const OpportunityType = z.enum(OPPORTUNITY_TYPES);
export type OpportunityType = z.infer<typeof OpportunityType>;

export const COOPERATION_FORMS = [
  'licence',
  'joint_venture',
  'distribution',
  'contract_manufacturing',
  'investment',
  'joint_rnd',
  'pilot',
] as const;
export const CooperationForm = z.enum(COOPERATION_FORMS);

export const IP_STATUSES = ['patented', 'patent_pending', 'know_how', 'open_source', 'not_applicable'] as const;
export const IpStatus = z.enum(IP_STATUSES);

export const CURRENCIES = ['RUB', 'CNY', 'USD'] as const;
export const Currency = z.enum(CURRENCIES);

export const OPPORTUNITY_STATES = ['draft', 'submitted', 'published', 'closed'] as const;
export const OpportunityState = z.enum(OPPORTUNITY_STATES);
export type OpportunityState = z.infer<typeof OpportunityState>;

export const CLOSE_REASONS = ['withdrawn', 'expired', 'success'] as const;
export const CloseReason = z.enum(CLOSE_REASONS);

/** ISO 3166-1 alpha-2 country codes. */
export const CountryCode = z.string().regex(/^[A-Z]{2}$/);

/** Money in integer minor units (kopecks, fen, cents) with its currency. */
export const Amount = z.object({
  min: z.number().int().min(0).max(1e15).optional(),
  max: z.number().int().min(0).max(1e15).optional(),
  currency: Currency,
});

export const OpportunityBody = z.object({
  organizationId: z.uuid(),
  type: OpportunityType,
  title: LocalizedText(200),
  summary: LocalizedText(1000),
  description: LocalizedText(20000).optional(),
  /** Taxonomy area codes. */
  areas: z.array(z.string().max(80)).max(20).default([]),
  trl: z.number().int().min(1).max(9).nullable().optional(),
  ipStatus: IpStatus.nullable().optional(),
  cooperationForms: z.array(CooperationForm).max(7).default([]),
  targetCountries: z.array(CountryCode).max(50).default([]),
  deadline: z.iso.date().nullable().optional(),
  amount: Amount.nullable().optional(),
  /** For a corporate challenge: what the corporation offers to whoever answers it. */
  offer: LocalizedText(5000).optional(),
});
export type OpportunityBody = z.infer<typeof OpportunityBody>;
export const UpdateOpportunityBody = OpportunityBody.omit({ organizationId: true }).partial();

export const Opportunity = z
  .object({
    id: z.string(),
    organizationId: z.string(),
    organizationName: z.record(z.string(), z.string()),
    organizationJurisdiction: Jurisdiction,
    organizationType: OrganizationType,
    type: OpportunityType,
    state: OpportunityState,
    closeReason: CloseReason.nullable(),
    title: z.record(z.string(), z.string()),
    summary: z.record(z.string(), z.string()),
    /** Only for signed-in members of an organisation; visitors read the summary. */
    description: z.record(z.string(), z.string()).nullable(),
    offer: z.record(z.string(), z.string()),
    areas: z.array(z.string()),
    trl: z.number().int().nullable(),
    ipStatus: IpStatus.nullable(),
    cooperationForms: z.array(CooperationForm),
    targetCountries: z.array(z.string()),
    deadline: z.string().nullable(),
    amount: Amount.nullable(),
    moderationComment: z.string().nullable(),
    publishedAt: z.string().nullable(),
    expiresAt: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Opportunity' });
export type Opportunity = z.infer<typeof Opportunity>;

export const SearchQuery = z.object({
  q: z.string().trim().max(200).optional(),
  type: OpportunityType.optional(),
  jurisdiction: Jurisdiction.optional(),
  area: z.string().max(80).optional(),
  trl: z.coerce.number().int().min(1).max(9).optional(),
  cooperationForm: CooperationForm.optional(),
  sort: z.enum(['relevance', 'date']).default('relevance'),
  cursor: z.string().max(300).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

export const DECLINE_REASONS = ['not_a_fit', 'timing', 'already_partnered', 'needs_more_information', 'other'] as const;
export const OUTCOMES = ['agreement_signed', 'partnership_started', 'no_result'] as const;
