export { registerRegistryRoutes } from './registry.routes.js';
export {
  allSettings,
  answerInformationRequest,
  approveApplication,
  createApplication,
  guardVerifiedFacts,
  requestInformation,
  submitApplication,
  takeApplication,
  uploadDocument,
} from './registry.service.js';
