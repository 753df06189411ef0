import { z } from 'zod';
import { Jurisdiction, OrganizationType } from '../common/enums.js';
import { LocalizedText } from '../common/localized.js';

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

// expressions of interest and conversations

export const DECLINE_REASONS = ['not_a_fit', 'timing', 'already_partnered', 'needs_more_information', 'other'] as const;
export const DeclineReason = z.enum(DECLINE_REASONS);
export type DeclineReason = z.infer<typeof DeclineReason>;

export const OUTCOMES = ['agreement_signed', 'partnership_started', 'no_result'] as const;
export const Outcome = z.enum(OUTCOMES);
export type Outcome = z.infer<typeof Outcome>;

export const INTEREST_STATES = ['pending', 'accepted', 'declined'] as const;
export const InterestState = z.enum(INTEREST_STATES);
export type InterestState = z.infer<typeof InterestState>;

export const InterestBody = z.object({
  /** The interested organisation, one of the sender's own. */
  organizationId: z.uuid(),
  message: z.string().trim().min(1).max(5000),
});
export const DeclineBody = z.object({
  reason: DeclineReason,
  /** Required when the reason is `other`; optional otherwise. */
  text: z.string().trim().max(2000).optional(),
});
export const OutcomeBody = z.object({ outcome: Outcome });

/** A person to talk to on one side; shown only once an expression of interest is accepted. */
export const Contact = z
  .object({ organizationId: z.string(), displayName: z.string(), email: z.string() })
  .meta({ id: 'Contact' });

const OrganizationRef = z.object({
  id: z.string(),
  name: z.record(z.string(), z.string()),
  jurisdiction: Jurisdiction,
});

export const ExpressionOfInterest = z
  .object({
    id: z.string(),
    opportunity: z.object({ id: z.string(), type: OpportunityType, title: z.record(z.string(), z.string()) }),
    /** The interested organisation. */
    from: OrganizationRef,
    /** The organisation that published the opportunity. */
    to: OrganizationRef,
    message: z.string(),
    state: InterestState,
    declineReason: DeclineReason.nullable(),
    declineText: z.string().nullable(),
    outcome: Outcome.nullable(),
    outcomeRecordedAt: z.string().nullable(),
    conversationId: z.string().nullable(),
    /** Both sides' contacts once accepted; null before, in every response. */
    contacts: z.array(Contact).nullable(),
    createdAt: z.string(),
    decidedAt: z.string().nullable(),
  })
  .meta({ id: 'ExpressionOfInterest' });
export type ExpressionOfInterest = z.infer<typeof ExpressionOfInterest>;

export const InterestBox = z.object({
  /** `received`: on the organisation's opportunities; `sent`: by the organisation. */
  box: z.enum(['received', 'sent']).default('received'),
  state: InterestState.optional(),
});

export const Attachment = z
  .object({ id: z.string(), fileName: z.string(), contentType: z.string(), size: z.number().int() })
  .meta({ id: 'Attachment' });

export const ConversationMessage = z
  .object({
    id: z.string(),
    organizationId: z.string(),
    authorName: z.string(),
    /** True for the reader's own messages. */
    mine: z.boolean(),
    body: z.string(),
    attachments: z.array(Attachment),
    createdAt: z.string(),
  })
  .meta({ id: 'ConversationMessage' });
export type ConversationMessage = z.infer<typeof ConversationMessage>;

export const Conversation = z
  .object({
    id: z.string(),
    interestId: z.string(),
    opportunity: z.object({ id: z.string(), type: OpportunityType, title: z.record(z.string(), z.string()) }),
    /** The reader's side and the other side. */
    ours: OrganizationRef,
    theirs: OrganizationRef,
    contacts: z.array(Contact),
    outcome: Outcome.nullable(),
    unread: z.number().int(),
    lastMessageAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'Conversation' });
export type Conversation = z.infer<typeof Conversation>;

export const ConversationMessageBody = z.object({ body: z.string().trim().min(1).max(10000) });
