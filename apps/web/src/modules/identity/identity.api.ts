import type {
  Accepted,
  ApiTokenInfo as ApiTokenInfoSchema,
  ApiTokenList,
  ApiTokenScope,
  CreatedApiToken as CreatedApiTokenSchema,
  EmailConfirmed,
  Locale,
  Me,
  Out,
  RecoveryCodes as RecoveryCodesSchema,
  SessionInfo as SessionInfoSchema,
  SessionList,
  SignInChallenge,
  SignInResult,
  TwoFactorSetup as TwoFactorSetupSchema,
} from '@innobridge/contracts';
import { api } from '../../shared/api-client.js';

export type SessionInfo = Out<typeof SessionInfoSchema>;
export type ApiTokenInfo = Out<typeof ApiTokenInfoSchema>;
export type NewApiToken = { name: string; scopes: ApiTokenScope[]; expiresInDays: number; code?: string };
export type CreatedApiToken = Out<typeof CreatedApiTokenSchema>;
export type TwoFactorSetup = Out<typeof TwoFactorSetupSchema>;
export type RecoveryCodes = Out<typeof RecoveryCodesSchema>;

/** A correct password answers with the user, or with a challenge when two-factor sign-in is on. */
export const isSignInChallenge = (result: Out<typeof SignInResult>): result is SignInChallenge =>
  'twoFactorRequired' in result && result.twoFactorRequired === true;

export type SignUpInput = { email: string; password: string; displayName: string; locale: Locale; timeZone: string };
export type ProfileInput = { displayName: string; locale: Locale; timeZone: string };

export const identityApi = {
  signUp: (input: SignUpInput) => api.post<Out<typeof Accepted>>('/auth/signup', input),
  confirmEmail: (token: string) => api.post<Out<typeof EmailConfirmed>>('/auth/confirm-email', { token }),
  resendConfirmation: (email: string) => api.post<void>('/auth/resend-confirmation', { email }),
  signIn: (email: string, password: string) => api.post<Out<typeof SignInResult>>('/auth/login', { email, password }),
  completeSignIn: (challengeToken: string, code: string) =>
    api.post<Me>('/auth/login/two-factor', { challengeToken, code }),
  requestPasswordReset: (email: string) => api.post<void>('/auth/password-reset/request', { email }),
  resetPassword: (token: string, password: string) =>
    api.post<void>('/auth/password-reset/confirm', { token, password }),
  updateProfile: (input: Partial<ProfileInput>) => api.patch<Me>('/me', input),
  changePassword: (currentPassword: string, newPassword: string) =>
    api.post<void>('/me/password', { currentPassword, newPassword }),
  listSessions: () => api.get<Out<typeof SessionList>>('/me/sessions'),
  revokeSession: (id: string) => api.delete(`/me/sessions/${encodeURIComponent(id)}`),
  listApiTokens: () => api.get<Out<typeof ApiTokenList>>('/me/api-tokens'),
  createApiToken: (input: NewApiToken) => api.post<CreatedApiToken>('/me/api-tokens', input),
  revokeApiToken: (id: string) => api.delete(`/me/api-tokens/${encodeURIComponent(id)}`),
  startTwoFactorSetup: (password: string) => api.post<TwoFactorSetup>('/me/two-factor/setup', { password }),
  enableTwoFactor: (code: string) => api.post<RecoveryCodes>('/me/two-factor/enable', { code }),
  disableTwoFactor: (password: string, code: string) => api.post<void>('/me/two-factor/disable', { password, code }),
  regenerateRecoveryCodes: (code: string) => api.post<RecoveryCodes>('/me/two-factor/recovery-codes', { code }),
};
