export type { OrganizationRow } from './organizations.repository.js';
export { organizationOut, registerOrganizationRoutes } from './organizations.routes.js';
export type { VerifiedFactsChange, VerifiedFactsGuard } from './organizations.service.js';
export {
  addMember,
  compareAndSetStatus,
  createOrganization,
  getOrganization,
  memberRole,
  membershipsOf,
  organizationAdminIds,
  organizationDisplayName,
  organizationIdsOfType,
  organizationIn,
  organizationMemberIds,
  organizationNamesByIds,
  organizationsByIds,
  type RegistryFilter,
  registryCounts,
  searchRegistry,
} from './organizations.service.js';
