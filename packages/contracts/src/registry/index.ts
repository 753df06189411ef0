export * from './registry.errors.js';
export * from './registry.js';
