import { type COOPERATION_FORMS, type MatchNote, type OpportunityType, pickLocalized } from '@innobridge/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { Button, Tag } from 'antd';
import { type ReactNode, useId, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { useMe } from '../../app/auth.js';
import { LANGUAGE_TAGS } from '../../app/i18n.js';
import { useLocale } from '../../app/use-interface-locale.js';
import { useFormat } from '../../shared/format.js';
import { LocalizedTextView } from '../../shared/localized-text.js';
import { ProblemAlert } from '../../shared/problem.js';
import './matching.css';
import {
  keepFeedback,
  type MatchFeedbackValue,
  type MatchProposal,
  matchingApi,
  type OrganizationProposal,
} from './matching.api.js';
import { noteKey, type Perspective, scoreBand, scriptLanguage } from './matching-labels.js';

type Explanation = MatchProposal['explanation'];

/** The words a side's text used for a concept, each quoted as written there and marked with its language. */
function Words({ words }: { words: string[]; children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <span className="match-words">
      {words.map((word, index) => (
        <span key={word}>
          {index > 0 && t('matching.explanation.wordSeparator')}
          <q lang={LANGUAGE_TAGS[scriptLanguage(word)]} data-user-content>
            {word}
          </q>
        </span>
      ))}
    </span>
  );
}

/** Where the exchange's opportunity page has its expression-of-interest form: the link opens it ready to write. */
const EXPRESS_INTEREST_ANCHOR = 'express-interest';

/** An opportunity's type, in the exchange's words (its messages come with this module's parts). */
export function TypeLabel({ type }: { type: OpportunityType }) {
  const { t } = useTranslation();
  return <Tag className="status-tag">{t(`exchange.type.${type}`)}</Tag>;
}

/** A compatibility note in the reader's language, from its code and parameters. */
function NoteText({ note, perspective }: { note: MatchNote; perspective: Perspective }) {
  const { t } = useTranslation();
  const format = useFormat();
  const forms = (list: readonly (typeof COOPERATION_FORMS)[number][]) =>
    format.list(list.map((form) => t(`exchange.cooperationForm.${form}`)));
  const key = noteKey(note, perspective);
  switch (note.code) {
    case 'pilot_ready':
      return <>{t(key, { trl: note.params.trl, min: note.params.min })}</>;
    case 'forms_shared':
      return <>{t(key, { forms: forms(note.params.forms) })}</>;
    case 'forms_differ':
      return <>{t(key, { a: forms(note.params.a), b: forms(note.params.b) })}</>;
    case 'country_targeted':
    case 'country_not_targeted':
      return <>{t(key, { country: format.country(note.params.country) })}</>;
    case 'deadline_near':
    case 'deadline_passed':
      return <>{t(key, { deadline: format.day(note.params.deadline) })}</>;
  }
}

/** Why the proposal was made: shared areas, the concepts both texts name (with each side's words), notes. */
export function ProposalExplanation({
  explanation,
  perspective,
}: {
  explanation: Explanation;
  perspective: Perspective;
}) {
  const { t } = useTranslation();
  const { areas, concepts, notes } = explanation;
  if (areas.length === 0 && concepts.length === 0 && notes.length === 0) return null;
  return (
    <dl className="proposal-why" aria-label={t('matching.explanation.title')}>
      {concepts.length > 0 && (
        <div className="proposal-why-part">
          <dt>{t('matching.explanation.concepts')}</dt>
          <dd>
            <ul className="proposal-concepts">
              {concepts.map((concept) => (
                <li key={concept.concept} data-concept={concept.concept}>
                  <strong className="proposal-concept">{concept.label}</strong>{' '}
                  <span className="proposal-concept-words">
                    <Trans
                      i18nKey={`matching.explanation.words.${perspective}`}
                      components={{ ours: <Words words={concept.a} />, theirs: <Words words={concept.b} /> }}
                    />
                  </span>
                </li>
              ))}
            </ul>
          </dd>
        </div>
      )}
      {areas.length > 0 && (
        <div className="proposal-why-part">
          <dt>{t('matching.explanation.areas')}</dt>
          <dd>
            <ul className="tag-list">
              {areas.map((area) => (
                <li key={area.code}>
                  <Tag>{area.label}</Tag>
                </li>
              ))}
            </ul>
          </dd>
        </div>
      )}
      {notes.length > 0 && (
        <div className="proposal-why-part">
          <dt>{t('matching.explanation.notes')}</dt>
          <dd>
            <ul className="proposal-notes">
              {notes.map((note) => (
                <li key={`${note.code}:${'side' in note ? note.side : ''}`} data-note={note.code}>
                  <NoteText note={note} perspective={perspective} />
                </li>
              ))}
            </ul>
          </dd>
        </div>
      )}
    </dl>
  );
}

/** Useful / not useful, as two toggle buttons; choosing the pressed one again takes the answer back. */
function FeedbackButtons({ proposal, title }: { proposal: Pick<MatchProposal, 'id' | 'feedback'>; title: string }) {
  const { t } = useTranslation();
  const [value, setValue] = useState<MatchFeedbackValue | null>(proposal.feedback);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const queryClient = useQueryClient();
  const choose = async (choice: MatchFeedbackValue) => {
    const previous = value;
    const next = value === choice ? null : choice;
    setValue(next);
    setSaving(true);
    setError(null);
    setSaved(false);
    try {
      await matchingApi.feedback(proposal.id, next);
      keepFeedback(queryClient, proposal.id, next);
      setSaved(next !== null);
    } catch (caught) {
      setValue(previous);
      setError(caught);
    } finally {
      setSaving(false);
    }
  };
  return (
    <div className="proposal-feedback">
      <fieldset className="proposal-feedback-buttons">
        <legend className="visually-hidden">{t('matching.feedback.group', { title })}</legend>
        <Button
          size="small"
          type={value === 'useful' ? 'primary' : 'default'}
          aria-pressed={value === 'useful'}
          disabled={saving}
          onClick={() => choose('useful')}
        >
          {t('matching.feedback.useful')}
        </Button>
        <Button
          size="small"
          type={value === 'not_useful' ? 'primary' : 'default'}
          aria-pressed={value === 'not_useful'}
          disabled={saving}
          onClick={() => choose('not_useful')}
        >
          {t('matching.feedback.notUseful')}
        </Button>
      </fieldset>
      <span className="muted proposal-feedback-status" role="status">
        {saved ? t('matching.feedback.saved') : ''}
      </span>
      <ProblemAlert error={error} />
    </div>
  );
}

type ProposalCardProps = {
  /** For an opportunity, or recommended to an organisation from its profile. */
  proposal: MatchProposal | OrganizationProposal;
  /** The reader's organisation the proposal is for, proposed on the expression-of-interest form. */
  expressAs?: string;
  perspective: Perspective;
  /** The level of the card's heading in the page's outline. */
  level: 3 | 4;
};

/** One proposal: the candidate, how strong the match is, why, the reader's feedback and the next step. */
export function ProposalCard({ proposal, perspective, level, expressAs }: ProposalCardProps) {
  const { t } = useTranslation();
  const { me } = useMe();
  const locale = useLocale();
  const titleId = useId();
  const Heading = level === 3 ? 'h3' : 'h4';
  const band = scoreBand(proposal.score);
  const { candidate } = proposal;
  const opportunity = candidate.kind === 'opportunity' ? candidate.opportunity : null;
  const organization = candidate.kind === 'organization' ? candidate.organization : null;
  const title = opportunity
    ? (pickLocalized(opportunity.title, locale)?.text ?? '')
    : (pickLocalized(organization?.name, locale)?.text ?? '');
  const ownCandidate = !!opportunity && !!me?.memberships.some((m) => m.organizationId === opportunity.organizationId);
  const canExpress =
    !!opportunity && opportunity.state === 'published' && !!me && me.memberships.length > 0 && !ownCandidate;

  return (
    <article className="proposal-card" aria-labelledby={titleId} data-proposal={proposal.id}>
      <div className="proposal-head">
        <Heading id={titleId} className="proposal-title">
          {opportunity && (
            <Link to="/opportunities/$opportunityId" params={{ opportunityId: opportunity.id }}>
              <LocalizedTextView text={opportunity.title} />
            </Link>
          )}
          {organization && (
            <Link to="/organizations/$organizationId" params={{ organizationId: organization.id }}>
              <LocalizedTextView text={organization.name} />
            </Link>
          )}
        </Heading>
        <Tag className={`proposal-score proposal-score-${band}`} data-band={band}>
          {t(`matching.score.${band}`)}
        </Tag>
      </div>
      <p className="status-line proposal-candidate">
        {opportunity && (
          <>
            <TypeLabel type={opportunity.type} />
            <Link to="/organizations/$organizationId" params={{ organizationId: opportunity.organizationId }}>
              <LocalizedTextView text={opportunity.organizationName} />
            </Link>
            <span className="muted">{t(`jurisdiction.${opportunity.organizationJurisdiction}`)}</span>
          </>
        )}
        {organization && (
          <>
            <Tag className="status-tag">{t('matching.candidate.organization')}</Tag>
            <span className="muted">{t(`jurisdiction.${organization.jurisdiction}`)}</span>
          </>
        )}
      </p>
      <ProposalExplanation explanation={proposal.explanation} perspective={perspective} />
      <div className="proposal-actions">
        {me && <FeedbackButtons proposal={proposal} title={title} />}
        {canExpress && opportunity && (
          <Link
            to="/opportunities/$opportunityId"
            params={{ opportunityId: opportunity.id }}
            search={expressAs ? { organizationId: expressAs } : {}}
            hash={EXPRESS_INTEREST_ANCHOR}
            className="button-link"
          >
            {t('matching.expressInterest')}
          </Link>
        )}
      </div>
    </article>
  );
}
