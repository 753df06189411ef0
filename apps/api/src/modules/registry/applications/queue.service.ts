import type { QueueQuery } from '@innobridge/contracts';
import type { z } from 'zod';
import type { AppContext } from '../../../app-context.js';
import type { Actor } from '../../../lib/actor.js';
import { organizationIdsOfType } from '../../organizations/index.js';
import { operatorQueue } from '../registry.service.js';
import { describeApplications } from './applications.views.js';

/** The operators' queue by deadline, filtered as asked (an organisation type becomes its organisations), with counts. */
export async function applicationQueue(ctx: AppContext, actor: Actor, query: z.infer<typeof QueueQuery>) {
  const { rows, counts } = await operatorQueue(ctx, actor, {
    state: query.state,
    requestedStatus: query.requestedStatus,
    organizationIds: query.type ? await organizationIdsOfType(ctx, query.type) : undefined,
    overdue: query.overdue === 'true',
    assignedToMe: query.assignedToMe === 'true',
    jurisdiction: query.jurisdiction,
  });
  return {
    items: await describeApplications(ctx, actor, rows, { full: false }),
    counts: {
      byState: Object.fromEntries(counts.byState.map((c) => [c.state, Number(c.n)])),
      overdue: counts.overdue,
    },
  };
}
