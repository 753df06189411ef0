import type { ApplicationQueue, OperatorJurisdiction, QueueQuery } from '@innobridge/contracts';
import type { z } from 'zod';
import type { AppContext } from '../../../app-context.js';
import { type Actor, isAdmin, operatorJurisdictions } from '../../../lib/actor.js';
import { AppError } from '../../../lib/app-error.js';
import { organizationIdsOfType } from '../../organizations/index.js';
import * as repo from './applications.repository.js';
import { describeApplications } from './applications.views.js';

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
    state: query.state,
    requestedStatus: query.requestedStatus,
    organizationIds,
    assignedTo: query.assignedToMe === 'true' ? actor.userId : undefined,
    overdueAt: query.overdue === 'true' ? now : undefined,
  };
  const [rows, counts] = await Promise.all([repo.queue(ctx.db, filter, 500), repo.queueCounts(ctx.db, filter, now)]);
  return {
    items: await describeApplications(ctx, actor, rows, { full: false }),
    counts: {
      byState: Object.fromEntries(counts.byState.map((c) => [c.state, Number(c.n)])),
      overdue: counts.overdue,
    },
  };
}
