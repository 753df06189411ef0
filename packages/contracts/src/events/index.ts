export * from './events.errors.js';
export * from './events.js';
