import type { Opportunity } from '@innobridge/contracts';
import { Spin } from 'antd';
import { lazy, Suspense } from 'react';

// The parts other modules' pages show come in a chunk of their own, with the module's messages
// (`useTranslation(['matching', 'exchange'])` waits for them): a page that shows none costs nothing.
const LazyRecommendations = lazy(() =>
  import('./recommendations-section.js').then((m) => ({ default: m.Recommendations })),
);
const LazyOrganizationPart = lazy(() =>
  import('./organization-recommendations.js').then((m) => ({ default: m.OrganizationRecommendationsPart })),
);
const LazyOrganizationSection = lazy(() =>
  import('./organization-recommendations.js').then((m) => ({ default: m.OrganizationRecommendationsSectionBody })),
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

/** The dashboard's section of opportunities recommended to the reader's organisations from their profiles. */
export function OrganizationRecommendationsSection() {
  return (
    <Suspense fallback={<Spin size="small" />}>
      <LazyOrganizationSection />
    </Suspense>
  );
}

/** An organisation page's "recommended for your organisation", for its members. */
export function OrganizationRecommendations({ organizationId }: { organizationId: string }) {
  return (
    <Suspense fallback={<Spin size="small" />}>
      <LazyOrganizationPart organizationId={organizationId} />
    </Suspense>
  );
}
