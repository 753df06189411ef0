import {
  LOCALES,
  type LocalizedText,
  type Opportunity,
  type OpportunityType,
  type Organization,
} from '@innobridge/contracts';
import dayjs, { type Dayjs } from 'dayjs';
import { withoutBlanks } from '../../shared/localized-text.js';
import type { CooperationForm, Currency, IpStatus, OpportunityFields } from './exchange.api.js';

export const OPPORTUNITY_TEXTS = ['title', 'summary', 'description', 'offer'] as const;
export type OpportunityText = (typeof OPPORTUNITY_TEXTS)[number];

export const TEXT_LIMITS: Record<OpportunityText, number> = {
  title: 200,
  summary: 1000,
  description: 20000,
  offer: 5000,
};

export type OpportunityFormValues = {
  organizationId?: string;
  type?: OpportunityType;
  areas: string[];
  trl?: number | null;
  ipStatus?: IpStatus | null;
  cooperationForms: CooperationForm[];
  targetCountries: string[];
  deadline?: Dayjs | null;
  /** In major units (roubles, yuan, dollars), as people think of money. */
  amount: { min?: number | null; max?: number | null; currency?: Currency };
} & Record<OpportunityText, LocalizedText>;

/** The API paths of this form's fields, so that its problems land next to them. */
export const FIELD_PATHS = [
  'organizationId',
  'type',
  'areas',
  'trl',
  'ipStatus',
  'cooperationForms',
  'targetCountries',
  'deadline',
  'amount.min',
  'amount.max',
  'amount.currency',
  ...OPPORTUNITY_TEXTS.flatMap((text) => LOCALES.map((lang) => `${text}.${lang}`)),
];

const toMinor = (major: number | null | undefined) => (typeof major === 'number' ? Math.round(major * 100) : undefined);
const toMajor = (minor: number | undefined) => (minor === undefined ? undefined : minor / 100);

function amountOf(amount: OpportunityFormValues['amount'] | undefined): Opportunity['amount'] {
  const min = toMinor(amount?.min);
  const max = toMinor(amount?.max);
  if (!amount?.currency || (min === undefined && max === undefined)) return null;
  return { currency: amount.currency, ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) };
}

/** What the API stores: texts without blank languages, money in minor units, the deadline as a day. */
export function toFields(values: OpportunityFormValues): OpportunityFields {
  return {
    type: values.type as OpportunityType,
    title: withoutBlanks(values.title),
    summary: withoutBlanks(values.summary),
    description: withoutBlanks(values.description),
    // Only a corporate challenge says what it offers; another type keeps no stale offer.
    offer: values.type === 'corporate_challenge' ? withoutBlanks(values.offer) : {},
    areas: values.areas ?? [],
    trl: values.trl ?? null,
    ipStatus: values.ipStatus ?? null,
    cooperationForms: values.cooperationForms ?? [],
    targetCountries: values.targetCountries ?? [],
    deadline: values.deadline ? values.deadline.format('YYYY-MM-DD') : null,
    amount: amountOf(values.amount),
  };
}

export function initialValuesOf(opportunity: Opportunity | undefined, organizationId?: string): OpportunityFormValues {
  if (!opportunity) {
    return {
      organizationId,
      title: {},
      summary: {},
      description: {},
      offer: {},
      areas: [],
      cooperationForms: [],
      targetCountries: [],
      amount: {},
    };
  }
  return {
    organizationId: opportunity.organizationId,
    type: opportunity.type,
    title: opportunity.title,
    summary: opportunity.summary,
    description: opportunity.description ?? {},
    offer: opportunity.offer,
    areas: opportunity.areas,
    trl: opportunity.trl,
    ipStatus: opportunity.ipStatus,
    cooperationForms: opportunity.cooperationForms,
    targetCountries: opportunity.targetCountries,
    deadline: opportunity.deadline ? dayjs(opportunity.deadline) : null,
    amount: {
      min: toMajor(opportunity.amount?.min),
      max: toMajor(opportunity.amount?.max),
      currency: opportunity.amount?.currency,
    },
  };
}

/** The opportunity as it will appear once published, for the preview. */
/** The id of the editor's preview, which is not saved (and so cannot be translated by reference). */
export const PREVIEW_ID = 'preview';

export function previewOf(
  values: OpportunityFormValues,
  organization: Pick<Organization, 'id' | 'name' | 'jurisdiction' | 'type'> | undefined,
): Opportunity {
  const now = new Date().toISOString();
  const fields = toFields({ ...values, type: values.type ?? 'technology_offer' });
  return {
    ...fields,
    description: fields.description ?? {},
    offer: fields.offer ?? {},
    trl: fields.trl ?? null,
    ipStatus: fields.ipStatus ?? null,
    deadline: fields.deadline ?? null,
    amount: fields.amount ?? null,
    id: PREVIEW_ID,
    organizationId: organization?.id ?? values.organizationId ?? '',
    organizationName: organization?.name ?? {},
    organizationJurisdiction: organization?.jurisdiction ?? 'OTHER',
    organizationType: organization?.type ?? 'company',
    state: 'draft',
    closeReason: null,
    moderationComment: null,
    publishedAt: null,
    expiresAt: null,
    createdAt: now,
    updatedAt: now,
  };
}
