import type { OperatorJurisdiction } from '@innobridge/contracts';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../shared/format.js';

type Message = 'dashboard.deadline' | 'dashboard.nextDeadline' | 'dashboard.operator.soonestDeadline';

/**
 * A review deadline on the dashboard, told as every deadline of the platform is (`format.deadline`):
 * whose working day it ends, the time there and, when the reader's clock differs, the reader's time;
 * the full zone name and UTC in the tooltip.
 */
export function DeadlineLine({
  message,
  at,
  jurisdiction,
}: {
  message: Message;
  at: string;
  jurisdiction: OperatorJurisdiction;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <time className="dashboard-deadline" dateTime={at} title={format.instantDetail(at)}>
      {t(message, { deadline: format.deadline(at, jurisdiction) })}
    </time>
  );
}
