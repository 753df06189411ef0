export * from './matching.js';
