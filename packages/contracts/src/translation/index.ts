export * from './translation.errors.js';
export * from './translation.js';
