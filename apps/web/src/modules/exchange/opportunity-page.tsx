import { type Opportunity, pickLocalized } from '@innobridge/contracts';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { isStaff, useMe } from '../../app/auth.js';
import { LocalizedTextView } from '../../shared/localized-text.js';
import { Page, Section } from '../../shared/page.js';
import { QueryPage } from '../../shared/query-page.js';
import { TranslateAction } from '../../shared/translate-action.js';
import { OpportunityMatches } from '../matching/index.js';
import { exchangeApi, exchangeKeys } from './exchange.api.js';
import { canModerate, isOwnedBy } from './exchange-labels.js';
import { ModerationActions, OwnerActions } from './opportunity-actions.js';
import { OpportunityFacts, OpportunityTextTabs, useTextLanguage } from './opportunity-details.js';
import { OpportunityInterests } from './opportunity-interests.js';
import { OpportunityStateTag, TypeTag } from './opportunity-parts.js';

function OpportunityView({ opportunity }: { opportunity: Opportunity }) {
  const { t } = useTranslation();
  const { me } = useMe();
  const { lang, setLang, languages } = useTextLanguage(opportunity);
  const owned = isOwnedBy(me, opportunity);
  // The state matters to those who manage or moderate it; the public sees published ones only.
  const showState = owned || isStaff(me);
  const titleLanguage = pickLocalized(opportunity.title, lang)?.lang;

  return (
    <Page
      title={<LocalizedTextView text={opportunity.title} lang={lang} />}
      documentTitle={pickLocalized(opportunity.title, lang)?.text}
      width="wide"
      actions={
        <Link to="/exchange" className="button-link button-link-secondary">
          {t('exchange.opportunity.toExchange')}
        </Link>
      }
    >
      <p className="status-line">
        <TypeTag type={opportunity.type} />
        {showState && <OpportunityStateTag state={opportunity.state} />}
        <Link to="/organizations/$organizationId" params={{ organizationId: opportunity.organizationId }}>
          <LocalizedTextView text={opportunity.organizationName} />
        </Link>
      </p>
      {titleLanguage && (
        <TranslateAction
          source={{ kind: 'opportunity', opportunityId: opportunity.id, field: 'title', language: titleLanguage }}
          language={titleLanguage}
          writtenBy={opportunity.organizationId}
        />
      )}
      {owned && <OwnerActions opportunity={opportunity} />}
      {canModerate(me, opportunity.organizationJurisdiction) && <ModerationActions opportunity={opportunity} />}
      <Section title={t('exchange.opportunity.about')}>
        <OpportunityTextTabs opportunity={opportunity} lang={lang} languages={languages} onChange={setLang} level={3} />
        <OpportunityFacts opportunity={opportunity} />
      </Section>
      <OpportunityInterests opportunity={opportunity} />
      <OpportunityMatches opportunity={opportunity} />
    </Page>
  );
}

export function OpportunityPage() {
  const { t } = useTranslation();
  const { opportunityId } = useParams({ from: '/opportunities/$opportunityId' });
  const opportunity = useQuery({
    queryKey: exchangeKeys.opportunity(opportunityId),
    queryFn: () => exchangeApi.opportunity(opportunityId),
  });
  return (
    <QueryPage query={opportunity} errorTitle={t('exchange.opportunity.notAvailable')}>
      {(data) => <OpportunityView opportunity={data} />}
    </QueryPage>
  );
}
