export * from './enums.js';
export * from './errors.js';
export * from './identity.js';
export * from './legal-id.js';
export * from './localized.js';
export * from './organizations.js';
export * from './problem.js';
export * from './registry.js';
