import { Link } from '@tanstack/react-router';
import { List, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../shared/format.js';
import { LocalizedTextView } from '../../shared/localized-text.js';
import { Section } from '../../shared/page.js';
import type { DashboardView } from './dashboard.api.js';
import { DeadlineLine } from './deadline-line.js';
import './dashboard.css';

type Organization = DashboardView['organizations'][number];

function ApplicationLine({ organization }: { organization: Organization }) {
  const { t } = useTranslation();
  const application = organization.application;
  if (!application) return null;
  return (
    <div className="dashboard-application">
      <Link to="/applications/$applicationId" params={{ applicationId: application.id }}>
        {t(`dashboard.applicationState.${application.state}`)}
      </Link>
      {application.deadlineAt && (
        <div className="muted">
          <DeadlineLine
            message="dashboard.deadline"
            at={application.deadlineAt}
            jurisdiction={application.jurisdiction}
          />
        </div>
      )}
      {application.pausedWorkingDaysLeft !== null && (
        <div className="muted">{t('dashboard.paused', { n: application.pausedWorkingDaysLeft })}</div>
      )}
    </div>
  );
}

/** The reader's organisations with their status and open application; what to do when there is none. */
export function OrganizationsSection({ dashboard }: { dashboard: DashboardView }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { organizations, nextDeadline } = dashboard;
  return (
    <Section title={t('dashboard.organizationsTitle')}>
      {nextDeadline && (
        <p className="dashboard-next-deadline">
          <Link to="/applications/$applicationId" params={{ applicationId: nextDeadline.applicationId }}>
            <DeadlineLine
              message="dashboard.nextDeadline"
              at={nextDeadline.deadlineAt}
              jurisdiction={nextDeadline.jurisdiction}
            />
          </Link>
        </p>
      )}
      {organizations.length === 0 ? (
        <div className="dashboard-empty">
          <p>{t('dashboard.noOrganizations')}</p>
          <Link to="/organizations/new" className="button-link">
            {t('dashboard.createOrganization')}
          </Link>
        </div>
      ) : (
        <List
          dataSource={organizations}
          rowKey="id"
          renderItem={(organization) => (
            <List.Item
              actions={[
                <Link
                  key="registry"
                  to="/organizations/$organizationId/registry"
                  params={{ organizationId: organization.id }}
                >
                  {t('dashboard.registryLink')}
                </Link>,
              ]}
            >
              <List.Item.Meta
                title={
                  <Link to="/organizations/$organizationId" params={{ organizationId: organization.id }}>
                    <LocalizedTextView text={organization.name} />
                  </Link>
                }
                description={<ApplicationLine organization={organization} />}
              />
              <Tag>{t(`organizationStatus.${organization.status}`)}</Tag>
              {organization.statusSince && organization.status !== 'none' && (
                <span className="muted">
                  {t('dashboard.statusSince', { date: format.date(organization.statusSince) })}
                </span>
              )}
            </List.Item>
          )}
        />
      )}
    </Section>
  );
}
