import { type Opportunity, pickLocalized } from '@innobridge/contracts';
import { useQuery } from '@tanstack/react-query';
import { Link, useLocation } from '@tanstack/react-router';
import { Card, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { membershipOf, useMe } from '../../app/auth.js';
import { useLocale } from '../../app/use-interface-locale.js';
import { LocalizedTextView } from '../../shared/localized-text.js';
import { Section } from '../../shared/page.js';
import { ProblemAlert } from '../../shared/problem.js';
import { AreaTags } from '../exchange/index.js';
import { organizationsApi, publishedOpportunitiesKey } from './organizations.api.js';

/**
 * How a reader reaches the organisation through the platform, never by a personal address: a member of
 * another organisation expresses interest on the opportunity's page (its reply opens a conversation);
 * a visitor is asked to sign in first.
 */
function ContactAction({ opportunity }: { opportunity: Opportunity }) {
  const { t } = useTranslation(['organizations', 'exchange']);
  const { me } = useMe();
  const locale = useLocale();
  const location = useLocation();
  if (membershipOf(me, opportunity.organizationId)) return null;
  if (!me) {
    return (
      <Link to="/sign-in" search={{ redirect: location.href }} className="button-link button-link-secondary">
        {t('organization.publicOpportunities.signIn')}
      </Link>
    );
  }
  return (
    <Link
      to="/opportunities/$opportunityId"
      params={{ opportunityId: opportunity.id }}
      className="button-link"
      aria-label={t('organization.publicOpportunities.expressInterestOn', {
        title: pickLocalized(opportunity.title, locale)?.text ?? '',
      })}
    >
      {t('organization.publicOpportunities.expressInterest')}
    </Link>
  );
}

/** The organisation's published opportunities on its public card, each with a way to answer it. */
export function PublishedOpportunities({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation(['organizations', 'exchange']);
  const { me } = useMe();
  const opportunities = useQuery({
    queryKey: publishedOpportunitiesKey(organizationId),
    queryFn: () => organizationsApi.publishedOpportunities(organizationId),
    select: (data) => data.items,
  });
  return (
    <Section title={t('organization.publicOpportunities.title')}>
      <ProblemAlert error={opportunities.error} />
      {opportunities.data?.length === 0 && <p className="muted">{t('organization.publicOpportunities.empty')}</p>}
      {!me && !!opportunities.data?.length && (
        <p className="muted">{t('organization.publicOpportunities.signInHint')}</p>
      )}
      <div className="card-stack">
        {opportunities.data?.map((opportunity) => (
          <Card key={opportunity.id} size="small" className="opportunity-card">
            <h3 className="opportunity-card-title">
              <Link to="/opportunities/$opportunityId" params={{ opportunityId: opportunity.id }}>
                <LocalizedTextView text={opportunity.title} />
              </Link>
            </h3>
            <p>
              <Tag>{t(`exchange:exchange.type.${opportunity.type}`)}</Tag>
            </p>
            <p>
              <LocalizedTextView text={opportunity.summary} empty="" />
            </p>
            {opportunity.areas.length > 0 && <AreaTags areas={opportunity.areas} />}
            <ContactAction opportunity={opportunity} />
          </Card>
        ))}
      </div>
    </Section>
  );
}
