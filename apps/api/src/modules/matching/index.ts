export { registerMatchingRoutes } from './matching.routes.js';
export { ensureTaxonomySeeded, unknownAreas } from './matching.service.js';
