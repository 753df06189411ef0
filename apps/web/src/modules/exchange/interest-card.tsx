import type { ExpressionOfInterest, LocalizedText } from '@innobridge/contracts';
import { Link } from '@tanstack/react-router';
import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../shared/format.js';
import { Instant } from '../../shared/instant.js';
import { LocalizedTextView } from '../../shared/localized-text.js';
import { TranslateAction } from '../../shared/translate-action.js';
import type { ContactView } from './exchange.api.js';
import { declineReasonLabel, outcomeLabel } from './exchange-labels.js';
import { InterestActions } from './interest-actions.js';
import { InterestStateTag, TypeTag } from './opportunity-parts.js';
import './exchange.css';

type Side = { id: string; name: LocalizedText };

/** The people of each organisation, shown only once an interest is accepted. */
export function ContactList({ contacts, sides }: { contacts: ContactView[]; sides: Side[] }) {
  return (
    <div className="contact-sides">
      {sides.map((side) => (
        <div key={side.id} className="contact-side">
          <p className="contact-organization">
            <LocalizedTextView text={side.name} />
          </p>
          <ul className="plain-list">
            {contacts
              .filter((contact) => contact.organizationId === side.id)
              .map((contact) => (
                <li key={`${contact.organizationId}:${contact.email}`}>
                  {contact.displayName} · <a href={`mailto:${contact.email}`}>{contact.email}</a>
                </li>
              ))}
          </ul>
        </div>
      ))}
    </div>
  );
}

type InterestCardProps = {
  interest: ExpressionOfInterest;
  /** The level of the card's heading in the page's outline. */
  level: 2 | 3;
  /** A link to the interest's own page, where the card is part of a list. */
  withDetailsLink?: boolean;
};

/** An expression of interest: who, on what, the message, where it stands and what can be done. */
export function InterestCard({ interest, level, withDetailsLink = false }: InterestCardProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <Card className="interest-card">
      <Heading className="interest-title">
        <Link to="/opportunities/$opportunityId" params={{ opportunityId: interest.opportunity.id }}>
          <LocalizedTextView text={interest.opportunity.title} />
        </Link>
      </Heading>
      <p className="status-line">
        <TypeTag type={interest.opportunity.type} />
        <InterestStateTag state={interest.state} />
        <Instant at={interest.createdAt} className="muted" />
      </p>
      <dl className="interest-facts">
        <dt>{t('exchange.interests.from')}</dt>
        <dd>
          <Link to="/organizations/$organizationId" params={{ organizationId: interest.from.id }}>
            <LocalizedTextView text={interest.from.name} />
          </Link>
        </dd>
        <dt>{t('exchange.interests.to')}</dt>
        <dd>
          <Link to="/organizations/$organizationId" params={{ organizationId: interest.to.id }}>
            <LocalizedTextView text={interest.to.name} />
          </Link>
        </dd>
        {interest.declineReason && (
          <>
            <dt>{t('exchange.interests.reason')}</dt>
            <dd>
              {declineReasonLabel(t, interest.declineReason)}
              {interest.declineText && <p className="multiline muted">{interest.declineText}</p>}
              {interest.declineText && (
                <TranslateAction
                  source={{ kind: 'interest', interestId: interest.id, field: 'declineText' }}
                  writtenBy={interest.to.id}
                />
              )}
            </dd>
          </>
        )}
        {interest.outcome && (
          <>
            <dt>{t('exchange.interests.outcome')}</dt>
            <dd>
              {t('exchange.interests.outcomeOn', {
                outcome: outcomeLabel(t, interest.outcome),
                date: format.date(interest.outcomeRecordedAt),
              })}
            </dd>
          </>
        )}
      </dl>
      <blockquote className="interest-message multiline">{interest.message}</blockquote>
      <TranslateAction
        source={{ kind: 'interest', interestId: interest.id, field: 'message' }}
        writtenBy={interest.from.id}
      />
      {interest.contacts && <ContactList contacts={interest.contacts} sides={[interest.from, interest.to]} />}
      <InterestActions interest={interest} />
      {withDetailsLink && (
        <p className="interest-details-link">
          <Link to="/interests/$interestId" params={{ interestId: interest.id }}>
            {t('exchange.interests.details')}
          </Link>
        </p>
      )}
    </Card>
  );
}
