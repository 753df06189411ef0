export * from './glossary.js';
export * from './matching.errors.js';
export * from './matching.js';
export * from './proposals.js';
