export { buildProblem } from './problem.js';
export { schedule } from './scheduler.js';
export * from './scheduling.types.js';
