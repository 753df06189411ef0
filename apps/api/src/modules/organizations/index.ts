export {
  addMember,
  memberOrganizationsOf,
  memberRole,
  membershipsOf,
  organizationAdminIds,
  organizationMemberIds,
} from './members.service.js';
export { type OrganizationRouteDeps, registerOrganizationRoutes } from './organizations.routes.js';
export type { PublicStatuses, VerifiedFactsChange, VerifiedFactsGuard } from './organizations.service.js';
export {
  // Only the registry's workflow calls it: the status's meaning and every change of it are the registry's (ADR 0020).
  compareAndSetStatus,
  countOrganizations,
  createOrganization,
  getOrganization,
  organizationDisplayName,
  organizationIdsOfType,
  organizationIn,
  organizationNamesByIds,
  organizationsByIds,
  organizationsChangedSince,
  searchOrganizations,
} from './organizations.service.js';
export type { OrganizationFilter, OrganizationRecord } from './organizations.types.js';
export { organizationOut } from './organizations.views.js';
