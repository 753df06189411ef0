export * from './alerts.errors.js';
export * from './alerts.js';
