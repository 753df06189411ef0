// What the app may use of saved searches and their alerts: routes and jobs (with the digest's hooks).

export type { DigestHooks, DigestSectionItem } from './alerts.delivery.js';
export { DIGESTS_JOB, defineAlertJobs, IMMEDIATE_ALERTS_JOB, WEBHOOKS_JOB } from './alerts.jobs.js';
export { registerAlertRoutes } from './alerts.routes.js';
