export { createApplication } from './applications/applications.service.js';
export { readableRegistryText } from './applications/applications.texts.js';
export { uploadDocument } from './applications/documents.service.js';
export {
  answerInformationRequest,
  approveApplication,
  requestInformation,
  submitApplication,
  takeApplication,
} from './applications/review.service.js';
export { guardVerifiedFacts } from './applications/status.service.js';
export { PUBLIC_STATUSES } from './public-registry/public-registry.service.js';
export { registerRegistryRoutes } from './registry.routes.js';
export { allSettings } from './settings/settings.service.js';
// What waits in the registry, for the dashboard: one statement each whatever the counts.
export {
  applicationQueueWaiting,
  type OpenApplication,
  openApplicationsOf,
  type QueueWaiting,
} from './waiting/waiting.service.js';
