import type { OperatorJurisdiction } from '@innobridge/contracts';
import type { AppContext } from '../../../app-context.js';
import { type Actor, isAdmin, operatorJurisdictions } from '../../../lib/actor.js';
import * as repo from './waiting.repository.js';

// What waits in the registry, for the dashboard: one statement each whatever the counts.

type Ctx = AppContext;

export type OpenApplication = {
  id: string;
  organizationId: string;
  state: 'draft' | 'submitted' | 'in_review' | 'info_requested';
  requestedStatus: 'participant' | 'partner';
  /** Whose working days count the deadline. */
  jurisdiction: OperatorJurisdiction;
  /** The review's deadline; null for a draft and while the applicant answers questions (the clock stops). */
  deadlineAt: Date | null;
  pausedWorkingDaysLeft: number | null;
  /** When the operator last asked the applicant for information. */
  informationRequestedAt: Date | null;
};

/** The organisations' open status applications, one at most each. */
export async function openApplicationsOf(ctx: Ctx, organizationIds: string[]): Promise<OpenApplication[]> {
  const rows = await repo.openApplicationsOf(ctx.db, organizationIds);
  return rows.map((r) => ({
    id: r.id,
    organizationId: r.organizationId,
    state: r.state as OpenApplication['state'],
    requestedStatus: r.requestedStatus,
    jurisdiction: r.reviewerJurisdiction,
    deadlineAt: r.state === 'info_requested' || r.state === 'draft' ? null : r.deadlineAt,
    pausedWorkingDaysLeft: r.state === 'info_requested' ? r.slaPausedDaysLeft : null,
    informationRequestedAt: r.state === 'info_requested' ? r.requestedAt : null,
  }));
}

export type QueueWaiting = {
  jurisdictions: OperatorJurisdiction[];
  count: number;
  oldestDeadlineAt: Date | null;
  items: {
    id: string;
    organizationId: string;
    state: 'submitted' | 'in_review';
    deadlineAt: Date | null;
    jurisdiction: OperatorJurisdiction;
  }[];
};

/**
 * Applications waiting in the queue the actor reviews (submitted or in review), the soonest deadline
 * first; null for anyone who reviews none.
 */
export async function applicationQueueWaiting(ctx: Ctx, actor: Actor, limit: number): Promise<QueueWaiting | null> {
  const jurisdictions: OperatorJurisdiction[] = isAdmin(actor) ? ['RU', 'CN'] : operatorJurisdictions(actor);
  if (jurisdictions.length === 0) return null;
  const rows = await repo.queueWaiting(ctx.db, jurisdictions, limit);
  return {
    jurisdictions,
    count: rows[0]?.total ?? 0,
    oldestDeadlineAt: rows[0]?.oldestDeadlineAt ?? null,
    items: rows.map((r) => ({
      id: r.id,
      organizationId: r.organizationId,
      state: r.state as 'submitted' | 'in_review',
      deadlineAt: r.deadlineAt,
      jurisdiction: r.jurisdiction,
    })),
  };
}
