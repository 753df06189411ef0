import type { Opportunity } from '@innobridge/contracts';
import { Spin } from 'antd';
import { lazy, Suspense } from 'react';

// The parts other modules' pages show come in a chunk of their own, with the module's messages
// (`useTranslation(['matching', 'exchange'])` waits for them): a page that shows none costs nothing.
const LazyRecommendations = lazy(() =>
  import('./recommendations-section.js').then((m) => ({ default: m.Recommendations })),
);
const LazyOpportunityMatches = lazy(() =>
  import('./opportunity-matches.js').then((m) => ({ default: m.OpportunityMatchSections })),
);

/** The dashboard's section of recommendations for the reader's organisations' opportunities. */
export function RecommendationsSection() {
  return (
    <Suspense fallback={<Spin size="small" />}>
      <LazyRecommendations />
    </Suspense>
  );
}

/** An opportunity page's "who may need this" / "what answers this" and "similar opportunities". */
export function OpportunityMatches({ opportunity }: { opportunity: Opportunity }) {
  return (
    <Suspense fallback={<Spin size="small" />}>
      <LazyOpportunityMatches opportunity={opportunity} />
    </Suspense>
  );
}
