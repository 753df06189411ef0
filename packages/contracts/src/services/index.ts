export * from './services.errors.js';
export * from './services.js';
