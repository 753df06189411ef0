export * from './matching.js';
export * from './proposals.js';
