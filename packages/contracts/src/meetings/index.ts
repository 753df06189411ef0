export * from './meetings.errors.js';
export * from './meetings.js';
