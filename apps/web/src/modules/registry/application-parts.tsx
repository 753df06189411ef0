import type { ApplicationState, OrganizationStatus, StatusApplication } from '@innobridge/contracts';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../shared/format.js';
import { STATUS_COLORS, statusLabel } from '../organizations/index.js';
import { applicationStateLabel, CLOCK_RUNNING, STATE_COLORS } from './registry-labels.js';
import './registry.css';

export function StateTag({ state }: { state: ApplicationState }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATE_COLORS[state]} className="status-tag">
      {applicationStateLabel(t, state)}
    </Tag>
  );
}

export function StatusTag({ status, large = false }: { status: OrganizationStatus; large?: boolean }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLORS[status]} className={large ? 'status-tag status-tag-large' : 'status-tag'}>
      {statusLabel(t, status)}
    </Tag>
  );
}

export function OverdueTag() {
  const { t } = useTranslation();
  return (
    <Tag color="error" className="inline-tag">
      {t('registry.overdue')}
    </Tag>
  );
}

type DeadlineFields = Pick<
  StatusApplication,
  'state' | 'deadlineAt' | 'overdue' | 'slaPausedDaysLeft' | 'reviewerJurisdiction'
>;

/**
 * The review deadline: the day, whose working days it counts (the reviewing jurisdiction's) and the
 * time there, and the reader's own time when their clock differs; compact in a table, with the full
 * text in the tooltip. While the applicant is asked for information, the paused clock instead.
 */
export function DeadlineView({ application, compact = false }: { application: DeadlineFields; compact?: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const calendar = t(`registry.calendar.${application.reviewerJurisdiction}`);

  if (application.state === 'info_requested' && application.slaPausedDaysLeft !== null) {
    return (
      <span>
        <Tag color="warning" className="status-tag">
          {t('registry.clockPaused')}
        </Tag>
        {t('registry.daysLeft', { days: format.number(application.slaPausedDaysLeft) })}
        {!compact && <span className="muted deadline-calendar">{calendar}</span>}
      </span>
    );
  }
  if (!application.deadlineAt) return <span className="muted">—</span>;
  const running = CLOCK_RUNNING.includes(application.state);
  const full = format.deadline(application.deadlineAt, application.reviewerJurisdiction);
  return (
    <span>
      <time
        dateTime={application.deadlineAt}
        title={compact ? full : format.instantDetail(application.deadlineAt)}
        className={running && application.overdue ? 'overdue-text deadline' : 'deadline'}
      >
        {compact ? format.deadlineShort(application.deadlineAt, application.reviewerJurisdiction) : full}
      </time>
      {running && application.overdue && <OverdueTag />}
      {!compact && <span className="muted deadline-calendar">{calendar}</span>}
    </span>
  );
}
