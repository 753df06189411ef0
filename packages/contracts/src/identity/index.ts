export * from './identity.errors.js';
export * from './identity.js';
