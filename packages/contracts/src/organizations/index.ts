export * from './legal-id.js';
export * from './organizations.errors.js';
export * from './organizations.js';
export * from './places.js';
