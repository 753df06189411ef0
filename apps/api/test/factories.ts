import {
  type ApiTokenScope,
  type Locale,
  type OperatorJurisdiction,
  type PlatformRole,
  withCheckDigits,
} from '@innobridge/contracts';
import type { Actor } from '../src/lib/actor.js';
import { AppError } from '../src/lib/app-error.js';
import {
  acceptInterest,
  createOpportunity,
  expressInterest,
  postMessage,
  publishOpportunity,
  returnOpportunity,
  submitOpportunity,
} from '../src/modules/exchange/index.js';
import {
  actorForUser,
  actorFromSession,
  completeSignIn,
  createApiToken,
  enableTwoFactor,
  login,
  provisionUser,
  startTwoFactorSetup,
  totpCodeAt,
} from '../src/modules/identity/index.js';
import { addMember, createOrganization } from '../src/modules/organizations/index.js';
import {
  allSettings,
  approveApplication,
  createApplication,
  PUBLIC_STATUSES,
  requestInformation,
  submitApplication,
  takeApplication,
  uploadDocument,
} from '../src/modules/registry/index.js';
import { PASSWORD, type Session, type TestApp } from './test-app.js';

/**
 * Factories: the data a test needs, made through the modules' entry points (their index.ts) — no
 * HTTP sign-up, no e-mail, no SQL — so that each test makes its own in a few milliseconds and the
 * audit log, the workflow's history and every invariant hold as they would in use. Sign-up and
 * e-mail confirmation are tested through HTTP where they are the subject (the identity tests).
 *
 *   const f = factories(t);
 *   const operator = await f.operator('RU');
 *   const { admin, organizationId } = await f.organizationWithStatus({ operator });
 */

/** Where the factories' sign-ins come from: apart from the address app.inject uses, so that no test's throttle counts them. */
const FACTORY_IP = '198.51.100.7';

/** Unique across the test file: e-mails and legal identifiers never collide. */
let serial = 0;
const next = () => ++serial;

export type User = Session & {
  displayName: string;
  locale: Locale;
  /** With two-factor sign-in on: the authenticator secret and the recovery codes not yet used. */
  twoFactor?: { secret: string; recoveryCodes: string[] };
};

/** Who a factory acts as: a user it made, or a session from the HTTP helpers. */
type Who = Session & Partial<Pick<User, 'locale' | 'twoFactor'>>;

export type UserOptions = {
  email?: string;
  displayName?: string;
  locale?: Locale;
  roles?: { role: PlatformRole; jurisdiction?: OperatorJurisdiction }[];
  /** Turns two-factor sign-in on (always on for an admin, whose role needs it). */
  twoFactor?: boolean;
  /** Signed in with a session cookie (the default), or not signed in at all. */
  signedIn?: boolean;
};

export type OrganizationOptions = {
  type?: string;
  jurisdiction?: 'RU' | 'CN' | 'OTHER';
  /** A code of the reference list of cities and regions, or 'other' with `city`. */
  place?: string;
  city?: string;
  areas?: string[];
  legalId?: string;
  name?: Record<string, string>;
  shortDescription?: Record<string, string>;
  description?: Record<string, string>;
  products?: Record<string, string>;
  website?: string;
};

export type Organization = {
  id: string;
  legalId: string;
  jurisdiction: 'RU' | 'CN' | 'OTHER';
  name: Record<string, string>;
};

type OpportunityBody = Omit<Parameters<typeof createOpportunity>[2], 'organizationId'>;

/** A minimal real PDF: the registry checks documents by content. */
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <</Type /Catalog>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n');

/** A valid legal identifier of the jurisdiction, new at each call. */
export function legalIdFor(jurisdiction: 'RU' | 'CN' | 'OTHER'): string {
  const n = next();
  if (jurisdiction === 'RU') return withCheckDigits('inn', String(880_000_000 + n));
  if (jurisdiction === 'CN') return withCheckDigits('uscc', `91110108MA02${String(n).padStart(5, '0')}`);
  return `REG ${990_000 + n}`;
}

