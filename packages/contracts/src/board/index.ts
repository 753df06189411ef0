export * from './board.errors.js';
export * from './board.js';
