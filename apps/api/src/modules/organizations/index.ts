export { registerOrganizationRoutes } from './organizations.routes.js';
export { addMember, createOrganization, membershipsOf } from './organizations.service.js';
