import type { InterestState, Opportunity, OpportunityState, OpportunityType } from '@innobridge/contracts';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../shared/format.js';
import {
  INTEREST_STATE_COLORS,
  interestStateLabel,
  OPPORTUNITY_STATE_COLORS,
  opportunityStateLabel,
  opportunityTypeLabel,
  TYPE_COLORS,
} from './exchange-labels.js';
import { useAreaLabel } from './taxonomy.js';
import './exchange.css';

export function TypeTag({ type }: { type: OpportunityType }) {
  const { t } = useTranslation();
  return (
    <Tag color={TYPE_COLORS[type]} className="status-tag">
      {opportunityTypeLabel(t, type)}
    </Tag>
  );
}

export function OpportunityStateTag({ state }: { state: OpportunityState }) {
  const { t } = useTranslation();
  return (
    <Tag color={OPPORTUNITY_STATE_COLORS[state]} className="status-tag">
      {opportunityStateLabel(t, state)}
    </Tag>
  );
}

export function InterestStateTag({ state }: { state: InterestState }) {
  const { t } = useTranslation();
  return (
    <Tag color={INTEREST_STATE_COLORS[state]} className="status-tag">
      {interestStateLabel(t, state)}
    </Tag>
  );
}

export function AreaTags({ areas }: { areas: readonly string[] }) {
  const areaLabel = useAreaLabel();
  return (
    <ul className="tag-list">
      {areas.map((code) => (
        <li key={code}>
          <Tag>{areaLabel(code)}</Tag>
        </li>
      ))}
    </ul>
  );
}

/** An amount or a range, in the reader's number format; the API keeps minor units. */
export function useAmountText(): (amount: Opportunity['amount']) => string | null {
  const { t } = useTranslation();
  const format = useFormat();
  return (amount) => {
    if (!amount) return null;
    const { min, max, currency } = amount;
    const money = (value: number) => format.money(value, currency);
    if (min !== undefined && max !== undefined) {
      return min === max ? money(min) : t('exchange.amount.range', { min: money(min), max: money(max) });
    }
    if (min !== undefined) return t('exchange.amount.from', { min: money(min) });
    if (max !== undefined) return t('exchange.amount.upTo', { max: money(max) });
    return null;
  };
}
