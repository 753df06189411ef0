import type {
  AcceptedInvitation,
  CreateOrganizationBody,
  InvitationList,
  Invitation as InvitationSchema,
  MemberRole,
  MemberRoleChange as MemberRoleChangeSchema,
  OpportunityList,
  Organization,
  OrganizationMemberList,
  OrganizationMember as OrganizationMemberSchema,
  Out,
  UpdateOrganizationBody,
} from '@innobridge/contracts';
import { api } from '../../shared/api-client.js';

export type OrganizationMember = Out<typeof OrganizationMemberSchema>;
export type Invitation = Out<typeof InvitationSchema>;
/** What a change of role answers with. */
export type MemberRoleChange = Out<typeof MemberRoleChangeSchema>;

const base = (organizationId: string) => `/organizations/${encodeURIComponent(organizationId)}`;

export const organizationQueryKey = (organizationId: string) => ['organizations', organizationId] as const;
export const membersQueryKey = (organizationId: string) => ['organizations', organizationId, 'members'] as const;
export const invitationsQueryKey = (organizationId: string) =>
  ['organizations', organizationId, 'invitations'] as const;

export const publishedOpportunitiesKey = (organizationId: string) =>
  ['organizations', organizationId, 'published-opportunities'] as const;

export const organizationsApi = {
  get: (organizationId: string) => api.get<Organization>(base(organizationId)),
  /** The published opportunities its public card lists (the registry's answer, from the exchange). */
  publishedOpportunities: (organizationId: string) =>
    api.get<Out<typeof OpportunityList>>(`/registry/organizations/${encodeURIComponent(organizationId)}/opportunities`),
  create: (body: CreateOrganizationBody) => api.post<Organization>('/organizations', body),
  update: (organizationId: string, body: UpdateOrganizationBody) => api.patch<Organization>(base(organizationId), body),
  listMembers: (organizationId: string) =>
    api.get<Out<typeof OrganizationMemberList>>(`${base(organizationId)}/members`),
  changeMemberRole: (organizationId: string, userId: string, role: MemberRole) =>
    api.patch<MemberRoleChange>(`${base(organizationId)}/members/${encodeURIComponent(userId)}`, { role }),
  removeMember: (organizationId: string, userId: string) =>
    api.delete(`${base(organizationId)}/members/${encodeURIComponent(userId)}`),
  listInvitations: (organizationId: string) =>
    api.get<Out<typeof InvitationList>>(`${base(organizationId)}/invitations`),
  invite: (organizationId: string, email: string, role: MemberRole) =>
    api.post<Invitation>(`${base(organizationId)}/invitations`, { email, role }),
  revokeInvitation: (organizationId: string, invitationId: string) =>
    api.delete(`${base(organizationId)}/invitations/${encodeURIComponent(invitationId)}`),
  acceptInvitation: (token: string) => api.post<Out<typeof AcceptedInvitation>>('/invitations/accept', { token }),
};
