import type {
  DeclineReason,
  InterestState,
  Jurisdiction,
  Me,
  Opportunity,
  OpportunityState,
  OpportunityType,
  Outcome,
} from '@innobridge/contracts';
import type { TFunction } from 'i18next';
import { isOperator, isPlatformAdmin, membershipOf, operatorJurisdictionsOf } from '../../app/auth.js';
import type { CooperationForm, Currency, IpStatus } from './exchange.api.js';

export const opportunityTypeLabel = (t: TFunction, type: OpportunityType) => t(`exchange.type.${type}`);
export const opportunityStateLabel = (t: TFunction, state: OpportunityState) => t(`exchange.state.${state}`);
export const cooperationFormLabel = (t: TFunction, form: CooperationForm) => t(`exchange.cooperationForm.${form}`);
export const ipStatusLabel = (t: TFunction, status: IpStatus) => t(`exchange.ipStatus.${status}`);
export const currencyLabel = (t: TFunction, currency: Currency) => t(`exchange.currency.${currency}`);
export const trlLabel = (t: TFunction, level: number) => t(`exchange.trl.${level as TrlLevel}`);
export const declineReasonLabel = (t: TFunction, reason: DeclineReason) => t(`exchange.declineReason.${reason}`);
export const outcomeLabel = (t: TFunction, outcome: Outcome) => t(`exchange.outcome.${outcome}`);
export const interestStateLabel = (t: TFunction, state: InterestState) => t(`exchange.interestState.${state}`);

export const TRL_LEVELS = [1, 2, 3, 4, 5, 6, 7, 8, 9] as const;
export type TrlLevel = (typeof TRL_LEVELS)[number];

export const OPPORTUNITY_STATE_COLORS: Record<OpportunityState, string> = {
  draft: 'default',
  submitted: 'processing',
  published: 'success',
  closed: 'default',
};

export const INTEREST_STATE_COLORS: Record<InterestState, string> = {
  pending: 'processing',
  accepted: 'success',
  declined: 'error',
};

/**
 * Offers and requests get different colours, so a list reads at a glance; only colours whose text keeps
 * a 4.5:1 contrast on their own background (Ant Design's green, gold, orange and volcano do not).
 */
export const TYPE_COLORS: Record<OpportunityType, string> = {
  technology_offer: 'blue',
  technology_request: 'purple',
  business_offer: 'geekblue',
  business_request: 'magenta',
  rd_partner_search: 'default',
  investment_raising: 'success',
  investor_thesis: 'success',
  corporate_challenge: 'warning',
  pilot_request: 'default',
};

/**
 * Operators moderate their own jurisdiction's opportunities and those of organisations from elsewhere
 * (either operator may); administrators moderate all of them.
 */
export function canModerate(me: Me | null, jurisdiction: Jurisdiction): boolean {
  if (isPlatformAdmin(me)) return true;
  if (!isOperator(me)) return false;
  return jurisdiction === 'OTHER' || operatorJurisdictionsOf(me).includes(jurisdiction);
}

/** Every member of the publishing organisation manages its opportunities. */
export const isOwnedBy = (me: Me | null, opportunity: Pick<Opportunity, 'organizationId'>) =>
  !!membershipOf(me, opportunity.organizationId);
