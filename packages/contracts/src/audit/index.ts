export * from './audit.errors.js';
export * from './audit.js';
