import type { SearchMatch } from '@innobridge/contracts';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { useLocale } from '../../app/use-interface-locale.js';
import './exchange.css';

/**
 * Why a result was found, when it was not by the query's words themselves (ADR 0022): through a
 * synonym of a taxonomy area, in the reader's language, or by some of the words only.
 */
export function MatchReasons({ matches }: { matches: SearchMatch[] | undefined }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const shown = (matches ?? []).filter((m) => m.kind !== 'exact');
  if (shown.length === 0) return null;
  const text = (m: SearchMatch) => {
    const area = m.area?.label[locale] ?? '';
    if (m.kind === 'synonym') return t('exchange.search.why.synonym', { term: m.term, via: m.via, area });
    return m.via
      ? t('exchange.search.why.partialSynonym', { term: m.term, via: m.via, area })
      : t('exchange.search.why.partial', { term: m.term });
  };
  return (
    <ul className="muted match-reasons">
      {shown.map((m) => (
        <li key={`${m.kind}:${m.term}:${m.via ?? ''}`}>{text(m)}</li>
      ))}
    </ul>
  );
}

/**
 * The corrected search, as a link: `Trans` fills it with its text as children. Its tag in the
 * messages is not `<link>`, which HTML's parser takes for an empty element and leaves the text outside.
 */
function SuggestionLink({ query, children }: { query: string; children?: ReactNode }) {
  return (
    <Link
      from="/exchange"
      to="/exchange"
      search={(previous) => ({ ...previous, q: query })}
      className="did-you-mean-link"
    >
      {children}
    </Link>
  );
}

/** "Did you mean …?" with the corrected query, which runs it. */
export function DidYouMean({ suggestion }: { suggestion: string | null | undefined }) {
  if (!suggestion) return null;
  return (
    <p className="did-you-mean">
      <Trans
        i18nKey="exchange.search.didYouMean"
        values={{ query: suggestion }}
        components={{ corrected: <SuggestionLink query={suggestion} /> }}
      />
    </p>
  );
}
