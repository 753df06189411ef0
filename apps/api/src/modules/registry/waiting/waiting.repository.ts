import { and, asc, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.js';
import { applicationMessages, statusApplications } from '../registry.tables.js';

// What waits in the registry, one statement each: the total and the soonest deadline come from
// windows over the rows before the limit.

const OPEN = ['draft', 'submitted', 'in_review', 'info_requested'] as const;

/**
 * The organisations' open applications (one at most each), with when the operator last asked for
 * information.
 */
export async function openApplicationsOf(db: DbOrTx, organizationIds: string[]) {
  if (organizationIds.length === 0) return [];
  return db
    .select({
      id: statusApplications.id,
      organizationId: statusApplications.organizationId,
      state: statusApplications.state,
      requestedStatus: statusApplications.requestedStatus,
      reviewerJurisdiction: statusApplications.reviewerJurisdiction,
      deadlineAt: statusApplications.deadlineAt,
      slaPausedDaysLeft: statusApplications.slaPausedDaysLeft,
      // Named in full: in a one-table select, drizzle leaves the outer table's name off its columns.
      requestedAt: sql<Date | null>`(select max(m.created_at) from application_messages m
        where m.application_id = status_applications.id and m.kind = 'info_request')`.mapWith(
        applicationMessages.createdAt,
      ),
    })
    .from(statusApplications)
    .where(and(inArray(statusApplications.organizationId, organizationIds), inArray(statusApplications.state, OPEN)))
    .orderBy(asc(statusApplications.createdAt));
}

/** Applications waiting in the jurisdictions' queue (submitted or in review), the soonest deadline first. */
export async function queueWaiting(db: DbOrTx, jurisdictions: ('RU' | 'CN')[], limit: number) {
  if (jurisdictions.length === 0) return [];
  return db
    .select({
      id: statusApplications.id,
      organizationId: statusApplications.organizationId,
      state: statusApplications.state,
      deadlineAt: statusApplications.deadlineAt,
      jurisdiction: statusApplications.reviewerJurisdiction,
      total: sql<number>`(count(*) over ())::int`,
      oldestDeadlineAt: sql<Date | null>`min(${statusApplications.deadlineAt}) over ()`.mapWith(
        statusApplications.deadlineAt,
      ),
    })
    .from(statusApplications)
    .where(
      and(
        inArray(statusApplications.reviewerJurisdiction, jurisdictions),
        inArray(statusApplications.state, ['submitted', 'in_review']),
      ),
    )
    .orderBy(sql`${statusApplications.deadlineAt} asc nulls last`, asc(statusApplications.id))
    .limit(limit);
}
