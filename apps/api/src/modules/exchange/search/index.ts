// The exchange's search: its policy and its statements, for the tests and the benchmark (ADR 0010, 0018).
export { countFacets, type FacetCounts, facets } from './search.counts.js';
export {
  PROBE,
  type Probe,
  roughly,
  type SearchAfter,
  type SearchFilter,
  TIERS,
  type Tier,
} from './search.policy.js';
export type { PreparedSearch } from './search.repository.js';
export { prepareSearch, search } from './search.service.js';
