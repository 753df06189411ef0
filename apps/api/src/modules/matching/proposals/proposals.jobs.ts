import type { AppContext } from '../../../app-context.js';
import type { DbOrTx } from '../../../db/client.js';
import {
  OPPORTUNITY_CHANGED_JOB,
  type OpportunityChangedJob,
  ORGANIZATION_CHANGED_JOB,
  type OrganizationChangedJob,
} from '../../../lib/jobs.js';
import {
  type ConceptsChange,
  catchUp,
  catchUpOrganizations,
  recomputeAffected,
  recomputeOpportunity,
  recomputeOrganization,
  refreshAll,
  refreshOrganizations,
} from './proposals.compute.js';
import type { MatchingSources } from './proposals.sources.js';

export const MATCH_CATCH_UP_JOB = 'matching.catch-up';
export const MATCH_REFRESH_JOB = 'matching.refresh';
export const CONCEPTS_CHANGED_JOB = 'matching.concepts-changed';

/**
 * Enqueued in the transaction of a change to the glossary or the taxonomy: the opportunities it may
 * change are recomputed with the new index once it is committed.
 */
export const conceptsChanged = (ctx: AppContext, tx: DbOrTx, change: ConceptsChange) =>
  ctx.jobs.send(tx, CONCEPTS_CHANGED_JOB, change);

export function defineMatchingJobs(ctx: AppContext, sources: MatchingSources) {
  // Enqueued by the exchange in the transaction that publishes, closes or withholds an opportunity.
  ctx.jobs.define(
    OPPORTUNITY_CHANGED_JOB,
    async (data) => {
      await recomputeOpportunity(ctx, sources, (data as OpportunityChangedJob).opportunityId);
    },
    { retryLimit: 5, retryDelay: 30 },
  );
  // Enqueued by the organisations module when a profile or a status changes.
  ctx.jobs.define(
    ORGANIZATION_CHANGED_JOB,
    async (data) => {
      await recomputeOrganization(ctx, sources, (data as OrganizationChangedJob).organizationId);
    },
    { retryLimit: 5, retryDelay: 30 },
  );
  // What no job told of (a lost job, opportunities from before matching) is caught up every ten minutes.
  ctx.jobs.define(
    MATCH_CATCH_UP_JOB,
    async () => {
      await catchUp(ctx, sources);
      await catchUpOrganizations(ctx, sources);
    },
    { retryLimit: 2, retryDelay: 120, cron: '*/10 * * * *', atStart: true },
  );
  ctx.jobs.define(
    CONCEPTS_CHANGED_JOB,
    async (data) => {
      await recomputeAffected(ctx, sources, data as ConceptsChange);
    },
    { retryLimit: 3, retryDelay: 60 },
  );
  // Every night the lists are recomputed with the day's frequencies, the organisations' own ones too.
  ctx.jobs.define(
    MATCH_REFRESH_JOB,
    async () => {
      await refreshAll(ctx, sources);
      await refreshOrganizations(ctx, sources);
    },
    { retryLimit: 1, retryDelay: 600, cron: '41 2 * * *' },
  );
}
