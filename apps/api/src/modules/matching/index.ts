export { conceptIndex } from './glossary/glossary.index.js';
export { ensureGlossarySeeded } from './glossary/glossary.service.js';
export { registerMatchingRoutes } from './matching.routes.js';
export { ensureTaxonomySeeded, unknownAreas } from './matching.service.js';
export { type AreaRef, type AreaTerm, type QueryWord, queryWords, suggestQuery } from './vocabulary.js';
