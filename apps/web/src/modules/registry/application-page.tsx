import { pickLocalized, type StatusApplication } from '@innobridge/contracts';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { Descriptions, type DescriptionsProps, Steps, type StepsProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { actsForJurisdiction, membershipOf, useMe } from '../../app/auth.js';
import { useLocale } from '../../app/use-interface-locale.js';
import { useFormat } from '../../shared/format.js';
import { LocalizedTextView } from '../../shared/localized-text.js';
import { Page } from '../../shared/page.js';
import { QueryPage } from '../../shared/query-page.js';
import { jurisdictionLabel, organizationTypeLabel, statusLabel, usePlaceName } from '../organizations/index.js';
import { ApplicantActions, OperatorActions } from './application-actions.js';
import { DocumentsSection } from './application-documents.js';
import { DeadlineView, StateTag, StatusTag } from './application-parts.js';
import { MessageThread } from './application-thread.js';
import { registryApi, registryKeys } from './registry.api.js';
import { applicationStateLabel, criterionLabel, reviewerLabel } from './registry-labels.js';
import './registry.css';

const STEP_OF_STATE: Record<StatusApplication['state'], number> = {
  draft: 0,
  submitted: 1,
  in_review: 2,
  info_requested: 3,
  approved: 4,
  rejected: 4,
  withdrawn: 4,
};

/**
 * Which of the four steps before the decision took place: a step is ticked only if it happened (no
 * request for information, no tick; a withdrawal before review, no review).
 */
function stepsTaken(application: StatusApplication): boolean[] {
  const reviewed =
    ['in_review', 'info_requested', 'approved', 'rejected'].includes(application.state) ||
    application.assignedOperatorId !== null ||
    application.messages.length > 0;
  return [
    true,
    application.submittedAt !== null,
    reviewed,
    application.messages.some((message) => message.kind === 'info_request'),
  ];
}

/** Where the application stands: draft → submitted → in review → information requested → decision. */
function ApplicationStepper({ application }: { application: StatusApplication }) {
  const { t } = useTranslation();
  const { state } = application;
  const current = STEP_OF_STATE[state];
  const currentStatus: StepsProps['status'] =
    state === 'approved' ? 'finish' : state === 'rejected' || state === 'withdrawn' ? 'error' : 'process';
  const last = state === 'approved' || state === 'rejected' || state === 'withdrawn' ? state : 'decision';
  const taken = stepsTaken(application);
  const statusOf = (step: number): StepsProps['status'] =>
    step === current ? currentStatus : step < current && taken[step] ? 'finish' : 'wait';
  const items: StepsProps['items'] = [
    { title: t('registry.step.draft'), status: statusOf(0) },
    { title: t('registry.step.submitted'), status: statusOf(1) },
    { title: t('registry.step.in_review'), status: statusOf(2) },
    { title: t('registry.step.info_requested'), content: t('registry.step.ifNeeded'), status: statusOf(3) },
    { title: t(`registry.step.${last}`), status: statusOf(4) },
  ];
  return (
    <div className="application-steps">
      <p className="visually-hidden">
        {t('application.currentStage', { state: applicationStateLabel(t, application.state) })}
      </p>
      <Steps current={current} items={items} size="small" responsive />
    </div>
  );
}

function useApplicationFacts(application: StatusApplication): DescriptionsProps['items'] {
  const { t } = useTranslation();
  const format = useFormat();
  const placeName = usePlaceName();
  const decided = application.state === 'approved' || application.state === 'rejected';
  const items: NonNullable<DescriptionsProps['items']> = [
    {
      key: 'organization',
      label: t('application.organization'),
      children: (
        <>
          <Link to="/organizations/$organizationId" params={{ organizationId: application.organizationId }}>
            <LocalizedTextView text={application.organizationName} />
          </Link>
          <div className="muted">
            {t('application.organizationFacts', {
              type: organizationTypeLabel(t, application.organizationType),
              jurisdiction: jurisdictionLabel(t, application.organizationJurisdiction),
              city: placeName(application.organizationPlace, application.organizationCity),
            })}
          </div>
        </>
      ),
    },
    {
      key: 'requestedStatus',
      label: t('application.requestedStatus'),
      children: <StatusTag status={application.requestedStatus} />,
    },
    { key: 'state', label: t('application.state'), children: <StateTag state={application.state} /> },
    { key: 'reviewer', label: t('application.reviewer'), children: reviewerLabel(t, application.reviewerJurisdiction) },
    { key: 'created', label: t('application.createdAt'), children: format.instant(application.createdAt) },
    { key: 'submitted', label: t('application.submittedAt'), children: format.instant(application.submittedAt) },
    { key: 'deadline', label: t('application.deadline'), children: <DeadlineView application={application} /> },
    {
      key: 'operator',
      label: t('application.assignedOperator'),
      children: application.assignedOperatorName ?? <span className="muted">{t('application.notAssigned')}</span>,
    },
  ];
  if (decided) {
    items.push(
      { key: 'decidedAt', label: t('application.decidedAt'), children: format.instant(application.decidedAt) },
      {
        key: 'reason',
        label: t('application.decisionReason'),
        span: 'filled',
        children: <p className="multiline">{application.decisionReason ?? '—'}</p>,
      },
    );
  }
  if (application.state === 'approved' && application.checklist.length > 0) {
    items.push({
      key: 'checklist',
      label: t('application.verifiedCriteria'),
      span: 'filled',
      children: (
        <ul className="plain-list">
          {application.checklist.map((criterion) => (
            <li key={criterion}>{criterionLabel(t, criterion)}</li>
          ))}
        </ul>
      ),
    });
  }
  return items;
}

function ApplicationView({ application }: { application: StatusApplication }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { me } = useMe();
  const facts = useApplicationFacts(application);
  const isApplicantAdmin = membershipOf(me, application.organizationId)?.role === 'admin';
  const isReviewer = actsForJurisdiction(me, application.reviewerJurisdiction);
  const organizationName = pickLocalized(application.organizationName, locale)?.text ?? '';
  const title = t('application.title', { status: statusLabel(t, application.requestedStatus) });

  return (
    <Page
      title={title}
      documentTitle={t('application.documentTitle', {
        status: statusLabel(t, application.requestedStatus),
        name: organizationName,
      })}
      width="wide"
      actions={
        <Link
          to="/organizations/$organizationId/registry"
          params={{ organizationId: application.organizationId }}
          className="button-link button-link-secondary"
        >
          {t('application.toClusterStatus')}
        </Link>
      }
    >
      <ApplicationStepper application={application} />
      <Descriptions bordered size="small" column={{ xs: 1, sm: 1, md: 2 }} items={facts} className="facts" />
      {isApplicantAdmin && <ApplicantActions application={application} />}
      {isReviewer && <OperatorActions application={application} />}
      <DocumentsSection application={application} canEdit={isApplicantAdmin} />
      <MessageThread application={application} canAnswer={isApplicantAdmin} />
    </Page>
  );
}

export function ApplicationPage() {
  const { t } = useTranslation();
  const { applicationId } = useParams({ from: '/_signedIn/applications/$applicationId' });
  const application = useQuery({
    queryKey: registryKeys.application(applicationId),
    queryFn: () => registryApi.application(applicationId),
  });
  return (
    <QueryPage query={application} errorTitle={t('application.notAvailable')}>
      {(data) => <ApplicationView application={data} />}
    </QueryPage>
  );
}
