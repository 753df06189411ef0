import {
  APPLICATION_STATES,
  type ApplicationQueue,
  type ApplicationState,
  type OperatorJurisdiction,
  type QueueQuery,
  type QueueView,
  WAITING_STATES,
} from '@innobridge/contracts';
import type { z } from 'zod';
import type { AppContext } from '../../../app-context.js';
import { type Actor, isAdmin, operatorJurisdictions } from '../../../lib/actor.js';
import { AppError } from '../../../lib/app-error.js';
import { isUuid } from '../../../lib/ids.js';
import { decodeCursor, invalidCursor, isCursorInstant, toPage } from '../../../lib/pagination.js';
import { organizationIdsOfType } from '../../organizations/index.js';
import * as repo from './applications.repository.js';
import { describeApplications } from './applications.views.js';

/** The states a view of the queue shows; undefined for all of them. */
function statesOf(view: QueueView | undefined): ApplicationState[] | undefined {
  if (!view || view === 'all') return undefined;
  if (view === 'waiting') return [...WAITING_STATES];
  return APPLICATION_STATES.includes(view) ? [view] : undefined;
}

/** A queue cursor: `[deadline or "", last change, id]`; anything the platform did not write is a 422. */
function queueAfter(cursor: string | undefined): repo.QueueKey | null {
  const key = decodeCursor(cursor, 3);
  if (!key) return null;
  const [deadlineAt, updatedAt, id] = key;
  const validDeadline = deadlineAt === '' || isCursorInstant(deadlineAt);
  if (!validDeadline || !isCursorInstant(updatedAt) || typeof id !== 'string' || !isUuid(id)) throw invalidCursor();
  return { deadlineAt: deadlineAt === '' ? null : (deadlineAt as string), updatedAt, id };
}

/** The operators' queue by deadline, filtered as asked (an organisation type becomes its organisations), with counts. */
export async function applicationQueue(
  ctx: AppContext,
  actor: Actor,
  query: z.infer<typeof QueueQuery>,
): Promise<ApplicationQueue> {
  const allowed: OperatorJurisdiction[] = isAdmin(actor) ? ['RU', 'CN'] : operatorJurisdictions(actor);
  if (allowed.length === 0) throw new AppError('operator_required');
  if (query.jurisdiction && !allowed.includes(query.jurisdiction)) throw new AppError('operator_other_jurisdiction');
  const organizationIds = query.type ? await organizationIdsOfType(ctx, query.type) : undefined;
  const now = ctx.clock.now();
  const filter: repo.QueueFilter = {
    jurisdictions: query.jurisdiction ? [query.jurisdiction] : allowed,
    states: statesOf(query.state),
    requestedStatus: query.requestedStatus,
    organizationIds,
    assignedTo: query.assignedToMe === 'true' ? actor.userId : undefined,
    overdueAt: query.overdue === 'true' ? now : undefined,
  };
  const [rows, counts] = await Promise.all([
    repo.queue(ctx.db, filter, queueAfter(query.cursor), query.limit + 1),
    repo.queueCounts(ctx.db, filter, now),
  ]);
  const page = toPage(rows, query.limit, (row) => {
    const key = repo.queueKeyOf(row);
    return [key.deadlineAt ?? '', key.updatedAt, key.id];
  });
  return {
    items: await describeApplications(ctx, actor, page.items, { full: false }),
    nextCursor: page.nextCursor,
    counts: {
      byState: Object.fromEntries(counts.byState.map((c) => [c.state, Number(c.n)])),
      overdue: counts.overdue,
    },
  };
}
