import { z } from 'zod';
import { Jurisdiction, Locale, OrganizationStatus, OrganizationType } from '../common/enums.js';
import { LocalizedText } from '../common/localized.js';
import { Page } from '../common/page.js';
import { Currency } from '../exchange/exchange.js';

/** A multilingual text as answers carry it (already checked on the way in). */
const TextOut = z.object({ ru: z.string().optional(), zh: z.string().optional(), en: z.string().optional() });

// ── providers ──────────────────────────────────────────────────────────────────────────────────────

export const PROVIDER_KINDS = ['operator', 'organization'] as const;
/** An operator (from the start) or a partner organisation an operator approved. */
export const ProviderKind = z.enum(PROVIDER_KINDS);
export type ProviderKind = z.infer<typeof ProviderKind>;

export const PROVIDER_STATES = ['approved', 'revoked'] as const;
export const ProviderState = z.enum(PROVIDER_STATES);
export type ProviderState = z.infer<typeof ProviderState>;

export const ServiceProvider = z
  .object({
    /** `operator-ru`, `operator-cn`, or the organisation's id. */
    id: z.string(),
    kind: ProviderKind,
    jurisdiction: Jurisdiction,
    organizationId: z.string().nullable(),
    /** The organisation's name; null for an operator, whose name the web app's texts give. */
    name: TextOut.nullable(),
    state: ProviderState,
    version: z.number().int(),
  })
  .meta({ id: 'ServiceProvider' });
export type ServiceProvider = z.infer<typeof ServiceProvider>;

export const ServiceProviderList = z.object({ items: z.array(ServiceProvider) }).meta({ id: 'ServiceProviderList' });
export type ServiceProviderList = z.infer<typeof ServiceProviderList>;

export const ProviderDecisionBody = z.object({ organizationId: z.uuid() }).meta({ id: 'ProviderDecisionBody' });
export type ProviderDecisionBody = z.infer<typeof ProviderDecisionBody>;

// ── eligibility rules, as data ────────────────────────────────────────────────────────────────────

const Months = z.number().int().min(1).max(600);

/**
 * One rule of a service's eligibility, declared as data and read by one evaluator (ADR 0028). An
 * organisation is eligible when it meets every rule.
 */
export const EligibilityRule = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('status'), statuses: z.array(OrganizationStatus).min(1).max(6) }),
    z.object({ kind: z.literal('jurisdiction'), jurisdictions: z.array(Jurisdiction).min(1).max(3) }),
    z.object({ kind: z.literal('organization_type'), types: z.array(OrganizationType).min(1).max(8) }),
    /** Months since the organisation registered on the platform: at least `min`, at most `max`. */
    z.object({ kind: z.literal('age'), minMonths: Months.optional(), maxMonths: Months.optional() }),
    /** Organisations state no number of employees: the rule is never met, and says why. */
    z.object({
      kind: z.literal('employees'),
      min: z.number().int().min(0).max(1_000_000).optional(),
      max: z.number().int().min(0).max(1_000_000).optional(),
    }),
    /** The organisation works in one of these technology areas (or a sub-area of one). */
    z.object({ kind: z.literal('areas'), areas: z.array(z.string().min(1).max(80)).min(1).max(20) }),
    /** The organisation has not received this service in the last `months` months. */
    z.object({ kind: z.literal('not_received_within'), months: Months }),
  ])
  .meta({ id: 'EligibilityRule' });
export type EligibilityRule = z.infer<typeof EligibilityRule>;
export type EligibilityRuleKind = EligibilityRule['kind'];

/** One rule as the evaluator judged it for one organisation, explained in the reader's language. */
export const RuleVerdict = z
  .object({ kind: z.string(), met: z.boolean(), explanation: z.string() })
  .meta({ id: 'RuleVerdict' });
export type RuleVerdict = z.infer<typeof RuleVerdict>;

export const ServiceEligibility = z
  .object({ organizationId: z.string(), eligible: z.boolean(), rules: z.array(RuleVerdict) })
  .meta({ id: 'ServiceEligibility' });
export type ServiceEligibility = z.infer<typeof ServiceEligibility>;

// ── services ─────────────────────────────────────────────────────────────────────────────────────

export const SERVICE_CATEGORIES = [
  'grant_subsidy',
  'soft_landing',
  'legal',
  'ip',
  'translation',
  'certification',
  'testing_ground',
  'export_support',
  'financing',
  'other',
] as const;
export const ServiceCategory = z.enum(SERVICE_CATEGORIES);
export type ServiceCategory = z.infer<typeof ServiceCategory>;

export const SERVICE_STATES = ['draft', 'published', 'withdrawn'] as const;
export const ServiceState = z.enum(SERVICE_STATES);
export type ServiceState = z.infer<typeof ServiceState>;

