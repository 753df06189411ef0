import { z } from 'zod';
import { Locale, MemberRole, OperatorJurisdiction, PlatformRole } from '../common/enums.js';
import { Page } from '../common/page.js';

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 256;

export const Email = z.string().trim().toLowerCase().max(254).pipe(z.email());

/** Length is checked by the service, so its message is the platform's own and localised. */
export const Password = z.string().max(PASSWORD_MAX_LENGTH);

export const SignupBody = z.object({
  email: Email,
  password: Password,
  displayName: z.string().trim().min(1).max(120),
  locale: Locale.optional(),
  timeZone: z.string().max(64).optional(),
});
export type SignupBody = z.infer<typeof SignupBody>;

/** An answer that something will happen, e-mail is on its way (`status` names what). */
export const Accepted = z.object({ status: z.string() });
export const EmailConfirmed = z.object({ confirmed: z.boolean() });

export const LoginBody = z.object({ email: Email, password: Password });
export const TokenBody = z.object({ token: z.string().min(10).max(200) });
/** What a correct password answers for an account with two-factor sign-in: a code is still needed. */
export const SignInChallenge = z
  .object({ twoFactorRequired: z.literal(true), challengeToken: z.string(), expiresAt: z.string() })
  .meta({ id: 'SignInChallenge' });
export type SignInChallenge = z.infer<typeof SignInChallenge>;
/** An authenticator app's six digits, or a recovery code. */
const SecondFactorCode = z.string().trim().min(6).max(20);
export const SignInCodeBody = z.object({ challengeToken: z.string().min(10).max(200), code: SecondFactorCode });
export const TwoFactorSetupBody = z.object({ password: Password });
export const TwoFactorSetup = z.object({ secret: z.string(), otpauthUri: z.string() });
export type TwoFactorSetup = z.infer<typeof TwoFactorSetup>;
export const TwoFactorCodeBody = z.object({ code: SecondFactorCode });
export const TwoFactorDisableBody = z.object({ password: Password, code: SecondFactorCode });
export const RecoveryCodes = z.object({ recoveryCodes: z.array(z.string()) });
export type RecoveryCodes = z.infer<typeof RecoveryCodes>;
export const EmailBody = z.object({ email: Email });
export const PasswordResetBody = z.object({ token: z.string().min(10).max(200), password: Password });
export const ChangePasswordBody = z.object({ currentPassword: Password, newPassword: Password });
export const UpdateMeBody = z.object({
  displayName: z.string().trim().min(1).max(120).optional(),
  locale: Locale.optional(),
  timeZone: z.string().max(64).optional(),
});

export const RoleGrant = z.object({
  id: z.string(),
  role: PlatformRole,
  jurisdiction: OperatorJurisdiction.nullable(),
  grantedAt: z.string(),
});
export type RoleGrant = z.infer<typeof RoleGrant>;

export const Membership = z.object({
  organizationId: z.string(),
  organizationName: z.record(z.string(), z.string()),
  role: MemberRole,
});
export type Membership = z.infer<typeof Membership>;

export const Me = z
  .object({
    id: z.string(),
    email: z.string(),
    displayName: z.string(),
    locale: Locale,
    timeZone: z.string().nullable(),
    emailConfirmed: z.boolean(),
    roles: z.array(RoleGrant),
    twoFactor: z.object({
      enabled: z.boolean(),
      /** A role of this user (admin) applies only once two-factor sign-in is on, and it is not yet. */
      required: z.boolean(),
      recoveryCodesLeft: z.number().int(),
    }),
    memberships: z.array(Membership),
  })
  .meta({ id: 'Me' });
export type Me = z.infer<typeof Me>;
/** A correct password answers with the user, or with a challenge when two-factor sign-in is on. */
export const SignInResult = z.union([Me, SignInChallenge]);

export const SessionInfo = z.object({
  id: z.string(),
  createdAt: z.string(),
  lastSeenAt: z.string(),
  expiresAt: z.string(),
  userAgent: z.string().nullable(),
  ip: z.string().nullable(),
  current: z.boolean(),
});
export type SessionInfo = z.infer<typeof SessionInfo>;
export const SessionList = z.object({ items: z.array(SessionInfo) });

/**
 * What a personal API token may do. Every token may read what its owner may read only with `read`;
 * a change (POST, PUT, PATCH, DELETE) needs the write scope of the area it touches. There is no scope
 * for the account itself or for administration: those need a signed-in session.
 */
export const API_TOKEN_SCOPES = [
  'read',
  'write:organizations',
  'write:registry',
  'write:exchange',
  'write:notifications',
  'write:services',
] as const;
export const ApiTokenScope = z.enum(API_TOKEN_SCOPES);
export type ApiTokenScope = z.infer<typeof ApiTokenScope>;
export const API_TOKEN_DEFAULT_DAYS = 90;
export const API_TOKEN_MAX_DAYS = 365;

export const CreateApiTokenBody = z.object({
  name: z.string().trim().min(1).max(80),
  scopes: z
    .array(ApiTokenScope)
    .min(1)
    .max(API_TOKEN_SCOPES.length)
    .refine((s) => new Set(s).size === s.length, { message: 'each scope once' }),
  expiresInDays: z.number().int().min(1).max(API_TOKEN_MAX_DAYS).default(API_TOKEN_DEFAULT_DAYS),
  code: SecondFactorCode.optional().describe(
    'A current code from the authenticator app, when two-factor sign-in is on and the session has not confirmed one in the last 15 minutes',
  ),
});
export const ApiTokenInfo = z.object({
  id: z.string(),
  name: z.string(),
  prefix: z.string(),
  scopes: z.array(ApiTokenScope),
  createdAt: z.string(),
  expiresAt: z.string(),
  lastUsedAt: z.string().nullable(),
});
export type ApiTokenInfo = z.infer<typeof ApiTokenInfo>;
export const ApiTokenList = z.object({ items: z.array(ApiTokenInfo) });
export const CreatedApiToken = ApiTokenInfo.extend({
  token: z.string().describe('The secret; shown only in this answer'),
});
export type CreatedApiToken = z.infer<typeof CreatedApiToken>;

export const GrantRoleBody = z
  .object({
    role: PlatformRole,
    jurisdiction: OperatorJurisdiction.optional(),
    code: SecondFactorCode.optional().describe(
      'A current code from the authenticator app, when the session has not confirmed one in the last 15 minutes',
    ),
  })
  .refine((b) => (b.role === 'operator') === (b.jurisdiction !== undefined), {
    message: 'jurisdiction is required for operators and only for them',
    path: ['jurisdiction'],
  });

/** An admin's change to someone else's account (revoking a role, resetting two-factor sign-in): the body is optional. */
export const FreshSecondFactorBody = z.object({
  code: SecondFactorCode.optional().describe(
    'A current code from the authenticator app, when the session has not confirmed one in the last 15 minutes',
  ),
});

export const AdminUser = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  emailConfirmed: z.boolean(),
  twoFactorEnabled: z.boolean(),
  createdAt: z.string(),
  roles: z.array(RoleGrant),
});
export type AdminUser = z.infer<typeof AdminUser>;
export const AdminUserPage = Page(AdminUser);
