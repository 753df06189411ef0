import {
  OPERATOR_JURISDICTIONS,
  type OperatorJurisdiction,
  type Organization,
  pickLocalized,
  type StatusApplication,
} from '@innobridge/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from '@tanstack/react-router';
import { Alert, Button, Form, Radio, Result, Spin, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  actsForJurisdiction,
  canSeeMembers,
  isOperator,
  isPlatformAdmin,
  isStaff,
  membershipOf,
  useMe,
} from '../../app/auth.js';
import { useLocale } from '../../app/use-interface-locale.js';
import { useFormat } from '../../shared/format.js';
import { Instant } from '../../shared/instant.js';
import { LocalizedTextView } from '../../shared/localized-text.js';
import { Page, Section } from '../../shared/page.js';
import { ProblemAlert } from '../../shared/problem.js';
import { TranslateAction } from '../../shared/translate-action.js';
import { statusLabel, useOrganization, usePlaceName } from '../organizations/index.js';
import { DeadlineView, StateTag, StatusTag } from './application-parts.js';
import { CasePanel } from './case-panel.js';
import { type HistoryEntry, type OrganizationRegistry, registryApi, registryKeys } from './registry.api.js';
import { documentKindLabel, errorMessage, isOpen, reviewerLabel } from './registry-labels.js';
import { StatusActions } from './status-actions.js';
import './registry.css';

function CurrentStatus({ registry }: { registry: OrganizationRegistry }) {
  const { t } = useTranslation();
  const format = useFormat();
  const open = registry.applications.find(isOpen);
  return (
    <Section title={t('orgRegistry.currentStatus')}>
      <p className="status-line">
        <StatusTag status={registry.status} large />
        {registry.statusSince && (
          <span>{t('organization.statusSince', { date: format.date(registry.statusSince) })}</span>
        )}
      </p>
      <p className="section-intro">{t(`orgRegistry.statusMeaning.${registry.status}`)}</p>
      {open && (
        <p>
          {t('orgRegistry.openApplication')} <StateTag state={open.state} />
          <Link to="/applications/$applicationId" params={{ applicationId: open.id }}>
            {t('orgRegistry.openIt')}
          </Link>
        </p>
      )}
    </Section>
  );
}

type StartValues = { reviewerJurisdiction?: OperatorJurisdiction };