export const COST_KINDS = ['free', 'fixed', 'quote'] as const;
export const CostKind = z.enum(COST_KINDS);
export type CostKind = z.infer<typeof CostKind>;

/** Free, a fixed amount in a currency (whole units), or on quote. */
export const ServiceCost = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('free') }),
    z.object({ kind: z.literal('fixed'), amount: z.number().int().min(1).max(1_000_000_000), currency: Currency }),
    z.object({ kind: z.literal('quote') }),
  ])
  .meta({ id: 'ServiceCost' });
export type ServiceCost = z.infer<typeof ServiceCost>;

/** A grant programme's budget: each approval reserves an amount; their sum never exceeds it. */
export const ServiceBudget = z
  .object({ amount: z.number().int().min(1).max(1_000_000_000_000), currency: Currency })
  .meta({ id: 'ServiceBudget' });
export type ServiceBudget = z.infer<typeof ServiceBudget>;

// ── application forms ────────────────────────────────────────────────────────────────────────────

export const FORM_FIELD_TYPES = ['text', 'number', 'date', 'choice', 'file'] as const;
export const FormFieldType = z.enum(FORM_FIELD_TYPES);
export type FormFieldType = z.infer<typeof FormFieldType>;

const fieldOf = <L extends z.ZodType>(label: L) =>
  z.object({
    /** Stable within the form: answers are kept by it. */
    key: z.string().regex(/^[a-z][a-z0-9_]{0,39}$/),
    type: FormFieldType,
    label,
    required: z.boolean(),
    /** A choice's options, each with its label. */
    options: z
      .array(z.object({ value: z.string().regex(/^[a-z0-9_]{1,40}$/), label }))
      .max(30)
      .optional(),
  });

export const FormField = fieldOf(LocalizedText(200)).meta({ id: 'FormField' });
export type FormField = z.infer<typeof FormField>;

export const FormDefinition = z.object({ fields: z.array(FormField).max(40) }).meta({ id: 'FormDefinition' });
export type FormDefinition = z.infer<typeof FormDefinition>;

/** A form as stored: each change is a new version; an application keeps the one it was made with. */
export const ServiceForm = z
  .object({ version: z.number().int(), fields: z.array(fieldOf(TextOut)) })
  .meta({ id: 'ServiceForm' });
export type ServiceForm = z.infer<typeof ServiceForm>;

/** An application's answers by field key: text, a number, a date (YYYY-MM-DD), a choice's value, a file's id. */
export const FormAnswers = z
  .record(z.string().max(40), z.union([z.string().max(5000), z.number()]))
  .meta({ id: 'FormAnswers' });
export type FormAnswers = z.infer<typeof FormAnswers>;

// ── services ─────────────────────────────────────────────────────────────────────────────────────

