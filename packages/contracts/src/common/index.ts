export * from './common.errors.js';
export * from './enums.js';
export * from './error-table.js';
export * from './infer.js';
export * from './localized.js';
export * from './page.js';
export * from './time-zones.js';
