export { defineExchangeJobs, EXPIRY_JOB } from './exchange.jobs.js';
export { registerExchangeRoutes } from './exchange.routes.js';