/** Which status the organisation may apply for and why, or why not; its administrators start here. */
function Eligibility({ organization, registry }: { organization: Organization; registry: OrganizationRegistry }) {
  const { t } = useTranslation(['app', 'errors']);
  const format = useFormat();
  const { me } = useMe();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<StartValues>();
  const { eligibility } = registry;
  const city = usePlaceName()(organization.place, organization.city);
  const isOrgAdmin = membershipOf(me, organization.id)?.role === 'admin';
  const chooseReviewer = organization.jurisdiction === 'OTHER';
  const start = useMutation({
    mutationFn: (values: StartValues) => registryApi.createApplication(organization.id, values.reviewerJurisdiction),
    onSuccess: async (application) => {
      queryClient.setQueryData(registryKeys.application(application.id), application);
      await queryClient.invalidateQueries({ queryKey: registryKeys.organization(organization.id) });
      await navigate({ to: '/applications/$applicationId', params: { applicationId: application.id } });
    },
  });

  if (!eligibility.canApply) {
    const open = registry.applications.find(isOpen);
    const reason =
      (eligibility.reason &&
        errorMessage(t, eligibility.reason, {
          status: statusLabel(t, registry.status),
          date: format.date(eligibility.reapplyAfter),
        })) ||
      t('orgRegistry.cannotApply');
    return (
      <Section title={t('orgRegistry.applyTitle')}>
        <Alert
          type={eligibility.reason === 'reapply_waiting' ? 'warning' : 'info'}
          showIcon
          title={reason}
          description={
            // The waiting-period message already names the date; other reasons do not.
            eligibility.reapplyAfter && eligibility.reason !== 'reapply_waiting' ? (
              t('orgRegistry.reapplyAfter', { date: format.date(eligibility.reapplyAfter) })
            ) : open ? (
              <Link to="/applications/$applicationId" params={{ applicationId: open.id }}>
                {t('orgRegistry.openIt')}
              </Link>
            ) : undefined
          }
        />
      </Section>
    );
  }

  const status = eligibility.status ?? 'partner';
  const why =
    status === 'participant'
      ? t(`orgRegistry.why.participant.${organization.jurisdiction === 'CN' ? 'CN' : 'RU'}`, {
          city,
        })
      : organization.jurisdiction === 'OTHER'
        ? t('orgRegistry.why.partnerAbroad')
        : t(`orgRegistry.why.partner.${organization.jurisdiction}`, { city });

  return (
    <Section title={t('orgRegistry.applyTitle')}>
      <Alert
        type="success"
        showIcon
        className="inline-action"
        title={t('orgRegistry.canApply', { status: statusLabel(t, status) })}
        description={why}
      />
      {eligibility.requiredDocuments.length > 0 && (
        <>
          <p>{t('orgRegistry.documentsNeeded')}</p>
          <ul className="plain-list bulleted">
            {eligibility.requiredDocuments.map((kind) => (
              <li key={kind}>{documentKindLabel(t, kind)}</li>
            ))}
          </ul>
        </>
      )}
      {!chooseReviewer && eligibility.reviewerJurisdictions[0] && (
        <p className="muted">
          {t('orgRegistry.reviewedBy', { reviewer: reviewerLabel(t, eligibility.reviewerJurisdictions[0]) })}
        </p>
      )}
      {isOrgAdmin ? (
        <>
          <ProblemAlert error={start.error} />
          <Form form={form} name="start-application" layout="vertical" onFinish={(values) => start.mutate(values)}>
            {chooseReviewer && (
              <Form.Item
                name="reviewerJurisdiction"
                label={t('orgRegistry.chooseReviewer')}
                extra={t('orgRegistry.chooseReviewerHint')}
                rules={[{ required: true, message: t('errors:reviewer_required') }]}
              >
                <Radio.Group
                  options={OPERATOR_JURISDICTIONS.filter((j) => eligibility.reviewerJurisdictions.includes(j)).map(
                    (j) => ({ value: j, label: reviewerLabel(t, j) }),
                  )}
                />
              </Form.Item>
            )}
            <Button type="primary" htmlType="submit" loading={start.isPending}>
              {t('orgRegistry.start')}
            </Button>
          </Form>
        </>
      ) : (
        membershipOf(me, organization.id) && <p className="muted">{t('orgRegistry.adminsApply')}</p>
      )}
    </Section>
  );
}

