export * from './exchange.errors.js';
export * from './exchange.js';
