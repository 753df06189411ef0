// Every module's tables, for drizzle-kit to generate migrations from.
export * from '../modules/alerts/alerts.tables.js';
export * from '../modules/audit/audit.tables.js';
export * from '../modules/board/board.tables.js';
export * from '../modules/events/events.tables.js';
export * from '../modules/exchange/exchange.tables.js';
export * from '../modules/identity/identity.tables.js';
export * from '../modules/matching/matching.tables.js';
export * from '../modules/notifications/notifications.tables.js';
export * from '../modules/organizations/organizations.tables.js';
export * from '../modules/registry/registry.tables.js';
export * from '../modules/services/services.tables.js';
export * from '../modules/translation/translation.tables.js';
