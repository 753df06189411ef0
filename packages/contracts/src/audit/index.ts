export * from './audit.errors.js';
