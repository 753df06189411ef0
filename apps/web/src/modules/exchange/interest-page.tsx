import { pickLocalized } from '@innobridge/contracts';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../app/use-interface-locale.js';
import { Page } from '../../shared/page.js';
import { QueryPage } from '../../shared/query-page.js';
import { type ExpressionOfInterest, exchangeApi, exchangeKeys } from './exchange.api.js';
import { useInterestSide } from './interest-actions.js';
import { InterestCard } from './interest-card.js';

function InterestView({ interest }: { interest: ExpressionOfInterest }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const side = useInterestSide(interest);
  // The organisation whose inbox or outbox this interest sits in, for the way back.
  const ownOrganizationId = side === 'sent' ? interest.from.id : interest.to.id;
  const from = pickLocalized(interest.from.name, locale)?.text ?? '';
  return (
    <Page
      title={t('exchange.interests.pageTitle', { name: from })}
      actions={
        side && (
          <Link
            to="/organizations/$organizationId/interests"
            params={{ organizationId: ownOrganizationId }}
            search={{ box: side }}
            className="button-link button-link-secondary"
          >
            {t('exchange.interests.backToList')}
          </Link>
        )
      }
    >
      {interest.state === 'pending' && <p className="section-intro">{t('exchange.interests.contactsHidden')}</p>}
      <InterestCard interest={interest} level={2} />
    </Page>
  );
}

export function InterestPage() {
  const { t } = useTranslation();
  const { interestId } = useParams({ from: '/_signedIn/interests/$interestId' });
  const interest = useQuery({
    queryKey: exchangeKeys.interest(interestId),
    queryFn: () => exchangeApi.interest(interestId),
  });
  return (
    <QueryPage query={interest} errorTitle={t('exchange.interests.notAvailable')}>
      {(data) => <InterestView interest={data} />}
    </QueryPage>
  );
}