function Applications({ applications }: { applications: StatusApplication[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (applications.length === 0) return null;
  return (
    <Section title={t('orgRegistry.applications')}>
      <Table<StatusApplication>
        rowKey="id"
        size="small"
        dataSource={applications}
        pagination={false}
        scroll={{ x: true }}
        columns={[
          {
            title: t('orgRegistry.application'),
            key: 'link',
            render: (_, application) => (
              <Link to="/applications/$applicationId" params={{ applicationId: application.id }}>
                {t('orgRegistry.applicationOf', { date: format.date(application.createdAt) })}
              </Link>
            ),
          },
          {
            title: t('application.requestedStatus'),
            key: 'status',
            render: (_, application) => <StatusTag status={application.requestedStatus} />,
          },
          {
            title: t('application.state'),
            key: 'state',
            render: (_, application) => <StateTag state={application.state} />,
          },
          {
            title: t('application.reviewer'),
            key: 'reviewer',
            render: (_, application) => reviewerLabel(t, application.reviewerJurisdiction),
          },
          { title: t('application.submittedAt'), dataIndex: 'submittedAt', render: format.date },
          {
            title: t('application.deadline'),
            key: 'deadline',
            render: (_, application) => <DeadlineView application={application} compact />,
          },
          { title: t('application.decidedAt'), dataIndex: 'decidedAt', render: format.date },
        ]}
      />
    </Section>
  );
}

function History({ history, organizationId }: { history: HistoryEntry[]; organizationId: string }) {
  const { t } = useTranslation();
  const { me } = useMe();
  return (
    <Section title={t('orgRegistry.history')}>
      <Table<HistoryEntry>
        rowKey="id"
        size="small"
        dataSource={history}
        pagination={false}
        scroll={{ x: true }}
        locale={{ emptyText: t('orgRegistry.noHistory') }}
        columns={[
          {
            title: t('orgRegistry.when'),
            dataIndex: 'at',
            render: (at: string) => <Instant at={at} />,
          },
          {
            title: t('orgRegistry.change'),
            key: 'change',
            render: (_, entry) => (
              <span className="status-change">
                <StatusTag status={entry.fromStatus} />
                <span aria-hidden="true">→</span>
                <span className="visually-hidden">{t('orgRegistry.changedTo')}</span>
                <StatusTag status={entry.toStatus} />
              </span>
            ),
          },
          {
            title: t('orgRegistry.reason'),
            key: 'reason',
            render: (_, entry) =>
              entry.reason ? (
                <>
                  <span className="multiline">{entry.reason}</span>
                  {!isStaff(me) && (
                    <TranslateAction source={{ kind: 'status_reason', organizationId, entryId: entry.id }} />
                  )}
                </>
              ) : entry.cause ? (
                t(`orgRegistry.cause.${entry.cause}`)
              ) : (
                '—'
              ),
          },
          {
            title: t('orgRegistry.by'),
            dataIndex: 'actorName',
            render: (name: string | null) => name ?? <span className="muted">{t('orgRegistry.system')}</span>,
          },
          {
            title: <span className="visually-hidden">{t('orgRegistry.application')}</span>,
            key: 'application',
            render: (_, entry) =>
              entry.applicationId && (
                <Link to="/applications/$applicationId" params={{ applicationId: entry.applicationId }}>
                  {t('orgRegistry.toApplication')}
                </Link>
              ),
          },
        ]}
      />
    </Section>
  );
}

/** Operators of the organisation's jurisdiction (for a third country: of its latest application) and admins. */
function operatesOn(
  me: ReturnType<typeof useMe>['me'],
  organization: Organization,
  registry: OrganizationRegistry,
): boolean {
  if (isPlatformAdmin(me)) return true;
  const responsible =
    organization.jurisdiction === 'OTHER'
      ? (registry.applications[0]?.reviewerJurisdiction ?? null)
      : organization.jurisdiction;
  return responsible ? actsForJurisdiction(me, responsible) : isOperator(me);
}

export function OrganizationRegistryPage() {
  const { t } = useTranslation(['app', 'errors']);
  const locale = useLocale();
  const { me } = useMe();
  const { organizationId } = useParams({ from: '/_signedIn/organizations/$organizationId/registry' });
  const organization = useOrganization(organizationId);
  const registry = useQuery({
    queryKey: registryKeys.organization(organizationId),
    queryFn: () => registryApi.organizationRegistry(organizationId),
  });
  const name = pickLocalized(organization.data?.name, locale)?.text;
  const title = t('orgRegistry.titleGeneric');
  const documentTitle = name ? t('orgRegistry.title', { name }) : title;
  const back = (
    <Link to="/organizations/$organizationId" params={{ organizationId }}>
      {t('members.backToCard')}
    </Link>
  );

  if (!canSeeMembers(me, organizationId)) {
    return (
      <Page title={t('orgRegistry.titleGeneric')}>
        <Result status="403" subTitle={t('errors:organization_forbidden')} />
      </Page>
    );
  }
  if (organization.isPending || registry.isPending) return <Spin className="page-spinner" />;
  if (organization.isError || registry.isError) {
    return (
      <Page title={title} documentTitle={documentTitle} actions={back}>
        <ProblemAlert error={organization.error ?? registry.error} />
      </Page>
    );
  }
  const operates = operatesOn(me, organization.data, registry.data);
  return (
    <Page title={title} documentTitle={documentTitle} actions={back} width="wide">
      <p className="page-subtitle">
        <Link to="/organizations/$organizationId" params={{ organizationId }}>
          <LocalizedTextView text={organization.data.name} />
        </Link>
      </p>
      <CurrentStatus registry={registry.data} />
      <Eligibility organization={organization.data} registry={registry.data} />
      <Applications applications={registry.data.applications} />
      <History history={registry.data.history} organizationId={organizationId} />
      {operates && <StatusActions organizationId={organizationId} status={registry.data.status} />}
      {operates && <CasePanel organization={organization.data} registry={registry.data} />}
    </Page>
  );
}
