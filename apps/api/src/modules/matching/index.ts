export { registerMatchingRoutes } from './matching.routes.js';
export { ensureTaxonomySeeded, unknownAreas } from './matching.service.js';
export { type AreaRef, type AreaTerm, type QueryWord, queryWords, suggestQuery } from './vocabulary.js';
