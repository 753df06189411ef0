export * from './exchange.errors.js';
export * from './exchange.js';
export * from './exchange.responses.js';
