export {
  answerInformationRequest,
  approveApplication,
  createApplication,
  requestInformation,
  submitApplication,
  takeApplication,
  uploadDocument,
} from './applications/applications.service.js';
export { registerRegistryRoutes } from './registry.routes.js';
export { allSettings, guardVerifiedFacts } from './registry.service.js';