export function factories(t: TestApp) {
  const { ctx, clock } = t;

  const actorOf = async (who: Pick<Session, 'userId'>): Promise<Actor> => {
    const actor = await actorForUser(ctx, who.userId);
    if (!actor) throw new Error(`factories: no user ${who.userId}`);
    return actor;
  };

  /** The actor of the user's signed-in session, as a request with its cookie would be. */
  const sessionActorOf = async (who: Session): Promise<Actor> => {
    const actor = who.cookie ? await actorFromSession(ctx, who.cookie) : null;
    if (!actor) throw new Error(`factories: ${who.email} has no live session`);
    return actor;
  };

  /**
   * A new session for the user, through the sign-in service: with two-factor sign-in on, the second
   * step takes one of the user's recovery codes (an authenticator code of the same time step would
   * be refused as a replay).
   */
  async function signIn(who: Who): Promise<string> {
    const input = { email: who.email, password: PASSWORD, ip: FACTORY_IP, userAgent: 'factories' };
    const result = await login(ctx, input);
    if ('sessionToken' in result) return result.sessionToken;
    const code = who.twoFactor?.recoveryCodes.shift();
    if (!code) throw new Error(`factories: no recovery code left to sign ${who.email} in`);
    const { sessionToken } = await completeSignIn(ctx, { ...input, challengeToken: result.challengeToken, code });
    return sessionToken;
  }

  /** Turns two-factor sign-in on from the user's session, as the account page does. */
  async function turnOnTwoFactor(who: User): Promise<NonNullable<User['twoFactor']>> {
    const actor = await sessionActorOf(who);
    const { secret } = await startTwoFactorSetup(ctx, actor, { password: PASSWORD });
    const { recoveryCodes } = await enableTwoFactor(ctx, actor, { code: totpCodeAt(secret, clock.now()) });
    const twoFactor = { secret, recoveryCodes: [...recoveryCodes] };
    t.rememberTwoFactor(who.email, twoFactor);
    return twoFactor;
  }

  /** A confirmed account with the given platform roles, signed in unless told otherwise. */
  async function user(options: UserOptions = {}): Promise<User> {
    const email = options.email ?? `user-${next()}@example.com`;
    const displayName = options.displayName ?? (email.split('@')[0] as string);
    const locale = options.locale ?? 'en';
    const roles = options.roles ?? [];
    const userId = await provisionUser(ctx, { email, password: PASSWORD, displayName, locale, roles });
    const made: User = { userId, email, displayName, locale };
    const twoFactor = options.twoFactor ?? roles.some((r) => r.role === 'admin');
    if (options.signedIn === false && !twoFactor) return made;
    made.cookie = await signIn(made);
    if (twoFactor) made.twoFactor = await turnOnTwoFactor(made);
    if (options.signedIn === false) made.cookie = undefined;
    return made;
  }

  /** A personal API token of the user with these scopes, made in the user's session. */
  async function apiToken<W extends Who>(
    who: W,
    scopes: ApiTokenScope[],
    options: { name?: string; expiresInDays?: number } = {},
  ): Promise<W & { token: string }> {
    const input = { name: options.name ?? `token ${next()}`, scopes, expiresInDays: options.expiresInDays ?? 30 };
    const session = who.cookie ? who : { ...who, cookie: await signIn(who) };
    const actor = await sessionActorOf(session);
    let created: Awaited<ReturnType<typeof createApiToken>>;
    try {
      created = await createApiToken(ctx, actor, input);
    } catch (error) {
      // A session whose second factor is no longer fresh brings a code, as a person would: a recovery code.
      const code = who.twoFactor?.recoveryCodes.shift();
      if (!(error instanceof AppError && error.code === 'second_factor_required' && code)) throw error;
      created = await createApiToken(ctx, actor, { ...input, code });
    }
    // A request with the token only: no cookie.
    return { ...who, cookie: undefined, token: created.token };
  }

  /** An organisation created by the user, who becomes its admin. */
  async function organization(owner: Who, options: OrganizationOptions = {}): Promise<Organization> {
    const jurisdiction = options.jurisdiction ?? 'RU';
    const { jurisdiction: _j, ...rest } = options;
    const body = {
      type: 'company',
      city: jurisdiction === 'CN' ? 'Beijing' : jurisdiction === 'RU' ? 'Moscow' : 'Berlin',
      legalId: legalIdFor(jurisdiction),
      name: { en: `Organisation ${next()}` },
      ...rest,
      jurisdiction,
    } as Parameters<typeof createOrganization>[2];
    const created = await createOrganization(ctx, await actorOf(owner), body, owner.locale ?? 'en', PUBLIC_STATUSES);
    return { id: created.id, legalId: created.legalId as string, jurisdiction, name: created.name };
  }

  /** Adds the user to the organisation, as its admin would (the invitation itself is tested through HTTP). */
  async function member(
    organizationId: string,
    admin: Who,
    options: UserOptions & { role?: 'admin' | 'member'; user?: User } = {},
  ): Promise<User> {
    const { role = 'member', user: existing, ...userOptions } = options;
    const joining = existing ?? (await user(userOptions));
    await addMember(ctx, await actorOf(admin), organizationId, joining.userId, role);
    return joining;
  }

  /** An operator of the jurisdiction. */
  const operator = (jurisdiction: OperatorJurisdiction, options: UserOptions = {}) =>
    user({ ...options, roles: [{ role: 'operator', jurisdiction }, ...(options.roles ?? [])] });

  /** A platform admin, with two-factor sign-in on and a session that has just proved it. */
  const admin = (options: UserOptions = {}) =>
    user({ ...options, roles: [{ role: 'admin' }, ...(options.roles ?? [])], twoFactor: true });

  /**
   * The organisation's application for the status the rules give it, taken through the registry's
   * workflow as far as asked (approved by default): documents uploaded, submitted, taken by the
   * operator and approved with the jurisdiction's checklist. The organisation's status, its history
   * and the audit log come from the workflow itself.
   */
  async function clusterStatus(
    organization: Pick<Organization, 'id' | 'jurisdiction'>,
    owner: Who,
    options: {
      operator?: Who;
      reviewerJurisdiction?: OperatorJurisdiction;
      until?: 'draft' | 'submitted' | 'taken' | 'approved';
      reason?: string;
    } = {},
  ) {
    const until = options.until ?? 'approved';
    const reviewer =
      options.reviewerJurisdiction ?? (organization.jurisdiction === 'OTHER' ? 'RU' : organization.jurisdiction);
    const applicant = await actorOf(owner);
    const draft = await createApplication(ctx, applicant, organization.id, {
      ...(organization.jurisdiction === 'OTHER' ? { reviewerJurisdiction: reviewer } : {}),
    });
    if (until === 'draft') return draft;
    const settings = (await allSettings(ctx))[reviewer];
    for (const kind of settings.requiredDocuments[draft.requestedStatus]) {
      await uploadDocument(ctx, applicant, draft.id, { kind, fileName: `${kind}.pdf`, content: PDF });
    }
    const submitted = await submitApplication(ctx, applicant, draft.id);
    if (until === 'submitted') return submitted;
    const reviewing = await actorOf(options.operator ?? (await operator(reviewer, { signedIn: false })));
    const taken = await takeApplication(ctx, reviewing, draft.id);
    if (until === 'taken') return taken;
    return approveApplication(ctx, reviewing, draft.id, {
      checklist: settings.approvalCriteria[draft.requestedStatus],
      reason: options.reason ?? 'ok',
    });
  }

  /** A new admin user with a new organisation that holds the status the rules give it. */
  async function organizationWithStatus(
    options: OrganizationOptions & {
      owner?: UserOptions;
      operator?: Who;
      reviewerJurisdiction?: OperatorJurisdiction;
    } = {},
  ) {
    const { owner: ownerOptions, operator: reviewing, reviewerJurisdiction, ...orgOptions } = options;
    const admin = await user(ownerOptions);
    const org = await organization(admin, orgOptions);
    await clusterStatus(org, admin, { operator: reviewing, reviewerJurisdiction });
    return { admin, organizationId: org.id, organization: org };
  }

  /** An opportunity of the organisation, in the state asked (a draft by default), through its lifecycle. */
  async function opportunity(
    author: Who,
    organizationId: string,
    options: {
      state?: 'draft' | 'submitted' | 'published';
      operator?: Who;
      body?: Partial<OpportunityBody> | Record<string, unknown>;
    } = {},
  ) {
    const state = options.state ?? 'draft';
    const n = next();
    // What a request without the optional fields would hold once its schema has filled the defaults.
    const body = {
      type: 'technology_offer',
      title: { en: `Opportunity ${n}` },
      summary: { en: `A summary of opportunity ${n}.` },
      areas: [],
      cooperationForms: [],
      targetCountries: [],
      ...options.body,
      organizationId,
    } as Parameters<typeof createOpportunity>[2];
    const authorActor = await actorOf(author);
    const draft = await createOpportunity(ctx, authorActor, body);
    if (state === 'draft') return draft;
    const submitted = await submitOpportunity(ctx, authorActor, draft.id);
    if (state === 'submitted') return submitted;
    const moderator =
      options.operator ?? (await operator(draft.organizationJurisdiction === 'CN' ? 'CN' : 'RU', { signedIn: false }));
    return publishOpportunity(ctx, await actorOf(moderator), draft.id);
  }

  /** An opportunity submitted and sent back to its draft by the moderator with a comment. */
  async function returnedOpportunity(
    author: Who,
    organizationId: string,
    options: { operator?: Who; comment?: string } = {},
  ) {
    const submitted = await opportunity(author, organizationId, { state: 'submitted' });
    const moderator =
      options.operator ??
      (await operator(submitted.organizationJurisdiction === 'CN' ? 'CN' : 'RU', { signedIn: false }));
    return returnOpportunity(ctx, await actorOf(moderator), submitted.id, options.comment ?? 'Add the figures.');
  }

  /**
   * An organisation's expression of interest in a published opportunity, pending unless accepted
   * by the owner's member `acceptedBy` (which opens their conversation).
   */
  async function interest(
    sender: Who,
    organizationId: string,
    opportunityId: string,
    options: { message?: string; acceptedBy?: Who } = {},
  ) {
    const message = options.message ?? 'We would like to talk.';
    const { interest: sent } = await expressInterest(ctx, await actorOf(sender), opportunityId, {
      organizationId,
      message,
    });
    if (!options.acceptedBy) return sent;
    return acceptInterest(ctx, await actorOf(options.acceptedBy), sent.id);
  }

  /** A message in a conversation, from a member of one of its sides. */
  const message = async (author: Who, conversationId: string, body = `Message ${next()}`) =>
    postMessage(ctx, await actorOf(author), conversationId, { body });

  /** The operator's questions on a submitted application, taken by that operator if nobody holds it. */
  async function informationRequest(applicationId: string, reviewing: Who, question = 'Which year were you founded?') {
    const actor = await actorOf(reviewing);
    await takeApplication(ctx, actor, applicationId);
    return requestInformation(ctx, actor, applicationId, question);
  }

  return {
    user,
    admin,
    operator,
    signIn,
    apiToken,
    organization,
    member,
    clusterStatus,
    organizationWithStatus,
    opportunity,
    returnedOpportunity,
    interest,
    message,
    informationRequest,
    /** The actor a user is when acting through the modules' entry points. */
    actorOf,
  };
}

export type Factories = ReturnType<typeof factories>;
