export * from './links.js';
export * from './mailbox.errors.js';
export * from './mailbox.js';
