import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../shared/format.js';
import { LocalizedTextView } from '../../shared/localized-text.js';
import { Section } from '../../shared/page.js';
import type { DashboardView } from './dashboard.api.js';
import { DeadlineLine } from './deadline-line.js';
import { WaitingList } from './waiting-list.js';
import './dashboard.css';

/** What waits for the reader as a member of their organisations, each item linking to where it is handled. */
export function WaitingSection({ dashboard }: { dashboard: DashboardView }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { interests, informationRequests, returnedOpportunities, conversations } = dashboard;
  const first = dashboard.organizations[0]?.id;
  const nothing = interests.count + informationRequests.count + returnedOpportunities.count + conversations.count === 0;
  return (
    <Section title={t('dashboard.waitingTitle')}>
      {nothing && dashboard.organizations.length > 0 && (
        <div className="dashboard-empty">
          <p>{t('dashboard.nothingWaits')}</p>
          <div className="action-links">
            <Link to="/opportunities/new" search={{ organizationId: first }} className="button-link">
              {t('dashboard.publishOpportunity')}
            </Link>
            <Link to="/exchange" className="button-link button-link-secondary">
              {t('dashboard.browseExchange')}
            </Link>
          </div>
        </div>
      )}
      <div className="dashboard-grid">
        <WaitingList
          id="dashboard-interests"
          title={t('dashboard.interests.title')}
          count={interests.count}
          items={interests.items}
          empty={t('dashboard.interests.empty')}
          all={
            interests.items[0] && (
              // Those of the organisation of the oldest: a person of several organisations reads each one's box.
              <Link
                to="/organizations/$organizationId/interests"
                params={{ organizationId: interests.items[0].toOrganizationId }}
                search={{ box: 'received', state: 'pending' }}
              >
                {t('dashboard.showAll')}
              </Link>
            )
          }
          renderItem={(interest) => (
            <div>
              <Link to="/interests/$interestId" params={{ interestId: interest.id }}>
                <LocalizedTextView text={interest.opportunityTitle} />
              </Link>
              <div className="muted">
                <LocalizedTextView text={interest.fromOrganizationName} /> ·{' '}
                {t('dashboard.interests.receivedAt', { date: format.date(interest.createdAt) })}
              </div>
            </div>
          )}
        />
        <WaitingList
          id="dashboard-information-requests"
          title={t('dashboard.informationRequests.title')}
          count={informationRequests.count}
          items={informationRequests.items}
          empty={t('dashboard.informationRequests.empty')}
          renderItem={(request) => (
            <div>
              <Link to="/applications/$applicationId" params={{ applicationId: request.applicationId }}>
                <LocalizedTextView text={request.organizationName} />
              </Link>
              {request.requestedAt && (
                <div className="muted">
                  {t('dashboard.informationRequests.askedAt', { date: format.date(request.requestedAt) })}
                </div>
              )}
            </div>
          )}
        />
        <WaitingList
          id="dashboard-returned"
          title={t('dashboard.returned.title')}
          count={returnedOpportunities.count}
          items={returnedOpportunities.items}
          empty={t('dashboard.returned.empty')}
          renderItem={(opportunity) => (
            <div>
              <Link to="/opportunities/$opportunityId" params={{ opportunityId: opportunity.id }}>
                <LocalizedTextView text={opportunity.title} />
              </Link>
              <div className="muted multiline">{t('dashboard.returned.comment', { comment: opportunity.comment })}</div>
            </div>
          )}
        />
        <WaitingList
          id="dashboard-conversations"
          title={t('dashboard.conversations.title')}
          count={conversations.count}
          items={conversations.items}
          empty={t('dashboard.conversations.empty')}
          all={<Link to="/conversations">{t('dashboard.showAll')}</Link>}
          renderItem={(conversation) => (
            <div>
              <Link to="/conversations/$conversationId" params={{ conversationId: conversation.id }}>
                <LocalizedTextView text={conversation.otherOrganizationName} />
              </Link>
              <div className="muted">{t('dashboard.conversations.unread', { n: conversation.unread })}</div>
            </div>
          )}
        />
      </div>
    </Section>
  );
}

/** An operator's queues: status applications by deadline, opportunities by how long they have waited. */
export function OperatorSection({ operator }: { operator: NonNullable<DashboardView['operator']> }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { applications, moderation } = operator;
  // Whose working days count the soonest deadline: its application's reviewer (the list is soonest first).
  const soonestJurisdiction =
    applications.items.find((a) => a.deadlineAt === applications.oldestDeadlineAt)?.jurisdiction ??
    (operator.jurisdictions.length === 1 ? operator.jurisdictions[0] : undefined);
  return (
    <Section title={t('dashboard.operator.title')}>
      <div className="dashboard-grid">
        <WaitingList
          id="dashboard-queue"
          title={t('dashboard.operator.applications')}
          count={applications.count}
          items={applications.items}
          empty={t('dashboard.operator.applicationsEmpty')}
          all={<Link to="/operator/applications">{t('dashboard.operator.openQueue')}</Link>}
          note={
            applications.oldestDeadlineAt &&
            (soonestJurisdiction ? (
              <DeadlineLine
                message="dashboard.operator.soonestDeadline"
                at={applications.oldestDeadlineAt}
                jurisdiction={soonestJurisdiction}
              />
            ) : (
              t('dashboard.operator.soonestDeadline', { deadline: format.instant(applications.oldestDeadlineAt) })
            ))
          }
          renderItem={(application) => (
            <div>
              <Link to="/applications/$applicationId" params={{ applicationId: application.id }}>
                <LocalizedTextView text={application.organizationName} />
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
            </div>
          )}
        />
        <WaitingList
          id="dashboard-moderation"
          title={t('dashboard.operator.moderation')}
          count={moderation.count}
          items={moderation.items}
          empty={t('dashboard.operator.moderationEmpty')}
          all={<Link to="/moderation/opportunities">{t('dashboard.operator.openModeration')}</Link>}
          note={
            moderation.oldestSubmittedAt &&
            t('dashboard.operator.waitingSince', { date: format.date(moderation.oldestSubmittedAt) })
          }
          renderItem={(opportunity) => (
            <div>
              <Link to="/opportunities/$opportunityId" params={{ opportunityId: opportunity.id }}>
                <LocalizedTextView text={opportunity.title} />
              </Link>
              <div className="muted">
                <LocalizedTextView text={opportunity.organizationName} /> ·{' '}
                {t('dashboard.operator.submittedAt', { date: format.date(opportunity.submittedAt) })}
              </div>
            </div>
          )}
        />
      </div>
    </Section>
  );
}
