export { registerRegistryRoutes } from './registry.routes.js';
export {
  allSettings,
  answerInformationRequest,
  approveApplication,
  createApplication,
  requestInformation,
  submitApplication,
  takeApplication,
  uploadDocument,
} from './registry.service.js';
