import type { Locale, Me } from '@innobridge/contracts';
import { api } from '../../shared/api-client.js';

export type SessionInfo = {
  id: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  userAgent: string | null;
  ip: string | null;
  current: boolean;
};

export type ApiTokenInfo = { id: string; name: string; prefix: string; createdAt: string; lastUsedAt: string | null };
export type CreatedApiToken = ApiTokenInfo & { token: string };

export type SignUpInput = { email: string; password: string; displayName: string; locale: Locale; timeZone: string };
export type ProfileInput = { displayName: string; locale: Locale; timeZone: string };

export const identityApi = {
  signUp: (input: SignUpInput) => api.post<{ status: string }>('/auth/signup', input),
  confirmEmail: (token: string) => api.post<{ confirmed: boolean }>('/auth/confirm-email', { token }),
  resendConfirmation: (email: string) => api.post<void>('/auth/resend-confirmation', { email }),
  signIn: (email: string, password: string) => api.post<Me>('/auth/login', { email, password }),
  requestPasswordReset: (email: string) => api.post<void>('/auth/password-reset/request', { email }),
  resetPassword: (token: string, password: string) =>
    api.post<void>('/auth/password-reset/confirm', { token, password }),
  updateProfile: (input: Partial<ProfileInput>) => api.patch<Me>('/me', input),
  changePassword: (currentPassword: string, newPassword: string) =>
    api.post<void>('/me/password', { currentPassword, newPassword }),
  listSessions: () => api.get<{ items: SessionInfo[] }>('/me/sessions'),
  revokeSession: (id: string) => api.delete(`/me/sessions/${encodeURIComponent(id)}`),
  listApiTokens: () => api.get<{ items: ApiTokenInfo[] }>('/me/api-tokens'),
  createApiToken: (name: string) => api.post<CreatedApiToken>('/me/api-tokens', { name }),
  revokeApiToken: (id: string) => api.delete(`/me/api-tokens/${encodeURIComponent(id)}`),
};
