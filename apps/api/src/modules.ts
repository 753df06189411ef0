import type { FastifyInstance } from 'fastify';
import type { AppContext } from './app-context.js';
import { defineAlertJobs, registerAlertRoutes } from './modules/alerts/index.js';
import { defineAuditJobs, registerAuditRoutes } from './modules/audit/index.js';
import { registerBoardRoutes } from './modules/board/index.js';
import { registerDashboardRoutes } from './modules/dashboard/index.js';
import { defineEventJobs, registerEventRoutes } from './modules/events/index.js';
import {
  defineExchangeJobs,
  opportunitiesChangedSince,
  opportunitiesForMatching,
  publishedOpportunitiesByIds,
  publishedOpportunitiesOf,
  readableText,
  readOpportunity,
  registerExchangeRoutes,
} from './modules/exchange/index.js';
import { platformAdmins, registerIdentityRoutes } from './modules/identity/index.js';
import { registerMailboxRoutes } from './modules/mailbox/index.js';
import {
  defineMatchingJobs,
  ensureGlossarySeeded,
  ensureTaxonomySeeded,
  type MatchingSources,
  newMatchesOf,
  registerMatchingRoutes,
  registerProposalRoutes,
} from './modules/matching/index.js';
import { registerNotificationRoutes } from './modules/notifications/index.js';
import {
  membershipsOf,
  organizationOut,
  organizationsByIds,
  organizationsChangedSince,
  registerOrganizationRoutes,
} from './modules/organizations/index.js';
import {
  guardVerifiedFacts,
  PUBLIC_STATUSES,
  readableRegistryText,
  registerRegistryRoutes,
} from './modules/registry/index.js';
import { registerServiceRoutes } from './modules/services/index.js';
import { registerTranslationRoutes } from './modules/translation/index.js';

/** What the app needs of a module to run it; the app (app.ts) does the rest. */
export type AppModule = {
  name: string;
  /**
   * The area of its routes, for API tokens' scopes (plugins/auth.ts): a change needs `write:<area>`.
   * An area with no write scope in the contracts, like a new module's until it is given one, takes
   * changes from signed-in sessions only; `admin` takes nothing from a token.
   */
  tokenArea: string;
  /** Registers its routes; each route names its own OpenAPI tags. */
  routes: (app: FastifyInstance, ctx: AppContext) => void;
  /** Defines its jobs' queues and handlers, before the job queue starts. */
  jobs?: (ctx: AppContext) => void;
  /** Prepares what it needs once the job queue has started and before the app answers (seed data). */
  start?: (ctx: AppContext) => Promise<void>;
};

/** What the matcher reads of the exchange and the organisations (they use the matching module). */
export const matchingSources = (ctx: AppContext): MatchingSources => ({
  opportunitiesForMatching: (ids) => opportunitiesForMatching(ctx, ids),
  publishedOpportunities: (ids, options) => publishedOpportunitiesByIds(ctx, ids, options),
  publishedOf: (organizationIds, options) => publishedOpportunitiesOf(ctx, organizationIds, options),
  changedSince: (after, limit) => opportunitiesChangedSince(ctx, after, limit),
  readOpportunity: (actor, id) => readOpportunity(ctx, actor, id),
  membershipsOf: (userId) => membershipsOf(ctx, userId),
  // An organisation is proposed to others while the public registry shows it.
  organizationsForMatching: async (ids) =>
    (await organizationsByIds(ctx, ids)).map((o) => ({
      organization: organizationOut(o),
      listed: PUBLIC_STATUSES.includes(o.status),
    })),
  organizationsChangedSince: (after, limit) => organizationsChangedSince(ctx, after, limit),
});

/**
 * Every module of the API, in the order the API document lists their routes. A new module adds its
 * line here, and nothing else in the app changes. What one module needs of another is passed here,
 * through the other's `index.ts`.
 */
export const MODULES: readonly AppModule[] = [
  {
    name: 'identity',
    tokenArea: 'account',
    routes: (app, ctx) => registerIdentityRoutes(app, ctx, { membershipsOf: (userId) => membershipsOf(ctx, userId) }),
  },
  {
    name: 'organizations',
    tokenArea: 'organizations',
    routes: (app, ctx) =>
      registerOrganizationRoutes(app, ctx, {
        guardVerifiedFacts: (change) => guardVerifiedFacts(ctx, change),
        publicStatuses: PUBLIC_STATUSES,
      }),
  },
  {
    name: 'audit',
    tokenArea: 'admin',
    routes: registerAuditRoutes,
    jobs: (ctx) => defineAuditJobs(ctx, { admins: () => platformAdmins(ctx) }),
  },
  { name: 'registry', tokenArea: 'registry', routes: registerRegistryRoutes },
  {
    name: 'matching',
    tokenArea: 'matching',
    routes: (app, ctx) => {
      registerMatchingRoutes(app, ctx);
      registerProposalRoutes(app, ctx, matchingSources(ctx));
    },
    jobs: (ctx) => defineMatchingJobs(ctx, matchingSources(ctx)),
    start: async (ctx) => {
      await ensureTaxonomySeeded(ctx);
      await ensureGlossarySeeded(ctx);
    },
  },
  { name: 'exchange', tokenArea: 'exchange', routes: registerExchangeRoutes, jobs: defineExchangeJobs },
  { name: 'notifications', tokenArea: 'notifications', routes: registerNotificationRoutes },
  // Registers its routes only when mail is written to files and the configuration allows it.
  { name: 'mailbox', tokenArea: 'mailbox', routes: registerMailboxRoutes },
  { name: 'dashboard', tokenArea: 'dashboard', routes: registerDashboardRoutes },
  {
    name: 'translation',
    // No write scope: translations are asked for from a signed-in session only.
    tokenArea: 'translation',
    routes: (app, ctx) =>
      registerTranslationRoutes(app, ctx, {
        // Each module reads its own texts, with the rules of the page that shows them.
        readText: (actor, source) =>
          source.kind === 'application_message' || source.kind === 'status_reason'
            ? readableRegistryText(ctx, actor, source)
            : readableText(ctx, actor, source),
      }),
  },
  {
    name: 'alerts',
    // No write scope: saved searches are kept from signed-in sessions only.
    tokenArea: 'alerts',
    routes: registerAlertRoutes,
    // A digest names the new recommended matches for the reader's organisations since the digest before.
    jobs: (ctx) =>
      defineAlertJobs(ctx, {
        newMatches: async (person, since) =>
          (await newMatchesOf(ctx, matchingSources(ctx), person.userId, since)).map(({ candidate }) => ({
            opportunityId: candidate.id,
            title: candidate.title,
            link: `${ctx.config.publicUrl}/opportunities/${candidate.id}`,
          })),
      }),
  },
  // No write scope yet: events and meetings are arranged from signed-in sessions only.
  { name: 'events', tokenArea: 'events', routes: registerEventRoutes, jobs: defineEventJobs },
  {
    name: 'services',
    // `write:services` lets a token change services and applications.
    tokenArea: 'services',
    routes: registerServiceRoutes,
  },
  // No write scope: the board is worked from signed-in sessions only.
  { name: 'board', tokenArea: 'board', routes: registerBoardRoutes },
];
