export { defineExchangeJobs, EXPIRY_JOB, MESSAGE_DIGEST_JOB } from './exchange.jobs.js';
export { registerExchangeRoutes } from './exchange.routes.js';
