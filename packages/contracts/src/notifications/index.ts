export * from './notification-settings.js';
export * from './notifications.errors.js';
export * from './notifications.js';
