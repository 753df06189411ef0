import type {
  AdminUserPage,
  AdminUser as AdminUserSchema,
  AuditBreak as AuditBreakSchema,
  AuditEntry as AuditEntrySchema,
  AuditPage,
  AuditVerification as AuditVerificationSchema,
  OperatorJurisdiction,
  Out,
  PlatformRole,
  RoleGrant,
} from '@innobridge/contracts';
import { api, queryString } from '../../shared/api-client.js';

export type AdminUser = Out<typeof AdminUserSchema>;

export type AuditEntry = Out<typeof AuditEntrySchema>;
export type AuditBreak = Out<typeof AuditBreakSchema>;
export type AuditVerification = Out<typeof AuditVerificationSchema>;

export type RoleToGrant = { role: PlatformRole; jurisdiction?: OperatorJurisdiction };

export const adminApi = {
  listUsers: (q: string, cursor: string | undefined) =>
    api.get<Out<typeof AdminUserPage>>(`/admin/users${queryString({ q, cursor, limit: 20 })}`),
  /** `code`: a current code from the admin's authenticator app, when the session's second factor is not fresh. */
  grantRole: (userId: string, grant: RoleToGrant, code?: string) =>
    api.post<RoleGrant>(`/admin/users/${encodeURIComponent(userId)}/roles`, code ? { ...grant, code } : grant),
  /** `code` as for a grant: revoking needs a fresh second factor too. */
  revokeRole: (userId: string, grantId: string, code?: string) =>
    api.delete(
      `/admin/users/${encodeURIComponent(userId)}/roles/${encodeURIComponent(grantId)}`,
      code ? { code } : undefined,
    ),
  /** `code` as for a grant: resetting someone's two-factor sign-in needs a fresh second factor too. */
  resetTwoFactor: (userId: string, code?: string) =>
    api.delete(`/admin/users/${encodeURIComponent(userId)}/two-factor`, code ? { code } : undefined),
  verifyAudit: () => api.get<AuditVerification>('/admin/audit/verify'),
  listAudit: (cursor: string | undefined) =>
    api.get<Out<typeof AuditPage>>(`/admin/audit${queryString({ cursor, limit: 50 })}`),
};