export const Service = z
  .object({
    id: z.string(),
    provider: ServiceProvider,
    category: ServiceCategory,
    title: TextOut,
    description: TextOut,
    /** The languages its texts are written in. */
    languages: z.array(Locale),
    jurisdiction: Jurisdiction,
    cost: ServiceCost,
    budget: ServiceBudget.nullable(),
    /** What the approvals reserved of the budget (0 without one). */
    reserved: z.number().int(),
    /** Working days of the provider's jurisdiction from submission to decision. */
    deadlineDays: z.number().int(),
    rules: z.array(EligibilityRule),
    form: ServiceForm,
    state: ServiceState,
    /** The average rating, once at least five were given; null before. */
    rating: z.object({ average: z.number(), count: z.number().int() }).nullable(),
    version: z.number().int(),
    publishedAt: z.string().nullable(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Service' });
export type Service = z.infer<typeof Service>;

/** A service in the catalogue, with the reader's organisation's eligibility when one was named. */
export const ServiceCard = Service.extend({ eligibility: ServiceEligibility.nullable() }).meta({ id: 'ServiceCard' });
export type ServiceCard = z.infer<typeof ServiceCard>;

export const ServiceBody = z
  .object({
    providerId: z.string().min(1).max(60),
    category: ServiceCategory,
    title: LocalizedText(200),
    description: LocalizedText(5000),
    cost: ServiceCost,
    budget: ServiceBudget.nullable().default(null),
    deadlineDays: z.number().int().min(1).max(250),
    rules: z.array(EligibilityRule).max(10).default([]),
    form: FormDefinition.default({ fields: [] }),
  })
  .meta({ id: 'ServiceBody' });
export type ServiceBody = z.input<typeof ServiceBody>;
export type ServiceBodyParsed = z.output<typeof ServiceBody>;

/** A change to a service: what is given changes; a new form makes a new version of it. */
export const ServicePatch = ServiceBody.omit({ providerId: true })
  .partial()
  .extend({ version: z.number().int() })
  .meta({ id: 'ServicePatch' });
export type ServicePatch = z.input<typeof ServicePatch>;

export const ServiceVersionBody = z.object({ version: z.number().int() }).meta({ id: 'ServiceVersionBody' });
export type ServiceVersionBody = z.infer<typeof ServiceVersionBody>;

/** Categories separated by commas. */
const CategoryList = z
  .string()
  .max(300)
  .regex(new RegExp(`^(${SERVICE_CATEGORIES.join('|')})(,(${SERVICE_CATEGORIES.join('|')}))*$`));

/** The catalogue's search: words, filters, and optionally the reader's organisation to judge. */
export const ServiceQuery = z.object({
  q: z.string().trim().max(200).optional(),
  category: CategoryList.optional(),
  provider: z.string().max(60).optional(),
  jurisdiction: Jurisdiction.optional(),
  language: Locale.optional(),
  cost: CostKind.optional(),
  /** Judge each service for this organisation of the reader's. */
  organization: z.uuid().optional(),
  /** With `organization`: only what it is eligible for. */
  eligible: z.enum(['1']).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export type ServiceQuery = z.infer<typeof ServiceQuery>;

export const ServicePage = Page(ServiceCard).meta({ id: 'ServicePage' });
export type ServicePage = z.infer<typeof ServicePage>;

export const ServiceList = z.object({ items: z.array(Service) }).meta({ id: 'ServiceList' });
export type ServiceList = z.infer<typeof ServiceList>;

// ── applications ─────────────────────────────────────────────────────────────────────────────────

export const SERVICE_APPLICATION_STATES = [
  'draft',
  'submitted',
  'in_progress',
  'information_requested',
  'approved',
  'rejected',
  'delivered',
  'closed',
  'withdrawn',
] as const;
export const ServiceApplicationState = z.enum(SERVICE_APPLICATION_STATES);
export type ServiceApplicationState = z.infer<typeof ServiceApplicationState>;

export const SERVICE_APPLICATION_ACTIONS = [
  'submit',
  'take',
  'request_information',
  'answer',
  'approve',
  'reject',
  'deliver',
  'close',
  'withdraw',
] as const;
export const ServiceApplicationAction = z.enum(SERVICE_APPLICATION_ACTIONS);
export type ServiceApplicationAction = z.infer<typeof ServiceApplicationAction>;

export const ServiceApplication = z
  .object({
    id: z.string(),
    serviceId: z.string(),
    organizationId: z.string(),
    state: ServiceApplicationState,
    /** The form as it was when the application was made, and the answers to it. */
    form: ServiceForm,
    answers: FormAnswers,
    /** The provider's question, or a rejection's reason the applicant reads. */
    message: z.string().nullable(),
    /** What an approval reserved of a grant's budget. */
    amount: z.number().int().nullable(),
    /** The decision is due by then: working days of the provider's jurisdiction from submission. */
    deadlineAt: z.string().nullable(),
    overdue: z.boolean(),
    rating: z.object({ score: z.number().int(), comment: z.string().nullable() }).nullable(),
    version: z.number().int(),
    submittedAt: z.string().nullable(),
    updatedAt: z.string(),
  })
  .meta({ id: 'ServiceApplication' });
export type ServiceApplication = z.infer<typeof ServiceApplication>;

export const ServiceApplicationList = z
  .object({
    items: z.array(ServiceApplication),
    /** What is left of the service's budget, when it has one. */
    budgetLeft: z.number().int().nullable(),
  })
  .meta({ id: 'ServiceApplicationList' });
export type ServiceApplicationList = z.infer<typeof ServiceApplicationList>;

export const ServiceApplicationBody = z
  .object({ organizationId: z.uuid(), answers: FormAnswers, submit: z.boolean().default(false) })
  .meta({ id: 'ServiceApplicationBody' });
export type ServiceApplicationBody = z.input<typeof ServiceApplicationBody>;

/** A step of an application: its version, and what the step needs (a question, an answer, a reason, an amount). */
export const ServiceApplicationStep = z
  .object({
    version: z.number().int(),
    message: z.string().trim().min(1).max(5000).optional(),
    answers: FormAnswers.optional(),
    amount: z.number().int().min(1).max(1_000_000_000_000).optional(),
  })
  .meta({ id: 'ServiceApplicationStep' });
export type ServiceApplicationStep = z.infer<typeof ServiceApplicationStep>;

export const ServiceRatingBody = z
  .object({ score: z.number().int().min(1).max(5), comment: z.string().trim().max(2000).optional() })
  .meta({ id: 'ServiceRatingBody' });
export type ServiceRatingBody = z.infer<typeof ServiceRatingBody>;
