import type {
  AdminUser as AdminUserSchema,
  OperatorJurisdiction,
  Out,
  PlatformRole,
  RoleGrant,
} from '@innobridge/contracts';
import { api, queryString } from '../../shared/api-client.js';

export type AdminUser = Out<typeof AdminUserSchema>;

export type AuditEntry = {
  seq: number;
  at: string;
  actorUserId: string | null;
  via: 'session' | 'token' | null;
  action: string;
  subjectType: string;
  subjectId: string | null;
  /** What changed, as recorded: field names and values, never secrets. */
  summary: Record<string, unknown>;
};

export type AuditBreak =
  | { kind: 'altered' | 'missing' | 'rewritten'; seq: number }
  | { kind: 'truncated'; afterSeq: number; anchoredSeq: number }
  | { kind: 'anchor_invalid'; seq: number | null };

export type AuditVerification = {
  ok: boolean;
  checked: number;
  firstBrokenSeq: number | null;
  break: AuditBreak | null;
  lastSeq: number;
  anchors: { count: number; last: { seq: number; hash: string; at: string } | null };
};

export type PageOf<T> = { items: T[]; nextCursor: string | null };

export type RoleToGrant = { role: PlatformRole; jurisdiction?: OperatorJurisdiction };

export const adminApi = {
  listUsers: (q: string, cursor: string | undefined) =>
    api.get<PageOf<AdminUser>>(`/admin/users${queryString({ q, cursor, limit: 20 })}`),
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
    api.get<PageOf<AuditEntry>>(`/admin/audit${queryString({ cursor, limit: 50 })}`),
};
